import type { StoreRecord } from '@/utils/db/records';
import { readDoneItemIds, readStores, type LiteDb } from '@/utils/db/lite';
import { siteOfStoreKey } from '@/utils/db/storeKey';
import { focusEntry, type TimelineEntry } from '@/utils/engines/promo/selection';
import { currentStore, type ActiveTab } from '@/utils/state/selectors';
import { readPopupSettings } from '@/utils/settings/popupSettings';
import { now, setClockOffset } from '@/utils/settings/appClock';
import type { LanguageSetting } from '@/utils/i18n/core';
import { checklistItemsOf, type ChecklistItem } from '@/utils/engines/data/checklistAreas';
import { checklistFrom } from '@/utils/engines/promo/checklistProgress';

// Everything the popup shows, read in one go from the database (without
// Dexie, utils/db/lite.ts): the store of the tab in front (else the one seen
// last), the campaign phase running for its marketplace, that phase's
// checklist (the marketplace's items load on demand) and its ticks.

export interface PopupView {
  language: LanguageSetting;
  /** False until a console page has been read: the popup then says no campaign runs. */
  hasStores: boolean;
  store?: StoreRecord;
  /** The campaign the popup leads with and its current phase (utils/engines/promo/selection.ts). */
  entry?: TimelineEntry;
  /** The checklist items of the entry's current phase (none without one). */
  items: readonly ChecklistItem[];
  /** Ticked item ids of the entry's checklist for the store. */
  done: ReadonlySet<string>;
}

export async function readPopupView(
  db: LiteDb | undefined,
  tab: ActiveTab | undefined,
): Promise<PopupView> {
  const storesRead = db ? readStores(db) : Promise.resolve([]);
  // Start loading the checklist of the store most likely shown (the tab's
  // marketplace, else the newest store's) while the settings are still read.
  void storesRead.then((stores) => {
    const site = siteOfStoreKey(currentStore(stores, undefined, tab)?.id);
    if (site) checklistItemsOf(site).catch(() => undefined);
  });
  const [settings, stores] = await Promise.all([readPopupSettings(db), storesRead]);
  // The support clock offset, as every other context applies it (utils/settings/clock.ts).
  setClockOffset(settings.clockOffsetMs);
  const store = currentStore(stores, undefined, tab, settings.readLog);
  const site = siteOfStoreKey(store?.id);
  const entry = site ? focusEntry(site, now(), settings.overrides) : undefined;
  const phase = entry?.at.phase;
  // The store's marketplace's items and its ticks, read side by side.
  const [siteItems, done] =
    site && store && entry && phase
      ? await Promise.all([
          checklistItemsOf(site),
          db
            ? readDoneItemIds(db, {
                storeKey: store.id,
                campaignId: entry.campaign.id,
                year: entry.campaign.year,
              })
            : new Set<string>(),
        ])
      : [[], new Set<string>()];
  const items = entry && phase ? checklistFrom(siteItems, entry.campaign, { phase }) : [];
  return {
    language: settings.language,
    hasStores: stores.length > 0,
    ...(store ? { store } : {}),
    ...(entry ? { entry } : {}),
    items,
    done,
  };
}
