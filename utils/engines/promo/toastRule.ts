import { localDateOf } from './time';
import type { PhaseId } from '../types';
import type { TimelineEntry } from './selection';
import { countdown } from './selection';

// When the in-page toast shows. Before: the warm-up or the burst of
// a campaign starts within the reminder lead time. During: the campaign is in
// its warm-up or burst. The background keeps the days it showed each
// boundary in the settings row TOAST_STATE_KEY.

export const TOAST_STATE_KEY = 'promoToastShown' as const;

/** boundary key → the campaign-local day it was last shown. */
export type ToastState = Record<string, string>;

/** The phases that make a campaign "a big sale" for the toast (docs/ADVICE.md#promo-phases: warm-up and burst are the sale days). */
const SALE_PHASES: readonly PhaseId[] = ['warmup', 'burst'];

export interface ToastCandidate {
  /** `<campaign>:<year>:<phase>`: the boundary the toast is about. */
  key: string;
  kind: 'before' | 'during';
  entry: TimelineEntry;
  phase: PhaseId;
  /** Calendar days until the phase starts (before) or ends (during). */
  days: number;
  /** The campaign-local day, for the once-per-day rule. */
  day: string;
  /** Whose checklist the toast counts: the current phase's, else the one about to start. */
  checklistPhase: PhaseId;
}

/** The toast to show at `instant`, if any: the soonest "before" wins over a "during". */
export function toastCandidate(
  entries: readonly TimelineEntry[],
  instant: Date,
  leadDays: number,
): ToastCandidate | undefined {
  let best: ToastCandidate | undefined;
  for (const entry of entries) {
    const { campaign, at } = entry;
    const day = localDateOf(instant, campaign.timeZone);
    const key = (phase: PhaseId) => `${campaign.id}:${campaign.year}:${phase}`;
    const nextPhase = at.next?.phase;
    if (at.next && nextPhase && SALE_PHASES.includes(nextPhase)) {
      const days = countdown(instant, at.next.start, campaign.timeZone).calendarDays;
      if (days <= leadDays && (!best || best.kind === 'during' || days < best.days)) {
        best = {
          key: key(nextPhase),
          kind: 'before',
          entry,
          phase: nextPhase,
          days,
          day,
          checklistPhase: at.phase ?? nextPhase,
        };
        continue;
      }
    }
    if (!best && at.phase && SALE_PHASES.includes(at.phase) && at.phaseEnd) {
      best = {
        key: key(at.phase),
        kind: 'during',
        entry,
        phase: at.phase,
        days: countdown(instant, at.phaseEnd, campaign.timeZone).calendarDays,
        day,
        checklistPhase: at.phase,
      };
    }
  }
  return best;
}

export function alreadyShown(state: ToastState, candidate: Pick<ToastCandidate, 'key' | 'day'>) {
  return state[candidate.key] === candidate.day;
}

/** Records a showing; boundaries not shown for 60 days are dropped to keep the row small. */
export function recordShown(
  state: ToastState,
  candidate: Pick<ToastCandidate, 'key' | 'day'>,
): ToastState {
  const cutoff = new Date(Date.parse(`${candidate.day}T00:00:00Z`) - 60 * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const out: ToastState = {};
  for (const [k, d] of Object.entries(state)) if (d >= cutoff) out[k] = d;
  out[candidate.key] = candidate.day;
  return out;
}

export function parseToastState(value: unknown): ToastState {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return {};
  const out: ToastState = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string') out[k] = v;
  return out;
}
