import { CAMPAIGN_TEMPLATES, type CampaignId } from '../data/campaigns';
import { campaignSpan, resolveCampaign, type ResolvedCampaign } from './campaign';
import { phaseAt, upcomingDeadlines, type PhaseAt } from './phase';
import { daysBetween, localDateOf, yearOf } from './time';
import type { PhaseId } from '../types';
import type { Site } from '../../types';
import type { OverrideMap } from '../../db/promo/overrides';

// Which campaigns the Promo tab, the popup, the reminders and the toast talk
// about at a given instant. Pure: the caller passes the app clock's `now()`.

export interface TimelineEntry {
  campaign: ResolvedCampaign;
  at: PhaseAt;
  status: 'running' | 'upcoming';
}

/** While editions overlap, the one in its sharpest phase leads (docs/ADVICE.md#promo-phases: burst > warm-up > momentum > review). */
const PHASE_PRIORITY: Record<PhaseId, number> = { burst: 0, warmup: 1, momentum: 2, review: 3 };

/** Editions of every template of `site` around `instant` (last, this and next year), with the seller's edits. */
export function editionsFor(
  site: Site,
  instant: Date,
  overrides: OverrideMap,
  years: readonly number[] = [-1, 0, 1],
): ResolvedCampaign[] {
  const out: ResolvedCampaign[] = [];
  for (const template of CAMPAIGN_TEMPLATES) {
    if (template.platform !== site) continue;
    const year = yearOf(localDateOf(instant, template.timeZone));
    for (const dy of years)
      out.push(resolveCampaign(template, year + dy, overrides[template.id]?.[year + dy]));
  }
  return out;
}

/**
 * The running editions of `site`'s campaigns (sharpest phase first), then the
 * next `upcoming` ones to start. Finished editions are left out.
 */
export function promoTimeline(
  site: Site,
  instant: Date,
  overrides: OverrideMap,
  upcoming = 2,
): TimelineEntry[] {
  const running: TimelineEntry[] = [];
  const later: TimelineEntry[] = [];
  for (const campaign of editionsFor(site, instant, overrides)) {
    const span = campaignSpan(campaign);
    if (!span) continue;
    const today = localDateOf(instant, campaign.timeZone);
    if (span.end < today) continue;
    const at = phaseAt(campaign, instant);
    if (span.start <= today) running.push({ campaign, at, status: 'running' });
    else later.push({ campaign, at, status: 'upcoming' });
  }
  running.sort(
    (a, b) =>
      rank(a) - rank(b) || (a.at.next?.start.getTime() ?? 0) - (b.at.next?.start.getTime() ?? 0),
  );
  later.sort((a, b) => (a.at.next?.start.getTime() ?? 0) - (b.at.next?.start.getTime() ?? 0));
  return [...running, ...later.slice(0, upcoming)];
}

// A running edition between two phases the seller left apart ranks last.
const rank = (e: TimelineEntry) => (e.at.phase ? PHASE_PRIORITY[e.at.phase] : 9);

/** The campaign the popup and the toast lead with: the first timeline entry. */
export function focusEntry(
  site: Site,
  instant: Date,
  overrides: OverrideMap,
): TimelineEntry | undefined {
  return promoTimeline(site, instant, overrides, 1)[0];
}

export type Milestone =
  | { kind: 'phase'; phase: PhaseId; label: ResolvedCampaign['phases'][number]['label']; at: Date }
  | { kind: 'end'; at: Date }
  | {
      kind: 'deadline';
      deadlineKind: 'deadline' | 'opens';
      label: ResolvedCampaign['deadlines'][number]['label'];
      at: Date;
    };

/** The next thing to count down to: the next phase boundary or a registration deadline, whichever is sooner. */
export function nextMilestone(entry: TimelineEntry, instant: Date): Milestone | null {
  const { campaign, at } = entry;
  let best: Milestone | null = null;
  if (at.next) {
    const phase = at.next.phase;
    const p = phase ? campaign.phases.find((x) => x.id === phase) : undefined;
    best =
      phase && p
        ? { kind: 'phase', phase, label: p.label, at: at.next.start }
        : { kind: 'end', at: at.next.start };
  }
  const deadline = upcomingDeadlines([campaign], instant, 3660)[0];
  if (deadline && (!best || deadline.due.getTime() < best.at.getTime()))
    best = {
      kind: 'deadline',
      deadlineKind: deadline.kind,
      label: deadline.label,
      at: deadline.due,
    };
  return best;
}

export interface Countdown {
  days: number;
  hours: number;
  minutes: number;
  /** Whole local days (calendar), for "starts in 2 days" wording. */
  calendarDays: number;
}

/** Time left from `from` to `to`, floored to minutes; zero once passed. */
export function countdown(from: Date, to: Date, timeZone: string): Countdown {
  const mins = Math.max(0, Math.floor((to.getTime() - from.getTime()) / 60_000));
  return {
    days: Math.floor(mins / 1440),
    hours: Math.floor((mins % 1440) / 60),
    minutes: mins % 60,
    calendarDays: Math.max(0, daysBetween(localDateOf(from, timeZone), localDateOf(to, timeZone))),
  };
}

export function campaignKey(c: Pick<ResolvedCampaign, 'id' | 'year'>): string {
  return `${c.id}:${c.year}`;
}

export function parseCampaignKey(key: string): { id: CampaignId; year: number } | undefined {
  const cut = key.lastIndexOf(':');
  const id = key.slice(0, cut);
  const year = Number(key.slice(cut + 1));
  if (cut <= 0 || !Number.isInteger(year) || !CAMPAIGN_TEMPLATES.some((t) => t.id === id))
    return undefined;
  return { id: id as CampaignId, year };
}
