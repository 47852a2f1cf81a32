import { CAMPAIGN_TEMPLATES, type CampaignId } from '../../engines/data/campaigns';
import { parseCampaignOverride, type CampaignOverride } from '../../engines/promo/override';

// The seller's campaign dates as a map, from the settings rows that hold them
// (utils/db/promo/overrides.ts reads and writes those rows). Apart from the
// settings registry so the toolbar popup, which reads the rows without Dexie
// or zod (utils/settings/popupSettings.ts), builds the very same map.

/** Key prefix of the rows: `promoOverride:<campaignId>:<year>`. */
export const OVERRIDE_PREFIX = 'promoOverride:' as const;

/** campaignId → year → the seller's edit. */
export type OverrideMap = Partial<Record<CampaignId, Record<number, CampaignOverride>>>;

const KNOWN_IDS = new Set<string>(CAMPAIGN_TEMPLATES.map((t) => t.id));

/** Parses settings rows into a map; rows of unknown campaigns or bad shape are skipped. */
export function overrideMapFrom(rows: readonly { key: string; value: unknown }[]): OverrideMap {
  const out: OverrideMap = {};
  for (const row of rows) {
    if (!row.key.startsWith(OVERRIDE_PREFIX)) continue;
    const rest = row.key.slice(OVERRIDE_PREFIX.length);
    const cut = rest.lastIndexOf(':');
    const id = rest.slice(0, cut);
    const year = Number(rest.slice(cut + 1));
    if (cut <= 0 || !KNOWN_IDS.has(id) || !Number.isInteger(year)) continue;
    const parsed = parseCampaignOverride(row.value);
    if (!parsed) continue;
    const byYear = (out[id as CampaignId] ??= {});
    byYear[year] = parsed;
  }
  return out;
}
