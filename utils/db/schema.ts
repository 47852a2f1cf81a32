// The database schema, one dated constant per version (STYLE.md practice 7).
// Index only what is queried. A new version adds a constant, a changelog line
// and a named `upgradeToVn` in db.ts, plus a seeded-old-version test.
//
// Changelog
// - v1 (2026-11-25): stores, snapshots, products, productDaily, keywordDaily,
//   abilityScores, customers, campaigns, checklistProgress, settings.
// - v4 (2026-12-03): marketWatches, marketSnapshots (market watch: the
//   competitors' listings and searches the seller chose to follow).

export const SCHEMA_V1 = {
  // id = `${site}:${storeId}`; the switcher lists stores by site.
  stores: 'id, site',
  // Raw ReadResults keyed by content hash (dedup); pruned by capturedAt per store.
  snapshots: 'hash, [storeKey+capturedAt]',
  // Latest state per store+product.
  products: '[storeKey+productId], storeKey',
  // Daily metrics; history charts read a product's days, tabs read a store's range.
  productDaily: '[storeKey+productId+day], [storeKey+day]',
  keywordDaily: '[storeKey+productId+term+day], [storeKey+productId]',
  abilityScores: '[storeKey+indicator+day], [storeKey+day]',
  customers: '[storeKey+buyerId], storeKey',
  campaigns: 'id, storeKey',
  checklistProgress: '[storeKey+campaignId+year+itemId], [storeKey+campaignId+year]',
  settings: 'key',
} as const;

export const SCHEMA_V4 = {
  // id = `${site}:listing:${productId}` or `${site}:search:${query}`; only what the seller chose.
  marketWatches: 'id, site',
  // One dated reading per visit (deduped within a day); a watch's history, pruned by `at`.
  marketSnapshots: '[watchId+at], at',
} as const;

/** Every version db.ts declares (Dexie allows gaps); the upgrade test seeds each one. */
export const SCHEMA_VERSIONS = [1, 4] as const;

export const DB_NAME = 'storewise';
export const CURRENT_VERSION = 4;
