import type { Bilingual, PhaseId } from '../types';
import type { Site } from '../../types';
import type { OverrideMap } from '../../db/promo/overrides';
import { promoTimeline, type TimelineEntry } from './selection';

// The one rule for "which campaign phase runs now" (docs/ADVICE.md#promo-phases).
// The Tier tab (customer-segment action), the Promo tab, the popup and the toast
// all lead with the same entry: the running edition in its sharpest phase, as
// ordered by `promoTimeline`.

export interface RunningPhase {
  phase: PhaseId;
  campaign: Bilingual;
  phaseLabel: Bilingual;
  entry: TimelineEntry;
}

/**
 * The phase of `site`'s leading running campaign at `instant`, or null outside
 * every campaign (or in a gap the seller left between two phases). `overrides`
 * are the seller's date edits from the Promo tab.
 */
export function currentPhase(
  site: Site,
  instant: Date,
  overrides: OverrideMap = {},
): RunningPhase | null {
  const entry = promoTimeline(site, instant, overrides, 0)[0];
  const phase = entry?.at.phase;
  if (!entry || !phase) return null;
  const label = entry.campaign.phases.find((p) => p.id === phase)?.label;
  return { phase, campaign: entry.campaign.name, phaseLabel: label ?? entry.campaign.name, entry };
}
