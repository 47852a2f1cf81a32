import type { StorewiseDB } from '../db';
import type { StoreRecord } from '../records';
import type { Site } from '../../types';
import type { PhaseId } from '../../engines/types';
import type { ResolvedCampaign } from '../../engines/promo/campaign';
import { checklistFor, type Tally } from '../../engines/promo/checklist';
import { getSetting } from '../../settings/settings';
import { resolveLanguage, type Language } from '../../i18n/messages';
import { doneItemIds } from './progress';

// Small lookups the background shares between reminders and the toast.

/** The store of `site` seen most recently: whose checklist a reminder counts. */
export function latestStoreOf(stores: readonly StoreRecord[], site: Site): StoreRecord | undefined {
  return stores
    .filter((s) => s.site === site)
    .sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1))[0];
}

/** Done / total of one phase's checklist for a store (0 done when no store yet). */
export async function phaseTally(
  db: StorewiseDB,
  storeKey: string | undefined,
  campaign: ResolvedCampaign,
  phase: PhaseId,
): Promise<Tally> {
  const items = checklistFor(campaign, { phase });
  const done = storeKey
    ? await doneItemIds(db, { storeKey, campaignId: campaign.id, year: campaign.year })
    : new Set<string>();
  return { done: items.filter((i) => done.has(i.id)).length, total: items.length };
}

/** The seller's language outside React (service worker): the setting, else the browser's. */
export async function sellerLanguage(db: StorewiseDB): Promise<Language> {
  return resolveLanguage(await getSetting(db, 'language'), globalThis.navigator?.language ?? 'en');
}
