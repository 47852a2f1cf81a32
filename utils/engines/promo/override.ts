import { PHASE_IDS, type PhaseId } from '../types';
import { isLocalDate, type LocalDate } from './time';

// The seller's edits to one edition of a campaign, as the UI stores them (a
// settings row per edition, utils/db/promo/overrides.ts). Checked here without
// a schema library because the toolbar popup resolves campaigns too, and its
// first scripts have a size budget (scripts/bench/bundle.bench.ts); the
// settings registry wraps this same check for its reads and writes.

/** One phase's dates as the seller set them; `null` drops the phase for that year. */
export interface PhaseOverride {
  start: LocalDate;
  end: LocalDate;
}

/** A phase set to null is dropped for that year; a deadline set to null too. */
export interface CampaignOverride {
  phases?: Partial<Record<PhaseId, PhaseOverride | null | undefined>> | undefined;
  deadlines?: Record<string, LocalDate | null> | undefined;
}

type Plain = Record<string, unknown>;

const isPlain = (v: unknown): v is Plain =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const isDate = (v: unknown): v is LocalDate => typeof v === 'string' && isLocalDate(v);

/** A phase edit: both dates real days, or null; `false` when it is neither. */
function phaseOf(v: unknown): PhaseOverride | null | false {
  if (v === null) return null;
  if (!isPlain(v) || !isDate(v.start) || !isDate(v.end)) return false;
  return { start: v.start, end: v.end };
}

/**
 * The override a stored value holds, with unknown members left out, or
 * undefined when it is not one (an older build's shape, a hand edit).
 */
export function parseCampaignOverride(value: unknown): CampaignOverride | undefined {
  if (!isPlain(value)) return undefined;
  const out: CampaignOverride = {};
  if (value.phases !== undefined) {
    if (!isPlain(value.phases)) return undefined;
    const phases: NonNullable<CampaignOverride['phases']> = {};
    for (const id of PHASE_IDS) {
      if (!(id in value.phases)) continue;
      const raw = value.phases[id];
      if (raw === undefined) {
        phases[id] = undefined;
        continue;
      }
      const phase = phaseOf(raw);
      if (phase === false) return undefined;
      phases[id] = phase;
    }
    out.phases = phases;
  } else if ('phases' in value) out.phases = undefined;
  if (value.deadlines !== undefined) {
    if (!isPlain(value.deadlines)) return undefined;
    const deadlines: Record<string, LocalDate | null> = {};
    for (const [id, date] of Object.entries(value.deadlines)) {
      if (date !== null && !isDate(date)) return undefined;
      deadlines[id] = date;
    }
    out.deadlines = deadlines;
  } else if ('deadlines' in value) out.deadlines = undefined;
  return out;
}
