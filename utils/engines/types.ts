// Types shared by the advice engines (tiers, titles, promo). Engines are pure
// functions over plain data: no browser API, no clock of their own (the caller
// passes `now`), thresholds and limits as parameters with playbook defaults
// from utils/engines/data/.

/** The four phases of every big sale (docs/ADVICE.md#promo-phases). */
export type PhaseId = 'momentum' | 'warmup' | 'burst' | 'review';
export const PHASE_IDS: readonly PhaseId[] = ['momentum', 'warmup', 'burst', 'review'];

/** A text in both UI languages. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** Attached to a figure that rests on little data: few days of history, a missing column, few orders. */
export interface ConfidenceNote {
  level: 'low' | 'medium';
  reason: Bilingual;
}
