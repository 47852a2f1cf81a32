import type { TimelineEntry } from '@/utils/engines/promo/selection';
import { countdown, nextMilestone, campaignKey } from '@/utils/engines/promo/selection';
import { pick } from '@/utils/engines/promo/texts';
import { useI18n } from '../../../components/i18n';
import { countdownText, milestoneText } from '../../../components/promo/format';

/** The current and next campaigns, each with its phases, the phase now and a countdown. */
export function Timeline({
  entries,
  instant,
  selected,
  onSelect,
}: {
  entries: readonly TimelineEntry[];
  instant: Date;
  selected: string | undefined;
  onSelect: (key: string) => void;
}) {
  const { t, lang } = useI18n();
  return (
    <ol className="promo-timeline" data-testid="promo-timeline">
      {entries.map((entry) => {
        const { campaign, at } = entry;
        const key = campaignKey(campaign);
        const current = at.phase ? campaign.phases.find((p) => p.id === at.phase) : undefined;
        const milestone = nextMilestone(entry, instant);
        const seller = campaign.phases.some((p) => p.basis === 'seller');
        const first = campaign.phases[0];
        const last = campaign.phases[campaign.phases.length - 1];
        return (
          <li
            key={key}
            className="promo-campaign"
            aria-current={selected === key}
            data-testid={`promo-campaign-${key}`}
          >
            <div className="promo-campaign-head">
              <button type="button" onClick={() => onSelect(key)} aria-pressed={selected === key}>
                {pick(campaign.name, lang)} {campaign.year}
              </button>
              <span
                className={`promo-badge${entry.status === 'running' ? ' promo-badge-running' : ''}`}
              >
                {entry.status === 'running' ? t('promo.running') : t('promo.upcoming')}
              </span>
            </div>
            {first && last && (
              <p className="muted small">
                {t('promo.dates', { start: first.start, end: last.end })}
              </p>
            )}
            <div className="promo-phases" aria-hidden="true">
              {campaign.phases.map((p) => (
                <span
                  key={p.id}
                  className={`promo-phase${p.id === at.phase ? ' promo-phase-current' : ''}`}
                  title={`${p.start} – ${p.end}`}
                >
                  {pick(p.label, lang)}
                </span>
              ))}
            </div>
            <p data-testid="promo-phase-now">
              {current
                ? t('promo.phaseNow', { phase: pick(current.label, lang) })
                : entry.status === 'running'
                  ? t('promo.betweenPhases')
                  : t('promo.notStarted', { date: first?.start ?? '' })}
              {current && ` (${t('promo.dates', { start: current.start, end: current.end })})`}
            </p>
            {milestone && (
              <p className="promo-countdown" data-testid="promo-countdown">
                {milestoneText(
                  t,
                  lang,
                  milestone,
                  countdownText(t, countdown(instant, milestone.at, campaign.timeZone)),
                )}
              </p>
            )}
            <p className="muted small">
              {t(seller ? 'promo.source.seller' : 'promo.source.playbook', {
                campaign: pick(campaign.name, lang),
                zone: campaign.timeZone,
              })}
            </p>
            {campaign.estimate && !seller && (
              <p className="promo-warn small">{t('promo.estimate')}</p>
            )}
            {campaign.warnings.map((w, i) => (
              <p key={i} className="promo-warn small">
                {pick(w, lang)}
              </p>
            ))}
          </li>
        );
      })}
    </ol>
  );
}
