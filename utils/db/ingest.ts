import type { StorewiseDB } from './db';
import type {
  AbilityScoreRecord,
  TitleWordRecord,
  CampaignRecord,
  CustomerRecord,
  CustomerSegmentRecord,
  KeywordDailyRecord,
  PenaltyRecord,
  ProductDailyRecord,
  ProductRecord,
  Provenance,
  SnapshotRecord,
  StoreKeywordDailyRecord,
  StoreMetricRecord,
  VisitorRecord,
} from './records';
import type { OkResult, OkResultOf } from '../types';
import { canonicalHash } from './canonical';
import { dayIn, PLATFORM_TIME_ZONE } from '../sites/timeZones';

export { dayIn };
import { PRODUCT_METRICS } from '../types';
import { latestKeywordReport, summaryWith } from './compact';
import { buyerIdOf, historyPackWith, mergeRows, productIdOf, readPack } from './packs';

// Ingestion of one ReadResult: the raw snapshot plus every derived row, in one
// transaction: all or nothing. The same snapshot twice changes nothing (content
// hash). Every derived row carries the snapshot's storeKey, so a snapshot of
// another store never touches this store's rows.

import { DEFAULT_STORE_ID, storeKeyOf } from './storeKey';

export { DEFAULT_STORE_ID, storeKeyOf };

/**
 * The day a snapshot describes: the report period's last day, else the capture
 * day on the store's clock (the time zone set for it in Options, by default the
 * platform's).
 */
export function snapshotDay(
  result: OkResult,
  timeZone: string = PLATFORM_TIME_ZONE[result.site],
): string {
  const to = result.period?.to;
  if (to && /^\d{4}-\d{2}-\d{2}/.test(to)) return to.slice(0, 10);
  return dayIn(new Date(result.capturedAt), timeZone);
}

/** SHA-256 of what the snapshot says (not when or where it was captured). */
export async function contentHash(result: OkResult): Promise<string> {
  const { site, pageKind, storeId, period, rows } = result;
  return canonicalHash({ site, pageKind, storeId, period, rows });
}

export interface IngestOutcome {
  status: 'stored' | 'duplicate';
  storeKey: string;
  hash: string;
  rowCount: number;
}

export async function ingest(
  db: StorewiseDB,
  result: OkResult,
  now: Date = new Date(),
): Promise<IngestOutcome> {
  const hash = await contentHash(result);
  const storeKey = storeKeyOf(result);
  const nowIso = now.toISOString();
  const outcome = (status: IngestOutcome['status']): IngestOutcome => ({
    status,
    storeKey,
    hash,
    rowCount: result.rows.length,
  });

  return db.transaction(
    'rw',
    [
      db.stores,
      db.snapshots,
      db.products,
      db.productDaily,
      db.keywordDaily,
      db.abilityScores,
      db.customers,
      db.customerSegments,
      db.campaigns,
      db.storeMetrics,
      db.storeKeywordDaily,
      db.penalties,
      db.visitors,
      db.storePacks,
      db.keywordLatest,
      db.storeSummary,
      db.titleWords,
    ],
    async () => {
      if (await db.snapshots.get(hash)) return outcome('duplicate');
      const snapshot: SnapshotRecord = {
        hash,
        storeKey,
        site: result.site,
        pageKind: result.pageKind,
        capturedAt: result.capturedAt,
        rowCount: result.rows.length,
        result,
      };
      await db.snapshots.add(snapshot);
      const zone = await upsertStore(db, result, storeKey, nowIso);
      await derive(db, result, storeKey, nowIso, zone);
      return outcome('stored');
    },
  );
}

async function upsertStore(
  db: StorewiseDB,
  result: OkResult,
  storeKey: string,
  nowIso: string,
): Promise<string> {
  const existing = await db.stores.get(storeKey);
  if (existing) {
    await db.stores.update(storeKey, { lastSeenAt: nowIso });
    return existing.timeZone || PLATFORM_TIME_ZONE[result.site];
  }
  await db.stores.add({
    id: storeKey,
    site: result.site,
    storeId: result.storeId ?? DEFAULT_STORE_ID,
    timeZone: PLATFORM_TIME_ZONE[result.site],
    firstSeenAt: nowIso,
    lastSeenAt: nowIso,
  });
  return PLATFORM_TIME_ZONE[result.site];
}

async function derive(
  db: StorewiseDB,
  result: OkResult,
  storeKey: string,
  nowIso: string,
  zone: string,
): Promise<void> {
  switch (result.pageKind) {
    case 'productList':
    case 'productRank':
      return deriveProducts(db, result, storeKey, nowIso, zone);
    case 'productKeywords':
      return deriveKeywords(db, result, storeKey, nowIso, zone);
    case 'abilityModel':
      return deriveAbility(db, result, storeKey, nowIso, zone);
    case 'customers':
      return deriveCustomers(db, result, storeKey, nowIso);
    case 'campaigns':
      return deriveCampaigns(db, result, storeKey, nowIso);
    case 'storeOverview':
      return deriveStoreMetrics(db, result, storeKey, nowIso);
    case 'storeKeywords':
      return deriveStoreKeywords(db, result, storeKey, nowIso);
    case 'penalties':
      return derivePenalties(db, result, storeKey, nowIso);
    case 'visitors':
      return deriveVisitors(db, result, storeKey, nowIso);
    case 'customerSegments':
      return deriveCustomerSegments(db, result, storeKey, nowIso);
    case 'titleWords':
      return deriveTitleWords(db, result, storeKey, nowIso);
    // Buyer-side pages never reach the seller's store tables (utils/market/).
    case 'searchResults':
    case 'listing':
      return;
  }
}

/** The newest title-word report of each item replaces the one before (words come and go with the title). */
async function deriveTitleWords(
  db: StorewiseDB,
  result: OkResultOf<'titleWords'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const byItem = new Map<string, TitleWordRecord[]>();
  for (const r of result.rows) {
    if (!r.productId) continue;
    const rows = byItem.get(r.productId) ?? [];
    rows.push({
      ...r,
      storeKey,
      productId: r.productId,
      ...(result.period ? { period: result.period } : {}),
      updatedAt: nowIso,
    });
    byItem.set(r.productId, rows);
  }
  for (const [productId, rows] of byItem) {
    await db.titleWords.where('[storeKey+productId]').equals([storeKey, productId]).delete();
    await db.titleWords.bulkPut(rows);
  }
}

function definedOf<T extends object>(row: T, keys: readonly (keyof T)[]): Partial<T> {
  const out: Partial<T> = {};
  for (const k of keys) if (row[k] !== undefined) out[k] = row[k];
  return out;
}

async function deriveProducts(
  db: StorewiseDB,
  result: OkResultOf<'productList'> | OkResultOf<'productRank'>,
  storeKey: string,
  nowIso: string,
  zone: string,
): Promise<void> {
  const from: Provenance = {
    pageKind: result.pageKind,
    capturedAt: result.capturedAt,
    source: result.source,
  };
  const day = snapshotDay(result, zone);
  // The latest product state: a newer capture's fields win, fields it lacks
  // (a rank page has no stock) keep their earlier values. The store's pack
  // holds every product already: one read.
  const stored = await storeProductRows(db, storeKey);
  const existing = new Map(stored.map((p) => [p.productId, p]));
  // The store's rows of that day in one range read: on a new day it is one
  // empty request instead of a get per product (the bulk of the reads).
  const dayRows = await db.productDaily.where('[storeKey+day]').equals([storeKey, day]).toArray();
  const byProduct = new Map(dayRows.map((r) => [r.productId, r]));
  const products: ProductRecord[] = [];
  const daily: ProductDailyRecord[] = [];
  result.rows.forEach((row) => {
    const old = existing.get(row.productId);
    const newer = !old || old.updatedAt <= result.capturedAt;
    const base: ProductRecord = old ?? {
      storeKey,
      productId: row.productId,
      title: row.title,
      firstSeenAt: nowIso,
      updatedAt: result.capturedAt,
      from,
    };
    products.push(
      newer
        ? {
            ...base,
            ...definedOf(row, PRODUCT_METRICS),
            title: row.title || base.title,
            updatedAt: result.capturedAt,
            from,
          }
        : { ...definedOf(row, PRODUCT_METRICS), ...base },
    );
    const oldDay = byProduct.get(row.productId);
    daily.push({
      ...(oldDay ?? { storeKey, productId: row.productId, day }),
      ...definedOf(row, PRODUCT_METRICS),
      updatedAt: nowIso,
    });
  });
  await db.products.bulkPut(products);
  await db.productDaily.bulkPut(daily);
  // The packs the side panel renders from, in the same transaction.
  await db.storePacks.put({
    storeKey,
    kind: 'products',
    rows: mergeRows(stored, products, productIdOf),
  });
  const history = historyPackWith(storeKey, await readPack(db, storeKey, 'history'), daily);
  if (history) await db.storePacks.put(history);
  await putSummary(db, storeKey, { productDay: day });
}

async function putSummary(
  db: StorewiseDB,
  storeKey: string,
  update: { productDay?: string; abilityDay?: string },
): Promise<void> {
  await db.storeSummary.put(summaryWith(storeKey, await db.storeSummary.get(storeKey), update));
}

/** Every product of the store, from its pack (the products table when there is none yet). */
async function storeProductRows(db: StorewiseDB, storeKey: string): Promise<ProductRecord[]> {
  const pack = await readPack(db, storeKey, 'products');
  return pack ? pack.rows : db.products.where('storeKey').equals(storeKey).toArray();
}

/** Every customer of the store, from its pack (the customers table when there is none yet). */
async function storeCustomerRows(db: StorewiseDB, storeKey: string): Promise<CustomerRecord[]> {
  const pack = await readPack(db, storeKey, 'customers');
  return pack ? pack.rows : db.customers.where('storeKey').equals(storeKey).toArray();
}

async function deriveKeywords(
  db: StorewiseDB,
  result: OkResultOf<'productKeywords'>,
  storeKey: string,
  nowIso: string,
  zone: string,
): Promise<void> {
  const day = snapshotDay(result, zone);
  const productFromUrl =
    new URL(result.url).searchParams.get('productId') ??
    new URL(result.url).searchParams.get('itemId') ??
    '';
  const rows: KeywordDailyRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    productId: r.productId ?? productFromUrl,
    day,
    ...(result.period ? { period: result.period } : {}),
    updatedAt: nowIso,
  }));
  await db.keywordDaily.bulkPut(rows);
  // Each product's newest report, made from all its stored report rows so a
  // late older report cannot replace a newer one.
  const ids = [...new Set(rows.map((r) => r.productId))].filter((id) => id !== '');
  const reports = await Promise.all(
    ids.map(async (id) =>
      latestKeywordReport(
        await db.keywordDaily.where('[storeKey+productId]').equals([storeKey, id]).toArray(),
      ),
    ),
  );
  await db.keywordLatest.bulkPut(reports.filter((r) => r !== undefined));
}

async function deriveAbility(
  db: StorewiseDB,
  result: OkResultOf<'abilityModel'>,
  storeKey: string,
  nowIso: string,
  zone: string,
): Promise<void> {
  const day = snapshotDay(result, zone);
  const rows: AbilityScoreRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    day,
    updatedAt: nowIso,
  }));
  await db.abilityScores.bulkPut(rows);
  await putSummary(db, storeKey, { abilityDay: day });
}

async function deriveCustomers(
  db: StorewiseDB,
  result: OkResultOf<'customers'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const rows: CustomerRecord[] = result.rows.map((r) => ({ ...r, storeKey, updatedAt: nowIso }));
  const stored = await storeCustomerRows(db, storeKey);
  await db.customers.bulkPut(rows);
  await db.storePacks.put({
    storeKey,
    kind: 'customers',
    rows: mergeRows(stored, rows, buyerIdOf),
  });
}

async function deriveCampaigns(
  db: StorewiseDB,
  result: OkResultOf<'campaigns'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const rows: CampaignRecord[] = result.rows.map((r) => ({
    ...r,
    id: `${storeKey}:${r.campaignId ?? r.name}`,
    storeKey,
    origin: 'console',
    updatedAt: nowIso,
  }));
  await db.campaigns.bulkPut(rows);
}

/** A day a row names itself (trend points, visit days), else the snapshot's day. */
const dayOr = (day: string | undefined, fallback: string) =>
  day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : fallback;

async function deriveStoreMetrics(
  db: StorewiseDB,
  result: OkResultOf<'storeOverview'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const day = snapshotDay(result);
  const rows: StoreMetricRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    day: dayOr(r.day, day),
    updatedAt: nowIso,
  }));
  await db.storeMetrics.bulkPut(rows);
}

async function deriveStoreKeywords(
  db: StorewiseDB,
  result: OkResultOf<'storeKeywords'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const day = snapshotDay(result);
  const rows: StoreKeywordDailyRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    day,
    ...(result.period ? { period: result.period } : {}),
    updatedAt: nowIso,
  }));
  await db.storeKeywordDaily.bulkPut(rows);
}

async function derivePenalties(
  db: StorewiseDB,
  result: OkResultOf<'penalties'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const known = await db.penalties
    .bulkGet(result.rows.map((r) => [storeKey, r.punishId] as [string, string]))
    .then((got) => new Map(got.flatMap((p) => (p ? [[p.punishId, p] as const] : []))));
  const rows: PenaltyRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    firstSeenAt: known.get(r.punishId)?.firstSeenAt ?? nowIso,
    updatedAt: nowIso,
  }));
  await db.penalties.bulkPut(rows);
}

async function deriveVisitors(
  db: StorewiseDB,
  result: OkResultOf<'visitors'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const day = snapshotDay(result);
  const rows: VisitorRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    day: dayOr(r.day, day),
    updatedAt: nowIso,
  }));
  await db.visitors.bulkPut(rows);
}

async function deriveCustomerSegments(
  db: StorewiseDB,
  result: OkResultOf<'customerSegments'>,
  storeKey: string,
  nowIso: string,
): Promise<void> {
  const day = snapshotDay(result);
  const rows: CustomerSegmentRecord[] = result.rows.map((r) => ({
    ...r,
    storeKey,
    day,
    updatedAt: nowIso,
  }));
  await db.customerSegments.bulkPut(rows);
}
