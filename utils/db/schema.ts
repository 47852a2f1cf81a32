// The database schema, one dated constant per version (docs/DECISIONS.md#2026-11-01-one-schema-constant-per-version).
// Index only what is queried. A new version adds a constant, a changelog line
// and a named `upgradeToVn` in db.ts, plus a seeded-old-version test.
//
// Changelog
// - v1 (2026-11-25): stores, snapshots, products, productDaily, keywordDaily,
//   abilityScores, customers, campaigns, checklistProgress, settings.
// - v2 (2026-12-03): productHistory (one row per product with its recent days),
//   keywordLatest (one row per product with its newest search-term report),
//   storeSummary (per-store newest days; the Tier tab then reads one ability
//   report day through abilityScores' [storeKey+day]). Derived from the v1
//   tables by `upgradeToV2` and kept by ingestion.
// - v3 (2026-12-03): store-level tables: storeMetrics (trade overview, store
//   summary), storeKeywordDaily (store-wide search terms), penalties,
//   visitors. New tables only: nothing to upgrade.
// - v4 (2026-12-03): marketWatches, marketSnapshots (market watch: the
//   competitors' listings and searches the seller chose to follow).
// - v5 (2026-12-03): titleWords, the latest title-word report per item
//   (Taobao sycm): search visitors and conversion per word of its title.
// - v6 (2026-12-03): customerSegments, the aggregate customer figures of
//   Taobao's sycm (segment counts, repurchase rates, peer benchmarks, members,
//   profile shares), one row per store, indicator and report day.
// - v7 (2026-12-03): storePacks, one row per store and kind (its products, its
//   customers, its recent daily history by column), so the side panel reads a
//   store in a few requests instead of one per listing; they replace v2's
//   per-product productHistory rows. Derived: `upgradeToV7` makes them from
//   the raw tables.

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

/**
 * Compact rows the side panel renders from, so no tab reads a year of daily
 * rows. Derived: ingestion writes them in the same transaction as the rows
 * they summarise, and `rebuildDerived` (utils/db/compact.ts) can make them
 * again from the raw tables at any time.
 */
export const SCHEMA_V2 = {
  // One row per product: its recent days (replaced by storePacks in v7).
  productHistory: '[storeKey+productId], storeKey',
  // One row per product: the terms of its newest keyword report day.
  keywordLatest: '[storeKey+productId], storeKey',
  // One row per store: the newest product, keyword and ability-model days.
  storeSummary: 'storeKey',
} as const;

export const SCHEMA_V3 = {
  // One store figure per day; the overview reads a store's range.
  storeMetrics: '[storeKey+metric+day], [storeKey+day]',
  storeKeywordDaily: '[storeKey+term+day], [storeKey+day]',
  // Latest state per penalty; the exposure watch reads a store's list.
  penalties: '[storeKey+punishId], storeKey',
  // One row per visitor and day; pruned with the raw snapshots.
  visitors: '[storeKey+visitorId+day], [storeKey+day]',
} as const;

export const SCHEMA_V4 = {
  // id = `${site}:listing:${productId}` or `${site}:search:${query}`; only what the seller chose.
  marketWatches: 'id, site',
  // One dated reading per visit (deduped within a day); a watch's history, pruned by `at`.
  marketSnapshots: '[watchId+at], at',
} as const;

export const SCHEMA_V5 = {
  titleWords: '[storeKey+productId+word], [storeKey+productId], storeKey',
} as const;

export const SCHEMA_V6 = {
  // The Tier tab reads the newest report day of a store, like abilityScores.
  customerSegments: '[storeKey+indicator+day], [storeKey+day]',
} as const;

export const SCHEMA_V7 = {
  productHistory: null,
  // kind: 'products' | 'customers' | 'history' (utils/db/packs.ts).
  storePacks: '[storeKey+kind]',
} as const;

/** Every version db.ts declares; the upgrade test seeds each one. */
export const SCHEMA_VERSIONS = [1, 2, 3, 4, 5, 6, 7] as const;

export { DB_NAME } from './dbName';
export const CURRENT_VERSION = 7;
