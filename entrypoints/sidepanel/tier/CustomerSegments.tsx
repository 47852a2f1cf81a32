import type { CustomerTierResult } from '@/utils/engines/tiers';
import type { MessageKey } from '@/utils/i18n/messages';
import type {
  CustomerFiguresView,
  SegmentFigure,
  SegmentGroupId,
} from '@/entrypoints/sidepanel/tier/customerSegmentsView';
import type { RunningPhase } from '@/utils/engines/promo/currentPhase';
import type { Site } from '@/utils/sites/hosts';
import { pick } from '@/utils/i18n/pick';
import { Provenance } from '../Provenance';
import { useI18n } from '../../../components/i18n';
import { OpenPageHint, siteHasPage } from './OpenPageHint';

// Customer segments with their counts and the action that fits the promo
// phase running now. Taobao's console gives aggregate figures instead of a
// buyer list: the section then shows those (new and returning customers,
// repurchase against good peers, members).

const GROUP_KEYS: Record<SegmentGroupId, MessageKey> = {
  counts: 'tier.figures.group.counts',
  repurchase: 'tier.figures.group.repurchase',
  members: 'tier.figures.group.members',
};

/** The seller-facing name of each figure; a code without one is not shown. */
const FIGURE_KEYS: Readonly<Record<string, MessageKey>> = {
  shopCustomer: 'tier.figures.ind.shopCustomer',
  newVisitorCnt: 'tier.figures.ind.newVisitorCnt',
  newVisitorBuyCnt: 'tier.figures.ind.newVisitorBuyCnt',
  newVisitorPayRate: 'tier.figures.ind.newVisitorPayRate',
  noPurchaseCnt: 'tier.figures.ind.noPurchaseCnt',
  hasPurchaseCnt: 'tier.figures.ind.hasPurchaseCnt',
  hasPurchaseUbyCnt: 'tier.figures.ind.hasPurchaseUbyCnt',
  hasPurchaseReCall: 'tier.figures.ind.hasPurchaseReCall',
  repeatByrRate1m: 'tier.figures.ind.repeatByrRate1m',
  repeatByrRate3m: 'tier.figures.ind.repeatByrRate3m',
  repeatByrRate6m: 'tier.figures.ind.repeatByrRate6m',
  regularCustomerCnt: 'tier.figures.ind.regularCustomerCnt',
  totalMbrCnt: 'tier.figures.ind.totalMbrCnt',
  paidMbrCnt: 'tier.figures.ind.paidMbrCnt',
  incrMbrCnt: 'tier.figures.ind.incrMbrCnt',
  mbrPayAmt: 'tier.figures.ind.mbrPayAmt',
  repurMbrRate: 'tier.figures.ind.repurMbrRate',
};

function formatFigure(f: SegmentFigure, value: number, lang: string): string {
  if (f.unit === 'rate') return `${(value * 100).toFixed(1)}%`;
  const n = value.toLocaleString(lang, { maximumFractionDigits: f.unit === 'money' ? 2 : 0 });
  return f.unit === 'money' ? `¥${n}` : n;
}

function formatChange(change: number): string {
  const pct = (change * 100).toFixed(1);
  return change > 0 ? `+${pct}%` : `${pct}%`;
}

function CustomerFigures({
  figures,
  readAt,
  now,
}: {
  figures: CustomerFiguresView;
  readAt: string | undefined;
  now?: Date;
}) {
  const { t, lang } = useI18n();
  return (
    <div data-testid="customer-figures">
      <h3>{t('tier.figures.title')}</h3>
      <p className="small muted">{t('tier.figures.note')}</p>
      <Provenance now={now} pageKind="customerSegments" at={readAt} testId="figures-source" />
      {figures.groups.map((g) => (
        <table className="grid" key={g.id} data-testid={`figures-${g.id}`}>
          <caption>{t(GROUP_KEYS[g.id])}</caption>
          <thead>
            <tr>
              <th scope="col">{t('tier.figures.figure')}</th>
              <th scope="col">{t('tier.figures.value')}</th>
              <th scope="col">{t('tier.figures.peer')}</th>
              <th scope="col">{t('tier.figures.change')}</th>
            </tr>
          </thead>
          <tbody>
            {g.figures.flatMap((f) => {
              const key = FIGURE_KEYS[f.code];
              if (!key) return [];
              return [
                <tr key={f.code} data-testid={`figure-${f.code}`}>
                  <th scope="row">{t(key)}</th>
                  <td data-testid={`figure-${f.code}-value`}>{formatFigure(f, f.value, lang)}</td>
                  <td>
                    {f.peerGood === undefined ? '–' : formatFigure(f, f.peerGood, lang)}
                    {f.belowPeer && (
                      <span className="warn small" data-testid={`figure-${f.code}-below`}>
                        {' '}
                        {t('tier.figures.belowPeer')}
                      </span>
                    )}
                  </td>
                  <td>{f.change === undefined ? '–' : formatChange(f.change)}</td>
                </tr>,
              ];
            })}
          </tbody>
        </table>
      ))}
    </div>
  );
}

export function CustomerSegments({
  site,
  result,
  phase,
  readAt,
  figures,
  figuresAt,
  now,
}: {
  site: Site;
  result: CustomerTierResult;
  phase: RunningPhase | null;
  readAt: string | undefined;
  /** Aggregate customer figures (Taobao), shown where the console gives no buyer list. */
  figures?: CustomerFiguresView;
  figuresAt?: string;
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
      {figures && figures.groups.length > 0 && result.totalCustomers === 0 ? (
        <CustomerFigures figures={figures} readAt={figuresAt} now={now} />
      ) : result.totalCustomers === 0 || !siteHasPage(site, 'customers') ? (
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
