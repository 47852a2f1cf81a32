import type { IndexableType, Table, Transaction } from 'dexie';
import type {
  CustomerRecord,
  KeywordDailyRecord,
  KeywordLatestRecord,
  ProductDailyRecord,
  ProductRecord,
  StoreSummaryRecord,
} from './records';
import type { KeywordRow } from '../types';
import { historyCutoff, historyPackWith } from './packs';

// The derived rows (utils/db/schema.ts): the store packs of v7
// (utils/db/packs.ts) and the per-product keyword reports and per-store
// summaries of v2, what the side panel renders from instead of a store's raw
// daily rows. Each is a pure function of the raw tables, so ingestion (one
// read at a time) and a rebuild from the raw tables (the v7 upgrade, a
// restored backup) give the same rows.

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

function byStore<T extends { storeKey: string }>(rows: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.storeKey);
    if (list) list.push(r);
    else out.set(r.storeKey, [r]);
  }
  return out;
}

/** The tables a rebuild reads and writes, by name (a transaction's or the database's). */
type TableOf = (name: string) => Table;

const BATCH = 500;

/**
 * Makes every derived row again from the raw tables, in the caller's
 * transaction: the store packs, each product's newest keyword report and the
 * store summaries.
 */
export async function rebuildDerived(table: TableOf): Promise<void> {
  const packs = table('storePacks');
  const latest = table('keywordLatest');
  const summary = table('storeSummary');
  await Promise.all([packs.clear(), latest.clear(), summary.clear()]);

  const summaries = new Map<string, StoreSummaryRecord>();
  const note = (storeKey: string, update: { productDay?: string; abilityDay?: string }) =>
    summaries.set(storeKey, summaryWith(storeKey, summaries.get(storeKey), update));

  // Products and customers: their primary keys start with the store, so the
  // table in key order is one store's rows after another, ordered by id.
  const products: ProductRecord[] = await table('products').toArray();
  for (const [storeKey, rows] of byStore(products))
    await packs.put({ storeKey, kind: 'products', rows });
  const customers: CustomerRecord[] = await table('customers').toArray();
  for (const [storeKey, rows] of byStore(customers))
    await packs.put({ storeKey, kind: 'customers', rows });

  // History: each store's days within the window behind its newest day.
  const storeDays = (await table('productDaily')
    .orderBy('[storeKey+day]')
    .uniqueKeys()) as unknown as [string, string][];
  const newestDay = new Map<string, string>();
  for (const [storeKey, day] of storeDays) newestDay.set(storeKey, day);
  for (const [storeKey, newest] of newestDay) {
    const days: ProductDailyRecord[] = await table('productDaily')
      .where('[storeKey+day]')
      .between([storeKey, historyCutoff(newest)], [storeKey, newest], true, true)
      .toArray();
    const pack = historyPackWith(storeKey, undefined, days);
    if (pack) await packs.put(pack);
    note(storeKey, { productDay: newest });
  }

  const reports: KeywordLatestRecord[] = [];
  let group: KeywordDailyRecord[] = [];
  const closeGroup = () => {
    const report = latestKeywordReport(group);
    if (report) reports.push(report);
    group = [];
  };
  // In primary-key order (one product's rows together), a page of rows per
  // request: a cursor step per row costs a round trip each.
  await inPages(table('keywordDaily'), (rows: KeywordDailyRecord[]) => {
    for (const r of rows) {
      const head = group[0];
      if (head && (head.storeKey !== r.storeKey || head.productId !== r.productId)) closeGroup();
      group.push(r);
    }
  });
  closeGroup();
  for (let i = 0; i < reports.length; i += BATCH) await latest.bulkPut(reports.slice(i, i + BATCH));

  const abilityKeys = (await table('abilityScores')
    .orderBy('[storeKey+day]')
    .uniqueKeys()) as unknown as [string, string][];
  for (const [storeKey, day] of abilityKeys) note(storeKey, { abilityDay: day });
  await summary.bulkPut([...summaries.values()]);
}

const PAGE = 5000;

/** Hands over the table's rows in primary-key order, PAGE rows at a time. */
async function inPages<T>(t: Table, take: (rows: T[]) => void): Promise<void> {
  let rows: T[] = await t.orderBy(':id').limit(PAGE).toArray();
  while (rows.length > 0) {
    take(rows);
    if (rows.length < PAGE) return;
    const path = t.schema.primKey.keyPath ?? [];
    const last = rows.at(-1) as Record<string, IndexableType>;
    const key = Array.isArray(path) ? path.map((k) => last[k] as IndexableType) : last[path];
    rows = await t
      .where(':id')
      .above(key as IndexableType)
      .limit(PAGE)
      .toArray();
  }
}

/** Dexie upgrade to v7: the store packs replace v2's per-product history rows. */
export async function upgradeToV7(tx: Transaction): Promise<void> {
  await rebuildDerived((name) => tx.table(name));
}
