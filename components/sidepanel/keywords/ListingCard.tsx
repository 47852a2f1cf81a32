import { useState } from 'react';
import type { ProductDailyRecord } from '@/utils/db/records';
import type { ListingRow } from '@/utils/sidepanel/keywordsView';
import { formatCount, pick } from '@/utils/sidepanel/pick';
import { Provenance } from '../../common/Provenance';
import { useI18n } from '../../common/i18n';
import { ExposureChart } from './ExposureChart';
import { CompetitorWords } from './CompetitorWords';

// One listing of the Keywords tab (PLAYBOOK §2): its opportunity and hints,
// and, unfolded, the suggested title with each change and its reason, a Copy
// button and the exposure history. <details> is keyboard-operable as is.

type CopyState = 'idle' | 'copied' | 'failed';

export function ListingCard({
  row,
  history,
  now,
}: {
  row: ListingRow;
  history: readonly ProductDailyRecord[];
  now?: Date;
}) {
  const { t, lang } = useI18n();
  const [open, setOpen] = useState(false);
  const [copy, setCopy] = useState<CopyState>('idle');
  const { product, analysis: a, terms } = row;
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
        {!terms && <p className="small muted">{t('kw.noTerms')}</p>}
        <h3 className="small">{t('kw.history')}</h3>
        {open && <ExposureChart days={history} productId={product.productId} />}
      </details>
    </li>
  );
}
