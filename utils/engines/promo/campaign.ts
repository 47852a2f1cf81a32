// Turns a campaign template (utils/engines/data/campaigns.ts) into the dates of
// one edition, applying the seller's edits. Pure: the caller passes the year.

import {
  CAMPAIGN_TEMPLATES,
  CHINESE_NEW_YEAR,
  PHASE_LABELS,
  type CampaignId,
  type CampaignTemplate,
  type ChecklistSetId,
  type DateRule,
  type DeadlineKind,
} from '../data/campaigns';
import { PHASE_IDS, type Bilingual, type PhaseId } from '../types';
import type { Site } from '../../types';
import { addDays, daysBetween, toLocalDate, type LocalDate } from './time';
import { parseCampaignOverride, type CampaignOverride } from './override';

/** Where a resolved date comes from. */
export type ResolvedBasis = 'playbook' | 'derived' | 'seller';

export interface ResolvedPhase {
  id: PhaseId;
  label: Bilingual;
  /** First and last local day, inclusive, in the campaign's time zone. */
  start: LocalDate;
  end: LocalDate;
  basis: ResolvedBasis;
  /** True when the seller should confirm the dates (not from a source for this year). */
  estimate: boolean;
}

export interface ResolvedDeadline {
  id: string;
  label: Bilingual;
  kind: DeadlineKind;
  date: LocalDate;
  basis: ResolvedBasis;
  estimate: boolean;
}

export interface ResolvedCampaign {
  id: CampaignId;
  year: number;
  name: Bilingual;
  platform: Site;
  timeZone: string;
  /** Sorted by start date. A phase the seller removed is absent. */
  phases: ResolvedPhase[];
  deadlines: ResolvedDeadline[];
  checklists: readonly ChecklistSetId[];
  /** True when any date is an estimate. */
  estimate: boolean;
  /** Problems with the seller's edits (ignored edits, overlapping phases). */
  warnings: Bilingual[];
}

export type { CampaignOverride } from './override';

export function getTemplate(id: string): CampaignTemplate | undefined {
  return CAMPAIGN_TEMPLATES.find((t) => t.id === id);
}

/** Black Friday: the day after the fourth Thursday of November. */
export function blackFriday(year: number): LocalDate {
  const nov1 = new Date(Date.UTC(year, 10, 1)).getUTCDay();
  const firstThursday = 1 + ((4 - nov1 + 7) % 7);
  return toLocalDate(year, 11, firstThursday + 21 + 1);
}

interface AnchorDate {
  date: LocalDate;
  /** The anchor itself is a guess (no table entry for the year). */
  guessed: boolean;
}

function anchorDate(anchor: 'black-friday' | 'chinese-new-year', year: number): AnchorDate {
  if (anchor === 'black-friday') return { date: blackFriday(year), guessed: false };
  const known = CHINESE_NEW_YEAR[year];
  // Outside the table: early February is the middle of the possible range (Jan 21 - Feb 20).
  return known ? { date: known, guessed: false } : { date: toLocalDate(year, 2, 5), guessed: true };
}

function dateOf(rule: DateRule, year: number): AnchorDate {
  if ('anchor' in rule) {
    const a = anchorDate(rule.anchor, year);
    return { date: addDays(a.date, rule.offsetDays), guessed: a.guessed };
  }
  return { date: toLocalDate(year + (rule.yearOffset ?? 0), rule.month, rule.day), guessed: false };
}

const warn = (en: string, zh: string): Bilingual => ({ en, zh });

/**
 * The dates of one edition of `template`. `year` is the year the burst phase
 * falls in. Seller edits in `override` replace template dates; malformed or
 * reversed edits are ignored with a warning rather than thrown, since they
 * come from stored user data.
 */
export function resolveCampaign(
  template: CampaignTemplate,
  year: number,
  override?: unknown,
): ResolvedCampaign {
  const warnings: Bilingual[] = [];
  let edits: CampaignOverride = {};
  if (override !== undefined) {
    const parsed = parseCampaignOverride(override);
    if (parsed) edits = parsed;
    else
      warnings.push(
        warn(
          'Your saved dates for this campaign could not be read; showing the template dates.',
          '已保存的活动日期无法读取,显示模板日期。',
        ),
      );
  }
  const sourced = template.sourceYears.includes(year);

  const phases: ResolvedPhase[] = [];
  for (const id of PHASE_IDS) {
    const rule = template.phases[id];
    const label = template.phaseLabels?.[id] ?? PHASE_LABELS[id];
    const edit = edits.phases?.[id];
    if (edit === null) continue;
    if (edit) {
      if (edit.start <= edit.end) {
        phases.push({
          id,
          label,
          start: edit.start,
          end: edit.end,
          basis: 'seller',
          estimate: false,
        });
        continue;
      }
      warnings.push(
        warn(
          `${label.en}: the end date you entered is before the start; using the template dates.`,
          `${label.zh}:填写的结束日期早于开始日期,已使用模板日期。`,
        ),
      );
    }
    const start = dateOf(rule.start, year);
    const end = dateOf(rule.end, year);
    phases.push({
      id,
      label,
      start: start.date,
      end: end.date,
      basis: rule.basis,
      estimate: !(sourced && rule.basis === 'playbook') || start.guessed || end.guessed,
    });
  }
  phases.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  for (let i = 1; i < phases.length; i++) {
    const prev = phases[i - 1];
    const cur = phases[i];
    if (prev && cur && cur.start <= prev.end) {
      warnings.push(
        warn(
          `${prev.label.en} and ${cur.label.en} overlap by ${daysBetween(cur.start, prev.end) + 1} day(s); the later phase counts on shared days.`,
          `${prev.label.zh}与${cur.label.zh}重叠${daysBetween(cur.start, prev.end) + 1}天,重叠日按后一阶段计。`,
        ),
      );
    }
  }

  const deadlines: ResolvedDeadline[] = [];
  for (const rule of template.deadlines) {
    const edit = edits.deadlines?.[rule.id];
    if (edit === null) continue;
    if (edit) {
      deadlines.push({
        id: rule.id,
        label: rule.label,
        kind: rule.kind,
        date: edit,
        basis: 'seller',
        estimate: false,
      });
      continue;
    }
    const d = dateOf(rule.date, year);
    deadlines.push({
      id: rule.id,
      label: rule.label,
      kind: rule.kind,
      date: d.date,
      basis: rule.basis,
      estimate: !(sourced && rule.basis === 'playbook') || d.guessed,
    });
  }
  deadlines.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  return {
    id: template.id,
    year,
    name: template.name,
    platform: template.platform,
    timeZone: template.timeZone,
    phases,
    deadlines,
    checklists: template.checklists,
    estimate: phases.some((p) => p.estimate) || deadlines.some((d) => d.estimate),
    warnings,
  };
}

/** First and last local day of an edition (its first phase start, last phase end). */
export function campaignSpan(c: ResolvedCampaign): { start: LocalDate; end: LocalDate } | null {
  if (c.phases.length === 0) return null;
  let start = c.phases[0]!.start;
  let end = c.phases[0]!.end;
  for (const p of c.phases) {
    if (p.start < start) start = p.start;
    if (p.end > end) end = p.end;
  }
  return { start, end };
}
