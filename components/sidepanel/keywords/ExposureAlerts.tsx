import type { ExposureAlert } from '@/utils/sidepanel/keywordsView';
import { pick } from '@/utils/sidepanel/pick';
import { useI18n } from '../../common/i18n';

// PLAYBOOK §2 exposure watch: listings whose exposure fell, each with the
// diagnosis checklist in the playbook's order.

export function ExposureAlerts({ alerts }: { alerts: readonly ExposureAlert[] }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="kw-alerts">
      <h2 id="kw-alerts">{t('kw.alerts.title')}</h2>
      {alerts.length === 0 ? (
        <p className="small muted" data-testid="alerts-none">
          {t('kw.alerts.none')}
        </p>
      ) : (
        <ul className="alerts" data-testid="alerts">
          {alerts.map(({ product, watch }) => (
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
      )}
    </section>
  );
}
