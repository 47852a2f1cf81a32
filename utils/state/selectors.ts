import type { StoreRecord } from '../db/records';
import type { ReadEvent } from '../db/readLog';
import type { PanelTab } from './uiSlice';
import type { PageKind } from '../types';
import { siteOfHost } from '../sites/hosts';

// Pure selectors over plain data.

/** The browser tab in front, as far as the panel can see it (its URL only on console hosts). */
export interface ActiveTab {
  id?: number;
  url?: string;
}

/**
 * The store the panel shows: the seller's pick while they stay on the tab
 * they picked it on (the caller clears the pick when the tab changes); else
 * the store of the console tab in front — the store its latest read named, or
 * that marketplace's most recently seen store; else the store seen most recently.
 */
export function currentStore(
  stores: readonly StoreRecord[],
  selected: string | undefined,
  activeTab?: ActiveTab,
  events: readonly Pick<ReadEvent, 'url' | 'storeKey'>[] = [],
): StoreRecord | undefined {
  const picked = stores.find((s) => s.id === selected);
  if (picked) return picked;
  const newestFirst = [...stores].sort((a, b) => (a.lastSeenAt < b.lastSeenAt ? 1 : -1));
  const url = parseUrl(activeTab?.url);
  const site = url && siteOfHost(url.hostname);
  if (url && site) {
    // The read log is newest first: the latest read of this page, else of this host.
    const samePage = events.find((e) => e.storeKey && e.url === url.href);
    const sameHost = events.find((e) => e.storeKey && parseUrl(e.url)?.host === url.host);
    const key = (samePage ?? sameHost)?.storeKey;
    const fromRead = key ? stores.find((s) => s.id === key) : undefined;
    const ofSite = newestFirst.find((s) => s.site === site);
    if (fromRead ?? ofSite) return fromRead ?? ofSite;
  }
  return newestFirst[0];
}

/** What identifies "the tab in front" for keeping a manual pick: its id and host. */
export function tabKey(tab: ActiveTab | undefined): string {
  return `${tab?.id ?? '-'}|${parseUrl(tab?.url)?.host ?? ''}`;
}

function parseUrl(url: string | undefined): URL | undefined {
  if (!url) return undefined;
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
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
