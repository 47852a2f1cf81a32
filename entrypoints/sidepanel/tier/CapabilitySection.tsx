import type { CapabilityResult } from '@/utils/engines/tiers';
import type { Site } from '@/utils/sites/hosts';
import { formatIndicator } from '@/utils/engines/tiers/shared';
import { pick } from '@/utils/i18n/pick';
import { GroupedBars } from '../charts/GroupedBars';
import { Provenance } from '../Provenance';
import { useI18n } from '../../../components/i18n';
import { OpenPageHint, siteHasPage } from './OpenPageHint';

// docs/ADVICE.md#capability-tiers: the operating-ability model per dimension against the
// category, then the weakest indicators with the playbook's actions.

const COLORS = { store: '#d0491f', average: '#8a94a6', excellent: '#1f7a4d' };
const WEAKEST_SHOWN = 5;

const score = (v: number | null) => (v === null ? '–' : String(Math.round(v)));

export function CapabilitySection({
  site,
  result,
  readAt,
  now,
}: {
  site: Site;
  result: CapabilityResult;
  readAt: string | undefined;
  /** The clock the stale warnings compare with (tests inject one). */
  now?: Date;
}) {
  const { t, lang } = useI18n();
  const numberLang = lang === 'zh-CN' ? 'zh' : 'en';
  if (!siteHasPage(site, 'abilityModel'))
    return (
      <section aria-labelledby="tier-capability">
        <h2 id="tier-capability">{t('tier.capability.title')}</h2>
        <OpenPageHint site={site} page="abilityModel" testId="capability-empty" />
      </section>
    );
  if (result.status === 'insufficient')
    return (
      <section aria-labelledby="tier-capability">
        <h2 id="tier-capability">{t('tier.capability.title')}</h2>
        <OpenPageHint
          site={site}
          page="abilityModel"
          lead={pick(result.message, lang)}
          testId="capability-empty"
        />
      </section>
    );

  const weakest = result.weakest.filter((i) => i.level !== 'excellent').slice(0, WEAKEST_SHOWN);
  const notes = [...result.confidence, ...result.dimensions.flatMap((d) => d.confidence)];
  return (
    <section aria-labelledby="tier-capability">
      <h2 id="tier-capability">{t('tier.capability.title')}</h2>
      <p data-testid="capability-tier">
        <strong>{t('tier.capability.tier', { tier: pick(result.tierLabel, lang) })}</strong>
      </p>
      <Provenance
        now={now}
        pageKind="abilityModel"
        at={readAt}
        notes={notes}
        testId="capability-source"
      />
      <GroupedBars
        testId="capability-chart"
        series={[
          { label: t('tier.capability.store'), color: COLORS.store },
          { label: t('tier.capability.average'), color: COLORS.average },
          { label: t('tier.capability.excellent'), color: COLORS.excellent },
        ]}
        groups={result.dimensions.map((d) => ({
          label: pick(d.label, lang),
          values: [d.chart.store, d.chart.average, d.chart.excellent],
        }))}
      />
      <table className="grid" data-testid="capability-table">
        <caption className="small muted">
          {t('tier.capability.caption')}. {t('tier.capability.scale')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('tier.capability.dimension')}</th>
            <th scope="col">{t('tier.capability.level')}</th>
            <th scope="col">{t('tier.capability.store')}</th>
            <th scope="col">{t('tier.capability.average')}</th>
            <th scope="col">{t('tier.capability.excellent')}</th>
          </tr>
        </thead>
        <tbody>
          {result.dimensions.map((d) => (
            <tr key={d.dimension} data-testid="capability-dimension" data-level={d.level}>
              <td>{pick(d.label, lang)}</td>
              <td>{pick(d.levelLabel, lang)}</td>
              <td>{score(d.chart.store)}</td>
              <td>{score(d.chart.average)}</td>
              <td>{score(d.chart.excellent)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {weakest.length > 0 && (
        <>
          <h3>{t('tier.weakest.title')}</h3>
          <ol className="weakest" data-testid="weakest">
            {weakest.map((i) => (
              <li key={`${i.dimension}|${i.indicator}`} data-level={i.level}>
                <strong>{i.indicator}</strong>{' '}
                <span className="muted small">
                  {formatIndicator(i.value, i.unit, numberLang)}
                  {i.peerAverage !== undefined &&
                    ` / ${formatIndicator(i.peerAverage, i.unit, numberLang)}`}
                  {i.peerExcellent !== undefined &&
                    ` / ${formatIndicator(i.peerExcellent, i.unit, numberLang)}`}
                </span>
                <p>{pick(i.explanation, lang)}</p>
                <p className="small muted">{t('tier.weakest.actions')}</p>
                <ul>
                  {i.actions.map((a) => (
                    <li key={a.id}>{pick(a.text, lang)}</li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
