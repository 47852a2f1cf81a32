import type { StorewiseDB } from '../../utils/db/db';
import Dexie from 'dexie';
import { COMPACT_HISTORY_DAYS, historyDays, readPack } from '../../utils/db/packs';
import type {
  AbilityScoreRecord,
  CustomerRecord,
  CustomerSegmentRecord,
  HistoryDay,
  HistoryPackRecord,
  KeywordLatestRecord,
  ProductDailyRecord,
  ProductRecord,
} from '../../utils/db/records';
import type { TierData } from './tier/tierView';

// The side panel's reads of one store's rows, for liveQuery. The tabs render
// from the store's packs (utils/db/packs.ts: its products, customers and
// recent history, one row each), never from one row per listing or the raw
// daily rows; one listing's full days are read when its chart opens.

/** Days of daily history the tabs use: trends, restock signals and exposure alerts. */
export const HISTORY_DAYS = COMPACT_HISTORY_DAYS;

export { siteOfStoreKey } from '../../utils/db/storeKey';

/** YYYY-MM-DD `days` before `now` (UTC; a day of slack either side is harmless for a window). */
export function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function storeProducts(db: StorewiseDB, storeKey: string): Promise<ProductRecord[]> {
  return (await readPack(db, storeKey, 'products'))?.rows ?? [];
}

export async function storeCustomers(db: StorewiseDB, storeKey: string): Promise<CustomerRecord[]> {
  return (await readPack(db, storeKey, 'customers'))?.rows ?? [];
}

/** The store's recent daily history, by column (one row). */
export async function storeHistory(
  db: StorewiseDB,
  storeKey: string,
): Promise<HistoryPackRecord | undefined> {
  return readPack(db, storeKey, 'history');
}

/** Each product's days within HISTORY_DAYS of `now`, oldest first. */
export function recentHistory(
  pack: HistoryPackRecord | undefined,
  now: Date,
): Record<string, HistoryDay[]> {
  return historyDays(pack, dayBefore(now, HISTORY_DAYS));
}

/** Every product's newest keyword report of the store (one row per product). */
export async function storeKeywordReports(
  db: StorewiseDB,
  storeKey: string,
): Promise<KeywordLatestRecord[]> {
  return db.keywordLatest.where('storeKey').equals(storeKey).toArray();
}

/** One product's stored days from `since` on, oldest first: its exposure chart, read when the chart opens. */
export async function productDays(
  db: StorewiseDB,
  storeKey: string,
  productId: string,
  since: string,
): Promise<ProductDailyRecord[]> {
  return db.productDaily
    .where('[storeKey+productId+day]')
    .between([storeKey, productId, since], [storeKey, productId, Dexie.maxKey], true, true)
    .toArray();
}

/**
 * The ability model rows of the newest report day only: the Tier tab shows that
 * report (latestAbilityRows), and a year of daily reports is 365× the rows.
 */
export async function latestAbilityScores(
  db: StorewiseDB,
  storeKey: string,
): Promise<AbilityScoreRecord[]> {
  // The store summary names the newest day; without one (rows written by hand)
  // the index's last entry does.
  const day =
    (await db.storeSummary.get(storeKey))?.abilityDay ??
    (
      await db.abilityScores
        .where('[storeKey+day]')
        .between([storeKey, ''], [storeKey, '\uffff'], true, true)
        .last()
    )?.day;
  if (day === undefined) return [];
  return db.abilityScores.where('[storeKey+day]').equals([storeKey, day]).toArray();
}

/** Everything the Tier tab reads: products, their recent history, the newest ability report, customers. */
export async function loadTierData(
  db: StorewiseDB,
  storeKey: string,
  now: Date,
): Promise<TierData> {
  const [products, history, abilityScores, customers, customerSegments] = await Promise.all([
    storeProducts(db, storeKey),
    storeHistory(db, storeKey),
    latestAbilityScores(db, storeKey),
    storeCustomers(db, storeKey),
    storeCustomerSegments(db, storeKey),
  ]);
  return {
    products,
    history: recentHistory(history, now),
    abilityScores,
    customers,
    customerSegments,
  };
}

/** Days of aggregate customer figures the Tier tab reads back from the newest report day. */
export const CUSTOMER_FIGURE_DAYS = 31;

/**
 * The store's aggregate customer figures (Taobao) of the month up to its newest
 * report day: the overview and the members domains are read on different days,
 * and each indicator's newest day is picked by the caller.
 */
export async function storeCustomerSegments(
  db: StorewiseDB,
  storeKey: string,
): Promise<CustomerSegmentRecord[]> {
  const range = db.customerSegments
    .where('[storeKey+day]')
    .between([storeKey, ''], [storeKey, '\uffff'], true, true);
  const newest = await range.last();
  if (!newest) return [];
  const from = dayBefore(new Date(`${newest.day}T00:00:00Z`), CUSTOMER_FIGURE_DAYS);
  return db.customerSegments
    .where('[storeKey+day]')
    .between([storeKey, from], [storeKey, '\uffff'], true, true)
    .toArray();
}
