import { CAMPAIGN_TEMPLATES, type CampaignTemplate } from '../data/campaigns';
import { editionAt, phaseAt } from './phase';
import type { Bilingual, PhaseId } from '../types';
import type { Site } from '../../types';

// The promo phase running now for a store's marketplace (PLAYBOOK §3), which
// picks the customer-segment action of the Tier tab. The promo engine owns the
// dates; this only asks it which edition is running at `now`.

export interface RunningPhase {
  phase: PhaseId;
  campaign: Bilingual;
  phaseLabel: Bilingual;
}

/**
 * The phase of the first campaign of `site` running at `now`, or null outside
 * every campaign. `overrides` are the seller's date edits per template id and
 * year, when the Promo tab has stored any.
 */
export function runningPhase(
  site: Site,
  now: Date,
  overrides: Readonly<Record<string, Readonly<Record<number, unknown>>>> = {},
  templates: readonly CampaignTemplate[] = CAMPAIGN_TEMPLATES,
): RunningPhase | null {
  for (const template of templates) {
    if (template.platform !== site) continue;
    const edition = editionAt(template, now, overrides[template.id]);
    const at = phaseAt(edition, now);
    if (at.phase === null) continue;
    const phase = edition.phases.find((p) => p.id === at.phase);
    return { phase: at.phase, campaign: edition.name, phaseLabel: phase?.label ?? edition.name };
  }
  return null;
}
