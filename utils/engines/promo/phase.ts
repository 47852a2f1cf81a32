// Where an instant falls in a campaign, what is due next, and the moments the
// UI schedules alarms for. Phase dates are whole local days in the campaign's
// time zone (docs/ADVICE.md#promo-phases: AliExpress US Pacific, Taobao and Alibaba.com CST),
// so an instant is first turned into the local date there, then compared.

import { DEFAULT_REMINDER_LEAD_DAYS } from '../data/campaigns';
import type { CampaignTemplate } from '../data/campaigns';
import type { Bilingual, PhaseId } from '../types';
import { campaignSpan, resolveCampaign, type ResolvedCampaign } from './campaign';
import {
  addDays,
  daysBetween,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
  yearOf,
  type LocalDate,
} from './time';

export interface PhaseBoundary {
  /** The phase that begins at `start`; null when the campaign ends there. */
  phase: PhaseId | null;
  start: Date;
}

export interface PhaseAt {
  phase: PhaseId | null;
  /** Instant the current phase began (local midnight of its first day). */
  phaseStart: Date | null;
  /** Instant the current phase ends (local midnight after its last day). */
  phaseEnd: Date | null;
  /** The next boundary after the instant, or null once the campaign is over. */
  next: PhaseBoundary | null;
  /** The instant's local date in the campaign's time zone. */
  localDate: LocalDate;
}

/** The phase `instant` falls in. On days two edited phases share, the later-starting one counts. */
export function phaseAt(campaign: ResolvedCampaign, instant: Date): PhaseAt {
  const tz = campaign.timeZone;
  const today = localDateOf(instant, tz);
  let current: ResolvedCampaign['phases'][number] | undefined;
  for (const p of campaign.phases) {
    if (p.start <= today && today <= p.end) current = p;
  }

  // Candidate boundaries: every phase start, and the end of the last phase.
  const boundaries: PhaseBoundary[] = campaign.phases.map((p) => ({
    phase: p.id,
    start: startOfLocalDay(p.start, tz),
  }));
  const span = campaignSpan(campaign);
  if (span) boundaries.push({ phase: null, start: endOfLocalDay(span.end, tz) });
  if (current) {
    // Leaving the current phase into a gap the seller left is a boundary too.
    const endsAt = endOfLocalDay(current.end, tz);
    if (!boundaries.some((b) => b.start.getTime() === endsAt.getTime()))
      boundaries.push({ phase: null, start: endsAt });
  }
  const t = instant.getTime();
  let next: PhaseBoundary | null = null;
  for (const b of boundaries) {
    if (b.start.getTime() > t && (!next || b.start.getTime() < next.start.getTime())) next = b;
  }

  return {
    phase: current?.id ?? null,
    phaseStart: current ? startOfLocalDay(current.start, tz) : null,
    phaseEnd: current ? endOfLocalDay(current.end, tz) : null,
    next,
    localDate: today,
  };
}

/**
 * The edition of `template` that matters at `instant`: the one running, else
 * the next one to start, else the latest past one. Looks at the years around
 * the instant's local year, since an edition can start in the previous
 * calendar year (winter clearance, Spring Festival).
 */
export function editionAt(
  template: CampaignTemplate,
  instant: Date,
  overridesByYear: Readonly<Record<number, unknown>> = {},
): ResolvedCampaign {
  const year = yearOf(localDateOf(instant, template.timeZone));
  const today = localDateOf(instant, template.timeZone);
  const editions = [year - 1, year, year + 1].map((y) =>
    resolveCampaign(template, y, overridesByYear[y]),
  );
  const spans = editions.map((e) => ({ e, span: campaignSpan(e) }));
  const running = spans.find((s) => s.span && s.span.start <= today && today <= s.span.end);
  if (running) return running.e;
  const upcoming = spans.find((s) => s.span && s.span.start > today);
  if (upcoming) return upcoming.e;
  return editions[editions.length - 1] ?? resolveCampaign(template, year);
}

export interface UpcomingDeadline {
  campaignId: ResolvedCampaign['id'];
  year: number;
  deadlineId: string;
  label: Bilingual;
  kind: ResolvedCampaign['deadlines'][number]['kind'];
  /** Local date in the campaign's zone. */
  date: LocalDate;
  /** Instant the day ends (a deadline is met until the end of its local day). */
  due: Date;
  /** Whole local days from the instant's local date to the deadline (0 = today). */
  daysLeft: number;
  estimate: boolean;
}

/** Deadlines not yet passed at `instant` and due within `horizonDays`, soonest first. */
export function upcomingDeadlines(
  campaigns: readonly ResolvedCampaign[],
  instant: Date,
  horizonDays: number,
): UpcomingDeadline[] {
  const t = instant.getTime();
  const out: UpcomingDeadline[] = [];
  for (const c of campaigns) {
    const today = localDateOf(instant, c.timeZone);
    for (const d of c.deadlines) {
      const due = endOfLocalDay(d.date, c.timeZone);
      const daysLeft = daysBetween(today, d.date);
      if (due.getTime() <= t || daysLeft > horizonDays) continue;
      out.push({
        campaignId: c.id,
        year: c.year,
        deadlineId: d.id,
        label: d.label,
        kind: d.kind,
        date: d.date,
        due,
        daysLeft,
        estimate: d.estimate,
      });
    }
  }
  return out.sort((a, b) => a.due.getTime() - b.due.getTime());
}

export interface Reminder {
  /** Stable name for the alarm: `${campaign}:${year}:phase:${phase}` or `…:deadline:${id}`. */
  id: string;
  at: Date;
  kind: 'phase-start' | 'deadline';
  campaignId: ResolvedCampaign['id'];
  year: number;
  phase?: PhaseId;
  deadlineId?: string;
  label: Bilingual;
}

export interface ReminderOptions {
  /** Days before each deadline to remind (default (docs/ADVICE.md#reminders-and-toast) in data/campaigns.ts). */
  leadDays?: number;
  /** Only reminders strictly after this instant (alarms in the past are useless). */
  after?: Date;
}

/**
 * The moments to remind the seller: the start of each phase, and the start of
 * the local day `leadDays` before each deadline, in the campaign's zone.
 */
export function reminders(campaign: ResolvedCampaign, options: ReminderOptions = {}): Reminder[] {
  const lead = Math.max(0, Math.floor(options.leadDays ?? DEFAULT_REMINDER_LEAD_DAYS));
  const tz = campaign.timeZone;
  const prefix = `${campaign.id}:${campaign.year}`;
  const out: Reminder[] = [];
  for (const p of campaign.phases) {
    out.push({
      id: `${prefix}:phase:${p.id}`,
      at: startOfLocalDay(p.start, tz),
      kind: 'phase-start',
      campaignId: campaign.id,
      year: campaign.year,
      phase: p.id,
      label: {
        en: `${campaign.name.en}: ${p.label.en} starts`,
        zh: `${campaign.name.zh}:${p.label.zh}开始`,
      },
    });
  }
  for (const d of campaign.deadlines) {
    out.push({
      id: `${prefix}:deadline:${d.id}`,
      at: startOfLocalDay(addDays(d.date, -lead), tz),
      kind: 'deadline',
      campaignId: campaign.id,
      year: campaign.year,
      deadlineId: d.id,
      label: {
        en: `${campaign.name.en}: ${d.label.en} by ${d.date}`,
        zh: `${campaign.name.zh}:${d.date}前${d.label.zh}`,
      },
    });
  }
  const after = options.after?.getTime();
  return out
    .filter((r) => after === undefined || r.at.getTime() > after)
    .sort((a, b) => a.at.getTime() - b.at.getTime());
}
