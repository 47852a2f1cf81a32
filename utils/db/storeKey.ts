import { SITES, type Site } from '../sites/hosts';

// A store is keyed `${site}:${storeId}` on every row (docs/ARCHITECTURE.md#storage).
// This is the one place that builds or takes such a key apart.

/** The store id of a read that named none (a console page without a shop id). */
export const DEFAULT_STORE_ID = 'default';

export interface StoreRef {
  site: Site;
  storeId: string;
}

/** The key of `site`'s store `storeId` (the default store when none was read). */
export function storeKeyOf(ref: { site: Site; storeId?: string | undefined }): string {
  return `${ref.site}:${ref.storeId ?? DEFAULT_STORE_ID}`;
}

/** Site and store id of a key, or undefined for a key of no known marketplace. */
export function parseStoreKey(key: string | undefined): StoreRef | undefined {
  if (key === undefined) return undefined;
  const cut = key.indexOf(':');
  if (cut <= 0) return undefined;
  const site = key.slice(0, cut);
  if (!(SITES as readonly string[]).includes(site)) return undefined;
  return { site: site as Site, storeId: key.slice(cut + 1) };
}

/** The marketplace of a key (`aliexpress:2001234` → `aliexpress`). */
export function siteOfStoreKey(key: string | undefined): Site | undefined {
  return parseStoreKey(key)?.site;
}
