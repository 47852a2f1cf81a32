import type { StorewiseDB } from '../db';
import { deleteSetting, listSettings, putSetting } from '../../settings/settings';
import type { CampaignId } from '../../engines/data/campaigns';
import type { CampaignOverride } from '../../engines/promo/override';
import { OVERRIDE_PREFIX, overrideMapFrom, type OverrideMap } from './overrideMap';
import { isLocalDate, type LocalDate } from '../../engines/promo/time';
import { PHASE_IDS, type PhaseId } from '../../engines/types';

// The seller's edits of campaign dates, stored as settings rows, one per
// campaign edition: key `promoOverride:<campaignId>:<year>`, value a
// CampaignOverride (utils/engines/promo/campaign.ts). Settings rows rather than
// `campaigns` rows because a campaigns row is what a console page said about
// one store, while these edits are the platform's calendar, shared by every
// store on that marketplace; they travel in backups with the other settings.

export { OVERRIDE_PREFIX, overrideMapFrom, type OverrideMap } from './overrideMap';

export function overrideKey(
  campaignId: CampaignId,
  year: number,
): `${typeof OVERRIDE_PREFIX}${string}` {
  return `${OVERRIDE_PREFIX}${campaignId}:${year}`;
}

export async function loadOverrides(db: StorewiseDB): Promise<OverrideMap> {
  return overrideMapFrom(await listSettings(db, 'promoOverride'));
}

/** A phase's dates as the edit form holds them. */
export interface PhaseDraft {
  id: PhaseId;
  start: string;
  end: string;
}

export interface OverrideDraft {
  phases: PhaseDraft[];
  deadlines: { id: string; date: string }[];
}

export type DraftProblem =
  | { code: 'invalid-date'; field: string }
  | { code: 'end-before-start'; field: PhaseId }
  | { code: 'overlap'; field: PhaseId; other: PhaseId }
  | { code: 'out-of-order'; field: PhaseId };

/**
 * Checks the edit form before saving: every date real, each phase's end on or
 * after its start, phases in the playbook order (momentum → warm-up → burst →
 * review) without sharing days. The engine tolerates overlaps in stored data;
 * the form refuses them so the seller never saves an ambiguous calendar.
 */
export function validateDraft(draft: OverrideDraft): DraftProblem[] {
  const problems: DraftProblem[] = [];
  const valid: PhaseDraft[] = [];
  for (const p of draft.phases) {
    const okStart = isLocalDate(p.start);
    const okEnd = isLocalDate(p.end);
    if (!okStart) problems.push({ code: 'invalid-date', field: `${p.id}.start` });
    if (!okEnd) problems.push({ code: 'invalid-date', field: `${p.id}.end` });
    if (!okStart || !okEnd) continue;
    if (p.end < p.start) problems.push({ code: 'end-before-start', field: p.id });
    else valid.push(p);
  }
  const ordered = [...valid].sort((a, b) => PHASE_IDS.indexOf(a.id) - PHASE_IDS.indexOf(b.id));
  for (let i = 1; i < ordered.length; i++) {
    const prev = ordered[i - 1]!;
    const cur = ordered[i]!;
    if (cur.start < prev.start) problems.push({ code: 'out-of-order', field: cur.id });
    else if (cur.start <= prev.end)
      problems.push({ code: 'overlap', field: cur.id, other: prev.id });
  }
  for (const d of draft.deadlines) {
    if (!isLocalDate(d.date)) problems.push({ code: 'invalid-date', field: `deadline.${d.id}` });
  }
  return problems;
}

/** The override a valid draft amounts to (callers validate first). */
export function draftToOverride(draft: OverrideDraft): CampaignOverride {
  const phases: NonNullable<CampaignOverride['phases']> = {};
  for (const p of draft.phases) phases[p.id] = { start: p.start as LocalDate, end: p.end };
  const deadlines: Record<string, string> = {};
  for (const d of draft.deadlines) deadlines[d.id] = d.date;
  return { phases, deadlines };
}

export class InvalidOverrideError extends Error {
  override name = 'InvalidOverrideError';
}

/** Saves the seller's dates for one edition; refuses a draft with problems and writes nothing. */
export async function saveOverride(
  db: StorewiseDB,
  campaignId: CampaignId,
  year: number,
  draft: OverrideDraft,
): Promise<void> {
  const problems = validateDraft(draft);
  if (problems.length > 0)
    throw new InvalidOverrideError(problems.map((p) => `${p.code}:${p.field}`).join(', '));
  await putSetting(db, overrideKey(campaignId, year), draftToOverride(draft));
}

/** Back to the template's dates. */
export async function resetOverride(
  db: StorewiseDB,
  campaignId: CampaignId,
  year: number,
): Promise<void> {
  await deleteSetting(db, overrideKey(campaignId, year));
}
