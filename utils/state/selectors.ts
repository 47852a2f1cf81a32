import type { StoreRecord } from '../db/records';
import type { ReadEvent } from '../db/readLog';
import type { PanelTab } from './uiSlice';
import type { PageKind } from '../types';

// Pure selectors over plain data.

/** The seller's pick if it still exists, else the store seen most recently. */
export function currentStore(
  stores: readonly StoreRecord[],
  selected: string | undefined,
): StoreRecord | undefined {
  return (
    stores.find((s) => s.id === selected) ??
    [...stores].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1))[0]
  );
}

/** The console pages each side-panel tab draws on. */
export const TAB_PAGE_KINDS: Record<PanelTab, readonly PageKind[]> = {
  tier: ['productList', 'productRank', 'abilityModel', 'customers', 'customerSegments'],
  keywords: ['productKeywords', 'productList', 'productRank'],
  promo: ['campaigns'],
  market: ['searchResults', 'listing'],
};

/**
 * The read the status line reports for a tab: the newest read of a page this
 * tab uses, or a newer failure on a page no reader knows (so "not recognised"
 * shows wherever the seller is looking).
 */
export function statusEventFor(
  tab: PanelTab,
  events: readonly ReadEvent[],
  storeKey: string | undefined,
): ReadEvent | undefined {
  const kinds = TAB_PAGE_KINDS[tab];
  return events.find((e) => {
    if (e.pageKind === undefined) return e.status !== 'ok';
    if (!kinds.includes(e.pageKind)) return false;
    return e.storeKey === undefined || storeKey === undefined || e.storeKey === storeKey;
  });
}
