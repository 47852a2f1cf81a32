import type { StorewiseDB } from '../db/db';
import { SITES, type Site } from '../sites/hosts';
import type {
  AbilityScoreRecord,
  CustomerSegmentRecord,
  KeywordDailyRecord,
  ProductDailyRecord,
  ProductRecord,
} from '../db/records';
import type { TierData } from './tierView';

// The side panel's reads of one store's rows, for liveQuery. Each read uses an
// index of SCHEMA_V1; history is read over a window, not whole.

/** Days of daily history the tabs read: trends, restock signals and exposure charts. */
export const HISTORY_DAYS = 45;

/** The marketplace of a storeKey (`${site}:${storeId}`), or undefined for a foreign key. */
export function siteOfStoreKey(storeKey: string): Site | undefined {
  const site = storeKey.slice(0, storeKey.indexOf(':'));
  return (SITES as readonly string[]).includes(site) ? (site as Site) : undefined;
}

/** YYYY-MM-DD `days` before `now` (UTC; a day of slack either side is harmless for a window). */
export function dayBefore(now: Date, days: number): string {
  return new Date(now.getTime() - days * 86_400_000).toISOString().slice(0, 10);
}

export async function storeProducts(db: StorewiseDB, storeKey: string): Promise<ProductRecord[]> {
  return db.products.where('storeKey').equals(storeKey).toArray();
}

export async function recentProductDaily(
  db: StorewiseDB,
  storeKey: string,
  now: Date,
): Promise<ProductDailyRecord[]> {
  return db.productDaily
    .where('[storeKey+day]')
    .between([storeKey, dayBefore(now, HISTORY_DAYS)], [storeKey, '\uffff'], true, true)
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
  const newest = await db.abilityScores
    .where('[storeKey+day]')
    .between([storeKey, ''], [storeKey, '\uffff'], true, true)
    .last();
  if (!newest) return [];
  return db.abilityScores.where('[storeKey+day]').equals([storeKey, newest.day]).toArray();
}

/** Everything the Tier tab reads, history included (the tab itself reads the base first). */
export async function loadTierData(
  db: StorewiseDB,
  storeKey: string,
  now: Date,
): Promise<TierData> {
  const [base, productDaily] = await Promise.all([
    loadTierBase(db, storeKey),
    recentProductDaily(db, storeKey, now),
  ]);
  return { ...base, productDaily };
}

/** The Tier tab's rows without the daily history, so the tab can render before the big read lands. */
export async function loadTierBase(
  db: StorewiseDB,
  storeKey: string,
): Promise<Omit<TierData, 'productDaily'>> {
  const [products, abilityScores, customers, customerSegments] = await Promise.all([
    storeProducts(db, storeKey),
    latestAbilityScores(db, storeKey),
    db.customers.where('storeKey').equals(storeKey).toArray(),
    storeCustomerSegments(db, storeKey),
  ]);
  return { products, abilityScores, customers, customerSegments };
}

/** Every keyword row of the store (the newest report per product is picked by the caller). */
export async function storeKeywordRows(
  db: StorewiseDB,
  storeKey: string,
): Promise<KeywordDailyRecord[]> {
  return db.keywordDaily
    .where('[storeKey+productId]')
    .between([storeKey, ''], [storeKey, '\uffff'], true, true)
    .toArray();
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
