import type { TitleAnalysis } from '@/utils/engines/titles';
import type { MessageKey } from '@/utils/i18n/messages';
import { formatCount } from '@/utils/i18n/pick';
import { useI18n } from '../../../components/i18n';

// The whole word bank under the suggestion: each top search word with its
// numbers and what the suggestion did with it, so a word the rules skipped
// (a term with exposure and no orders, say) is visible, and one click adds it.

const DECISION_KEY: Record<TitleAnalysis['decisions'][number]['decision'], MessageKey> = {
  inTitle: 'kw.decision.inTitle',
  added: 'kw.decision.added',
  dropped: 'kw.decision.dropped',
  noOrders: 'kw.decision.noOrders',
  noRoom: 'kw.decision.noRoom',
  wouldRepeat: 'kw.decision.wouldRepeat',
  unit: 'kw.decision.unit',
  noExposure: 'kw.decision.noExposure',
};

export function WordBank({
  analysis,
  chosen,
  onAdd,
  onRemove,
}: {
  analysis: TitleAnalysis;
  /** Words the seller added with a click. */
  chosen: readonly string[];
  onAdd: (word: string) => void;
  onRemove: (word: string) => void;
}) {
  const { t, lang } = useI18n();
  if (analysis.decisions.length === 0) return null;
  return (
    <table className="word-bank small" data-testid="word-bank">
      <caption>{t('kw.bank.title')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('kw.bank.word')}</th>
          <th scope="col">{t('kw.exposure')}</th>
          <th scope="col">{t('kw.bank.clicks')}</th>
          <th scope="col">{t('kw.bank.orders')}</th>
          <th scope="col">{t('kw.bank.decision')}</th>
        </tr>
      </thead>
      <tbody>
        {analysis.decisions.map((d) => {
          const isChosen = chosen.includes(d.word);
          return (
            <tr key={d.word} data-word={d.word} data-decision={d.decision}>
              <th scope="row">{d.word}</th>
              <td>{formatCount(d.exposure, lang)}</td>
              <td>{formatCount(d.clicks, lang)}</td>
              <td>{formatCount(d.orders, lang)}</td>
              <td>
                {t(DECISION_KEY[d.decision])}
                {d.canAdd && !isChosen && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => onAdd(d.word)}
                      aria-label={t('kw.bank.addLabel', { word: d.word })}
                      data-testid="bank-add"
                    >
                      {t('kw.bank.add')}
                    </button>
                  </>
                )}
                {isChosen && (
                  <>
                    {' '}
                    <button
                      type="button"
                      onClick={() => onRemove(d.word)}
                      aria-label={t('kw.bank.removeLabel', { word: d.word })}
                      data-testid="bank-remove"
                    >
                      {t('kw.bank.remove')}
                    </button>
                  </>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
