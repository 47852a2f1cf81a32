import type { CustomerTierResult } from '@/utils/advice/tiers';
import type { RunningPhase } from '@/utils/sidepanel/currentPhase';
import type { Site } from '@/utils/sites/hosts';
import { pick } from '@/utils/sidepanel/pick';
import { Provenance } from '../../common/Provenance';
import { useI18n } from '../../common/i18n';
import { OpenPageHint, siteHasPage } from './OpenPageHint';

// PLAYBOOK §1b: customer segments with their counts and the action that fits
// the promo phase running now (§3).

export function CustomerSegments({
  site,
  result,
  phase,
  readAt,
  now,
}: {
  site: Site;
  result: CustomerTierResult;
  phase: RunningPhase | null;
  readAt: string | undefined;
  /** The clock the stale warnings compare with (tests inject one). */
  now?: Date;
}) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="tier-customers">
      <h2 id="tier-customers">{t('tier.customers.title')}</h2>
      <p data-testid="current-phase" data-phase={phase?.phase ?? 'none'}>
        {phase
          ? t('tier.phase.running', {
              campaign: pick(phase.campaign, lang),
              phase: pick(phase.phaseLabel, lang),
            })
          : t('tier.phase.none')}
      </p>
      {result.totalCustomers === 0 || !siteHasPage(site, 'customers') ? (
        <OpenPageHint
          site={site}
          page="customers"
          lead={t('tier.customers.empty')}
          testId="customers-empty"
        />
      ) : (
        <>
          <p className="small">{t('tier.customers.total', { count: result.totalCustomers })}</p>
          <Provenance
            now={now}
            pageKind="customers"
            at={readAt}
            notes={result.confidence}
            testId="customers-source"
          />
          <table className="grid" data-testid="segments">
            <thead>
              <tr>
                <th scope="col">{t('tier.customers.segment')}</th>
                <th scope="col">{t('tier.customers.count')}</th>
                <th scope="col">{t('tier.customers.share')}</th>
                <th scope="col">{t('tier.customers.action')}</th>
              </tr>
            </thead>
            <tbody>
              {result.segments.map((s) => (
                <tr
                  key={s.id}
                  data-testid={`segment-${s.id}`}
                  className={s.id === result.focus ? 'focus' : undefined}
                >
                  <td title={pick(s.rule, lang)}>
                    {pick(s.label, lang)}
                    {s.id === result.focus && (
                      <span className="badge small"> {t('tier.customers.focus')}</span>
                    )}
                  </td>
                  <td data-testid={`segment-${s.id}-count`}>{s.count ?? '–'}</td>
                  <td>{s.share === null ? '–' : `${Math.round(s.share * 100)}%`}</td>
                  <td>{pick(s.action, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
