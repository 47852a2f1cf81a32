import {
  watchExposure,
  type ExposureWatch,
  type TitleAnalysis,
} from '../../../utils/engines/titles';
import type {
  HistoryDay,
  KeywordDailyRecord,
  KeywordLatestRecord,
  ProductDailyRecord,
  ProductRecord,
  TitleWordRecord,
} from '../../../utils/db/records';
import type { KeywordRow } from '../../../utils/types';
import { inquiriesAsOrders } from '../outcome';
import { keywordRowOf } from '../../../utils/db/compact';

// Records of the database → inputs of the title engine (docs/ADVICE.md#titles) → the
// Keywords tab's rows, listings with the most exposure to win first. Pure.

/** One product's search terms over its latest report (the newest period or day read). */
export interface ProductTerms {
  rows: KeywordRow[];
  day: string;
  period?: { from: string; to: string };
  /** ISO instant the keyword page was read. */
  readAt: string;
}

/**
 * Each product's terms of its newest report day. Terms of older reports are
 * history: mixing periods would add up exposure of different windows.
 * Store-wide rows (productId '') are left out: they describe no one listing.
 */
export function latestTermsByProduct(
  records: readonly KeywordDailyRecord[],
): Map<string, ProductTerms> {
  const newestDay = new Map<string, string>();
  for (const r of records) {
    if (r.productId === '') continue;
    const d = newestDay.get(r.productId);
    if (d === undefined || r.day > d) newestDay.set(r.productId, r.day);
  }
  const out = new Map<string, ProductTerms>();
  for (const r of records) {
    if (r.productId === '' || newestDay.get(r.productId) !== r.day) continue;
    let entry = out.get(r.productId);
    if (!entry) {
      entry = {
        rows: [],
        day: r.day,
        readAt: r.updatedAt,
        ...(r.period ? { period: r.period } : {}),
      };
      out.set(r.productId, entry);
    }
    if (r.updatedAt > entry.readAt) entry.readAt = r.updatedAt;
    entry.rows.push(inquiriesAsOrders(keywordRowOf(r)));
  }
  return out;
}

/** The same map from the compact rows (one newest report per product). */
export function termsOfReports(reports: readonly KeywordLatestRecord[]): Map<string, ProductTerms> {
  const out = new Map<string, ProductTerms>();
  for (const r of reports) {
    out.set(r.productId, {
      rows: r.rows.map(inquiriesAsOrders),
      day: r.day,
      readAt: r.readAt,
      ...(r.period ? { period: r.period } : {}),
    });
  }
  return out;
}

export interface ListingRow {
  product: ProductRecord;
  analysis: TitleAnalysis;
  terms?: ProductTerms;
  /** Search visitors per title word (Taobao's title-word report), when read. */
  titleWords?: readonly TitleWordRecord[];
}

/** Title-word rows by item. */
export function titleWordsByProduct(
  rows: readonly TitleWordRecord[],
): Map<string, TitleWordRecord[]> {
  const out = new Map<string, TitleWordRecord[]>();
  for (const r of rows) {
    const list = out.get(r.productId) ?? [];
    list.push(r);
    out.set(r.productId, list);
  }
  return out;
}

/**
 * Higher first: exposure lost to missing words and to words past the limit,
 * then repeated words, then over-limit titles, then the lower title score.
 */
export function byOpportunity(a: ListingRow, b: ListingRow): number {
  const oa = a.analysis.opportunity;
  const ob = b.analysis.opportunity;
  return (
    ob.exposure - oa.exposure ||
    ob.duplicates - oa.duplicates ||
    Number(b.analysis.overLimit) - Number(a.analysis.overLimit) ||
    a.analysis.score - b.analysis.score ||
    // Ids are digits: code-unit order, without localeCompare's cost on every tie.
    (a.product.productId < b.product.productId
      ? -1
      : a.product.productId > b.product.productId
        ? 1
        : 0)
  );
}

/**
 * `rows` in the order the seller already sees (`order`, product ids); listings
 * not in it yet follow in their own order. The panel keeps its order until the
 * seller asks to re-sort (docs/DECISIONS.md#2026-12-03-listing-order).
 */
export function keepOrder(rows: readonly ListingRow[], order: readonly string[]): ListingRow[] {
  const rank = new Map(order.map((id, i) => [id, i]));
  const known = rows.filter((r) => rank.has(r.product.productId));
  known.sort((a, b) => rank.get(a.product.productId)! - rank.get(b.product.productId)!);
  return [...known, ...rows.filter((r) => !rank.has(r.product.productId))];
}

export interface ExposureSeries {
  days: string[];
  exposure: (number | null)[];
}

/** A product's exposure per day, oldest first; days without a figure are gaps. */
export function exposureSeries(days: readonly ProductDailyRecord[]): ExposureSeries {
  const sorted = [...days].sort((a, b) => a.day.localeCompare(b.day));
  return {
    days: sorted.map((d) => d.day),
    exposure: sorted.map((d) => d.exposure ?? null),
  };
}

export interface ExposureAlert {
  product: ProductRecord;
  watch: ExposureWatch;
}

/** Listings whose exposure fell (docs/ADVICE.md#exposure-watch), largest exposure before the fall first. */
export function exposureAlerts(
  products: readonly ProductRecord[],
  history: Readonly<Record<string, readonly HistoryDay[]>>,
): ExposureAlert[] {
  const out: ExposureAlert[] = [];
  for (const product of products) {
    const days = history[product.productId];
    if (!days || days.length < 2) continue;
    const watch = watchExposure(days);
    if (watch.triggered) out.push({ product, watch });
  }
  const lastExposure = (a: ExposureAlert) => {
    const s = a.watch.signals[0];
    return s ? (s.kind === 'consecutiveFall' ? s.from : s.priorAverage) : 0;
  };
  return out.sort((a, b) => lastExposure(b) - lastExposure(a));
}
