import type { StorewiseDB } from './db';
import {
  HISTORY_METRICS,
  type CustomerRecord,
  type HistoryDay,
  type HistoryMetric,
  type HistoryPackRecord,
  type ProductDailyRecord,
  type ProductRecord,
  type StorePackKind,
  type StorePackRecord,
} from './records';

// The store packs of schema v7 (utils/db/schema.ts): one row per store and
// kind holding what the side panel renders from. IndexedDB spends tens of
// microseconds on every record it hands back, so 2,000 listings read as 2,000
// rows cost more than the panel's whole budget; read as one row they cost one
// request. Each pack is a pure function of the raw tables, so ingestion (a few
// rows at a time) and a rebuild from the raw tables give the same pack.

type PackOf<K extends StorePackKind> = Extract<StorePackRecord, { kind: K }>;

/** One store's pack of one kind, undefined when the store has none yet. */
export async function readPack<K extends StorePackKind>(
  db: StorewiseDB,
  storeKey: string,
  kind: K,
): Promise<PackOf<K> | undefined> {
  const pack = await db.storePacks.get([storeKey, kind]);
  return pack?.kind === kind ? (pack as PackOf<K>) : undefined;
}

/** Days the history pack keeps behind the store's newest day (the tabs look back this far). */
export const COMPACT_HISTORY_DAYS = 45;

const DAY_MS = 86_400_000;

const dayNumber = (day: string) => Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS);
const dayOfNumber = (n: number) => new Date(n * DAY_MS).toISOString().slice(0, 10);
const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The oldest day the history pack keeps when the store's newest day is `newest`. */
export function historyCutoff(newest: string): string {
  return dayOfNumber(dayNumber(newest) - COMPACT_HISTORY_DAYS);
}

/**
 * `old` with `incoming` in place of the rows with the same id, ordered by id:
 * the products or customers pack after an ingest.
 */
export function mergeRows<T>(
  old: readonly T[],
  incoming: readonly T[],
  idOf: (row: T) => string,
): T[] {
  const byKey = new Map<string, T>();
  for (const r of old) byKey.set(idOf(r), r);
  for (const r of incoming) byKey.set(idOf(r), r);
  return [...byKey.keys()].sort(byId).map((k) => byKey.get(k) as T);
}

export const productIdOf = (p: ProductRecord) => p.productId;
export const buyerIdOf = (c: CustomerRecord) => c.buyerId;

/**
 * The store's history pack with `incoming` productDaily rows written in (each
 * replaces the whole cell of its product and day, as it replaces the raw row),
 * the window moved up to the newest day, and products or figures with nothing
 * left in the window dropped. `old` undefined: the pack of `incoming` alone.
 * Undefined when no day is left.
 */
export function historyPackWith(
  storeKey: string,
  old: HistoryPackRecord | undefined,
  incoming: readonly ProductDailyRecord[],
): HistoryPackRecord | undefined {
  const oldFirst = old ? dayNumber(old.firstDay) : 0;
  let newest = old ? oldFirst + old.dayCount - 1 : Number.NEGATIVE_INFINITY;
  for (const r of incoming) newest = Math.max(newest, dayNumber(r.day));
  if (!Number.isFinite(newest)) return undefined;
  const first = newest - COMPACT_HISTORY_DAYS;
  const days = COMPACT_HISTORY_DAYS + 1;

  const ids = new Set(old?.productIds);
  for (const r of incoming) ids.add(r.productId);
  const all = [...ids].sort(byId);
  const rowOf = new Map(all.map((id, i) => [id, i]));
  const size = all.length * days;
  const present = new Uint8Array(size);
  const columns = HISTORY_METRICS.map(() => new Float64Array(size).fill(Number.NaN));

  if (old) {
    const shift = oldFirst - first;
    const oldColumns = HISTORY_METRICS.map((m) => old.metrics[m]);
    old.productIds.forEach((id, i) => {
      const row = (rowOf.get(id) as number) * days;
      for (let j = Math.max(0, -shift); j < old.dayCount && j + shift < days; j++) {
        const from = i * old.dayCount + j;
        if (!old.present[from]) continue;
        const to = row + j + shift;
        present[to] = 1;
        oldColumns.forEach((col, k) => {
          if (col) (columns[k] as Float64Array)[to] = col[from] as number;
        });
      }
    });
  }
  for (const r of incoming) {
    const day = dayNumber(r.day) - first;
    if (day < 0 || day >= days) continue;
    const to = (rowOf.get(r.productId) as number) * days + day;
    present[to] = 1;
    HISTORY_METRICS.forEach((m, k) => {
      (columns[k] as Float64Array)[to] = r[m] ?? Number.NaN;
    });
  }

  // Products with no day left in the window, and figures no day has, go.
  const kept: number[] = [];
  for (let i = 0; i < all.length; i++) {
    if (present.subarray(i * days, (i + 1) * days).some((x) => x === 1)) kept.push(i);
  }
  if (kept.length === 0) return undefined;
  const compact = <A extends Uint8Array | Float64Array>(a: A, make: (n: number) => A): A => {
    if (kept.length === all.length) return a;
    const out = make(kept.length * days);
    kept.forEach((i, n) => out.set(a.subarray(i * days, (i + 1) * days), n * days));
    return out;
  };
  const metrics: Partial<Record<HistoryMetric, Float64Array>> = {};
  HISTORY_METRICS.forEach((m, k) => {
    const col = columns[k] as Float64Array;
    if (col.some((v) => !Number.isNaN(v))) metrics[m] = compact(col, (n) => new Float64Array(n));
  });
  return {
    storeKey,
    kind: 'history',
    firstDay: dayOfNumber(first),
    dayCount: days,
    productIds: kept.map((i) => all[i] as string),
    present: compact(present, (n) => new Uint8Array(n)),
    metrics,
  };
}

/** A column's cell, undefined where the column is absent or the cell is NaN. */
const cellOf = (col: Float64Array | undefined, at: number): number | undefined => {
  if (!col) return undefined;
  const v = col[at] as number;
  return v === v ? v : undefined;
};

/**
 * Each product's days of the pack from `since` on, oldest first, as objects
 * with the figures the day has: what the tabs' engines take. Every object is
 * built with every figure (undefined where the day has none), in one order,
 * so they all share one shape: tens of thousands of them are made per panel
 * open, and objects grown key by key cost several times more.
 */
export function historyDays(
  pack: HistoryPackRecord | undefined,
  since: string,
): Record<string, HistoryDay[]> {
  const out: Record<string, HistoryDay[]> = {};
  if (!pack) return out;
  const first = dayNumber(pack.firstDay);
  const from = Math.max(0, dayNumber(since) - first);
  const dayNames: string[] = [];
  for (let j = 0; j < pack.dayCount; j++) dayNames.push(dayOfNumber(first + j));
  const m = pack.metrics;
  const { dayCount, present } = pack;
  pack.productIds.forEach((id, i) => {
    const days: HistoryDay[] = [];
    for (let j = from; j < dayCount; j++) {
      const at = i * dayCount + j;
      if (!present[at]) continue;
      const day = {
        day: dayNames[j] as string,
        stock: cellOf(m.stock, at),
        exposure: cellOf(m.exposure, at),
        views: cellOf(m.views, at),
        visitors: cellOf(m.visitors, at),
        orders: cellOf(m.orders, at),
        inquiries: cellOf(m.inquiries, at),
      } satisfies Record<HistoryMetric | 'day', unknown>;
      days.push(day as HistoryDay);
    }
    if (days.length > 0) out[id] = days;
  });
  return out;
}
