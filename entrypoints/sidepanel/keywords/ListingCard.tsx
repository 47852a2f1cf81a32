import { lazy, memo, Suspense, useMemo, useState } from 'react';
import { analyseTitle } from '@/utils/engines/titles';
import type { ListingRow } from '@/entrypoints/sidepanel/keywords/keywordsView';
import { formatCount, pick } from '@/utils/i18n/pick';
import { Provenance } from '../Provenance';
import { useI18n } from '../../../components/i18n';
import { dayBefore, HISTORY_DAYS } from '@/entrypoints/sidepanel/queries';
import { now as clockNow } from '@/utils/settings/clock';
import { WordBank } from './WordBank';

// uPlot and the chart load when a listing is first opened, not with the panel.
const ExposureChart = lazy(() => import('./ExposureChart'));
import { CompetitorWords } from './CompetitorWords';

// One listing of the Keywords tab (docs/ADVICE.md#titles): its opportunity and hints,
// and, unfolded, the suggested title with each change and its reason, a Copy
// button and the exposure history. <details> is keyboard-operable as is.

type CopyState = 'idle' | 'copied' | 'failed';

// Memoised: while the tab analyses the rest of the store slice by slice, the
// cards already shown keep their rows and need no new render.
export const ListingCard = memo(function ListingCard({
  row,
  storeKey,
  now,
}: {
  row: ListingRow;
  storeKey: string;
  now?: Date;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const [chosen, setChosen] = useState<string[]>([]);
  const { product, terms } = row;
  // A word the seller adds from the word bank recomputes the suggestion here;
  // the listing's place in the list stays that of the engine's own advice.
  const a = useMemo(
    () =>
      chosen.length === 0
        ? row.analysis
        : analyseTitle(row.analysis.site, product.title, terms?.rows ?? [], {
            limit: { limit: row.analysis.limit, unit: row.analysis.unit },
            include: chosen,
            ...(row.titleWords ? { titleWords: row.titleWords } : {}),
          }),
    [row, chosen, product.title, terms],
  );
  const changed = a.suggestion !== a.title;

  const onCopy = async () => {
    try {
      await navigator.clipboard.writeText(a.suggestion);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <li className="listing" data-testid="listing" data-product-id={product.productId}>
      <div className="listing-head">
        <span className="listing-title" title={product.productId}>
          {product.title}
        </span>
        <span className="small muted"> {t('kw.score', { score: a.score })}</span>
      </div>
      {a.opportunity.exposure > 0 && (
        <p className="small" data-testid="listing-opportunity">
          {t('kw.opportunity', { exposure: formatCount(a.opportunity.exposure, lang) })}
        </p>
      )}
      <p className="small" data-testid="listing-hint">
        {pick(a.hint, lang)}
      </p>
      <CompetitorWords storeKey={product.storeKey} productId={product.productId} />
      <ul className="hints small">
        {a.add.length > 0 && (
          <li data-hint="add">
            {t('kw.hint.add', {
              words: a.add
                .slice(0, 5)
                .map((w) => w.word)
                .join(', '),
            })}
          </li>
        )}
        {a.drop.length > 0 && (
          <li data-hint="drop">
            {t('kw.hint.drop', { words: a.drop.map((w) => w.word).join(', ') })}
          </li>
        )}
        {a.duplicates.length > 0 && (
          <li data-hint="duplicates">
            {t('kw.hint.duplicates', {
              words: a.duplicates.map((d) => `${d.word} ×${d.count}`).join(', '),
            })}
          </li>
        )}
        {a.overLimit && (
          <li data-hint="overLimit" className="warn">
            {t('kw.hint.overLimit', { length: a.length, limit: a.limit })}
          </li>
        )}
      </ul>
      {row.titleWords && row.titleWords.length > 0 && (
        <p className="small" data-testid="title-word-traffic">
          {t('kw.titleWords')}:{' '}
          {row.titleWords
            .map((w) =>
              w.searchVisitors === undefined
                ? t('kw.titleWord.none', { word: w.word })
                : t('kw.titleWord.uv', { word: w.word, uv: formatCount(w.searchVisitors, lang) }),
            )
            .join(' · ')}
        </p>
      )}
      <Provenance
        now={now}
        pageKind={terms ? 'productKeywords' : product.from.pageKind}
        at={terms ? terms.readAt : product.from.capturedAt}
        notes={a.confidence}
      />
      <details onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
        <summary data-testid="listing-details">{t('kw.details')}</summary>
        <p className="small muted">
          {t('kw.suggestion', { length: a.suggestionLength, limit: a.limit })}
        </p>
        <p className="suggestion" data-testid="suggestion">
          {a.suggestion}
        </p>
        <button
          type="button"
          onClick={onCopy}
          aria-label={t('kw.copyLabel', { title: product.title })}
          data-testid="copy-suggestion"
        >
          {t('kw.copy')}
        </button>
        <span role="status" className="small">
          {copy === 'copied'
            ? ` ${t('kw.copied')}`
            : copy === 'failed'
              ? ` ${t('kw.copyFailed')}`
              : ''}
        </span>
        {changed ? (
          <>
            <p className="small muted">{t('kw.changes')}</p>
            <ul className="changes" data-testid="changes">
              {a.changes.map((c, i) => (
                <li key={`${c.kind}-${c.word}-${i}`} data-kind={c.kind}>
                  <strong>
                    {t(`kw.change.${c.kind}`)} {c.word}
                  </strong>
                  : {pick(c.reason, lang)}
                </li>
              ))}
            </ul>
          </>
        ) : (
          <p className="small">{t('kw.noChange')}</p>
        )}
        <WordBank
          analysis={a}
          chosen={chosen}
          onAdd={(word) => setChosen((c) => [...c, word])}
          onRemove={(word) => setChosen((c) => c.filter((w) => w !== word))}
        />
        {!terms && <p className="small muted">{t('kw.noTerms')}</p>}
        <h3 className="small">{t('kw.history')}</h3>
        {open && (
          <Suspense fallback={null}>
            <ExposureChart
              storeKey={storeKey}
              productId={product.productId}
              since={dayBefore(now ?? clockNow(), HISTORY_DAYS)}
            />
          </Suspense>
        )}
      </details>
    </li>
  );
});
