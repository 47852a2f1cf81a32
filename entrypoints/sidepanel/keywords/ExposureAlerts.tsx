import type { ExposureAlert } from '@/entrypoints/sidepanel/keywords/keywordsView';
import type { PenaltyRecord } from '@/utils/db/records';
import { pick } from '@/utils/i18n/pick';
import { LIST_PAGE } from '@/utils/state/panelListsSlice';
import { useAppStore } from '@/utils/state/store';
import { useI18n } from '../../../components/i18n';

// The exposure watch: listings whose exposure fell, each with the diagnosis
// checklist in the playbook's order. Violations come first in that order, so
// the store's open penalties are listed above the listings when any fell. The
// largest falls come first, a page at a time: a big store can have hundreds.

export function ExposureAlerts({
  alerts,
  penalties = [],
}: {
  alerts: readonly ExposureAlert[];
  /** Open penalties, first to show (openPenaltiesFirst). */
  penalties?: readonly PenaltyRecord[];
}) {
  const { t, lang } = useI18n();
  const shown = useAppStore((s) => s.shown.alerts);
  const showMore = useAppStore((s) => s.showMore);
  const rest = alerts.length - Math.min(shown, alerts.length);
  return (
    <section aria-labelledby="kw-alerts">
      <h2 id="kw-alerts">{t('kw.alerts.title')}</h2>
      {alerts.length === 0 ? (
        <p className="small muted" data-testid="alerts-none">
          {t('kw.alerts.none')}
        </p>
      ) : (
        <>
          {penalties.length > 0 && (
            <div className="warn" data-testid="alerts-penalties">
              <p>
                <strong>{t('kw.alerts.penalties', { count: penalties.length })}</strong>
              </p>
              <ul>
                {penalties.map((p) => (
                  <li key={p.punishId} data-testid="alert-penalty">
                    {t('kw.alerts.penalty', { id: p.punishId })}
                    {p.reason ? `: ${p.reason}` : ''}
                    {p.status ? ` (${p.status})` : ''}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <ul className="alerts" data-testid="alerts">
            {alerts.slice(0, shown).map(({ product, watch }) => (
              <li key={product.productId} data-testid="alert">
                <strong>{product.title}</strong>
                <p className="warn">{pick(watch.summary, lang)}</p>
                <details>
                  <summary>{t('kw.alerts.checklist')}</summary>
                  <ol>
                    {watch.checklist.map((item) => (
                      <li key={item.id}>
                        <strong>{pick(item.title, lang)}</strong>: {pick(item.check, lang)}
                      </li>
                    ))}
                  </ol>
                </details>
              </li>
            ))}
          </ul>
          {rest > 0 && (
            <button type="button" onClick={() => showMore('alerts')} data-testid="alerts-more">
              {t('list.showMore', { count: Math.min(rest, LIST_PAGE) })}
            </button>
          )}
        </>
      )}
    </section>
  );
}
