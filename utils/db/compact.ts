import type { Table, Transaction } from 'dexie';
import type {
  HistoryDay,
  KeywordDailyRecord,
  KeywordLatestRecord,
  ProductDailyRecord,
  ProductHistoryRecord,
  StoreSummaryRecord,
} from './records';
import type { KeywordRow } from '../types';

// The compact rows of schema v2 (utils/db/schema.ts): what the side panel
// renders from instead of a store's raw daily rows. Each is a pure function of
// the raw tables, so ingestion (one product or report at a time) and a rebuild
// from the raw tables (the v1 → v2 upgrade, a restored backup) give the same
// rows.

/** Days a compact history row keeps, counted back from the product's newest day. */
export const COMPACT_HISTORY_DAYS = 45;

const DAY_MS = 86_400_000;

/** The oldest day a row whose newest day is `newest` keeps. */
export function historyCutoff(newest: string): string {
  return new Date(Date.parse(`${newest}T00:00:00Z`) - COMPACT_HISTORY_DAYS * DAY_MS)
    .toISOString()
    .slice(0, 10);
}

export function historyDayOf(r: ProductDailyRecord): HistoryDay {
  const { storeKey: _s, productId: _p, ...day } = r;
  return day;
}

/**
 * `days` with `incoming` in place of any day it names, oldest first, without
 * the days older than the window behind the newest one.
 */
export function mergeHistory(
  days: readonly HistoryDay[],
  incoming: readonly HistoryDay[],
): HistoryDay[] {
  const byDay = new Map<string, HistoryDay>();
  for (const d of days) byDay.set(d.day, d);
  for (const d of incoming) byDay.set(d.day, d);
  const sorted = [...byDay.values()].sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0));
  const newest = sorted.at(-1);
  if (!newest) return [];
  const cutoff = historyCutoff(newest.day);
  return sorted.filter((d) => d.day >= cutoff);
}

export function keywordRowOf(r: KeywordDailyRecord): KeywordRow {
  const { storeKey: _s, day: _d, period: _p, updatedAt: _u, ...row } = r;
  return row;
}

/**
 * One product's newest keyword report from all its keywordDaily rows: the rows
 * of its newest day, by term. Undefined for store-wide rows (productId '').
 */
export function latestKeywordReport(
  records: readonly KeywordDailyRecord[],
): KeywordLatestRecord | undefined {
  let newest: string | undefined;
  for (const r of records) if (newest === undefined || r.day > newest) newest = r.day;
  const first = records[0];
  if (!first || newest === undefined || first.productId === '') return undefined;
  const ofDay = records
    .filter((r) => r.day === newest)
    .sort((a, b) => (a.term < b.term ? -1 : a.term > b.term ? 1 : 0));
  const withPeriod = ofDay.find((r) => r.period);
  return {
    storeKey: first.storeKey,
    productId: first.productId,
    day: newest,
    ...(withPeriod?.period ? { period: withPeriod.period } : {}),
    readAt: ofDay.reduce((m, r) => (r.updatedAt > m ? r.updatedAt : m), ''),
    rows: ofDay.map(keywordRowOf),
  };
}

const later = (a: string | undefined, b: string): string => (a === undefined || b > a ? b : a);

/** The store's summary with a newer product or ability day taken in. */
export function summaryWith(
  storeKey: string,
  old: StoreSummaryRecord | undefined,
  update: { productDay?: string; abilityDay?: string },
): StoreSummaryRecord {
  const out: StoreSummaryRecord = { ...(old ?? {}), storeKey };
  if (update.productDay !== undefined) out.productDay = later(old?.productDay, update.productDay);
  if (update.abilityDay !== undefined) out.abilityDay = later(old?.abilityDay, update.abilityDay);
  return out;
}

/** The tables a rebuild reads and writes, by name (a transaction's or the database's). */
type TableOf = (name: string) => Table;

const BATCH = 500;

/**
 * Makes every compact row again from the raw tables, in the caller's
 * transaction. Walks productDaily and keywordDaily in primary-key order (one
 * product's rows together), so only one product's days are held at a time.
 */
export async function rebuildDerived(table: TableOf): Promise<void> {
  const history = table('productHistory');
  const latest = table('keywordLatest');
  const summary = table('storeSummary');
  await Promise.all([history.clear(), latest.clear(), summary.clear()]);

  const summaries = new Map<string, StoreSummaryRecord>();
  const note = (storeKey: string, update: { productDay?: string; abilityDay?: string }) =>
    summaries.set(storeKey, summaryWith(storeKey, summaries.get(storeKey), update));

  // A cursor over productDaily in key order: one product's days arrive together.
  const products: ProductHistoryRecord[] = [];
  await table('productDaily').each((r: ProductDailyRecord) => {
    const last = products.at(-1);
    if (last && last.storeKey === r.storeKey && last.productId === r.productId) {
      last.days.push(historyDayOf(r));
      // Hold at most about twice the window per product while walking.
      if (last.days.length > 2 * COMPACT_HISTORY_DAYS) last.days = mergeHistory([], last.days);
    } else {
      products.push({ storeKey: r.storeKey, productId: r.productId, days: [historyDayOf(r)] });
    }
  });
  for (const p of products) {
    p.days = mergeHistory([], p.days);
    const newest = p.days.at(-1);
    if (newest) note(p.storeKey, { productDay: newest.day });
  }
  for (let i = 0; i < products.length; i += BATCH)
    await history.bulkPut(products.slice(i, i + BATCH));

  const reports: KeywordLatestRecord[] = [];
  let group: KeywordDailyRecord[] = [];
  const closeGroup = () => {
    const report = latestKeywordReport(group);
    if (report) reports.push(report);
    group = [];
  };
  await table('keywordDaily').each((r: KeywordDailyRecord) => {
    const head = group[0];
    if (head && (head.storeKey !== r.storeKey || head.productId !== r.productId)) closeGroup();
    group.push(r);
  });
  closeGroup();
  for (let i = 0; i < reports.length; i += BATCH) await latest.bulkPut(reports.slice(i, i + BATCH));

  const abilityKeys = (await table('abilityScores')
    .orderBy('[storeKey+day]')
    .uniqueKeys()) as unknown as [string, string][];
  for (const [storeKey, day] of abilityKeys) note(storeKey, { abilityDay: day });
  await summary.bulkPut([...summaries.values()]);
}

/** Dexie upgrade v1 → v2: fills the compact tables from the v1 rows. */
export async function upgradeToV2(tx: Transaction): Promise<void> {
  await rebuildDerived((name) => tx.table(name));
}
