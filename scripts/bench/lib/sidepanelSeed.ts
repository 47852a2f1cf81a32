import type {
  AbilityScoreRecord,
  CustomerRecord,
  KeywordDailyRecord,
  ProductDailyRecord,
  ProductRecord,
  StoreRecord,
} from '../../../utils/db/records';
import { StorewiseDB, ALL_TABLES, DERIVED_TABLES } from '../../../utils/db/db';
import { rebuildDerived } from '../../../utils/db/compact';
import { ingest } from '../../../utils/db/ingest';
import type { OkResultOf, ProductRow } from '../../../utils/types';

// Bundled into the extension's own side panel page by
// scripts/bench/sidepanel.bench.ts: a year of history for a 2,000-product
// AliExpress store, written with raw IndexedDB into the 'storewise' database
// the panel has just opened (key paths of SCHEMA_V1), one transaction per
// table, then the compact rows made from them by the same code as the schema
// upgrade (rebuildDerived): the bulk seed of what ingestion would have left.
// Deterministic, so every run measures the same rows.

export interface SeedCounts {
  ms: number;
  /** Milliseconds per seeding step (raw writes per table, then the derived rows). */
  phases?: Record<string, number>;
  stores: number;
  products: number;
  productDaily: number;
  keywordDaily: number;
  abilityScores: number;
  customers: number;
}

export interface SeedOptions {
  products: number;
  days: number;
  /** Products that also have keyword reports (the analysis page is opened per product). */
  keywordProducts: number;
  keywordDays: number;
  termsPerProduct: number;
  customers: number;
  /** The last day of history, YYYY-MM-DD (today in the page's clock). */
  lastDay: string;
}

declare global {
  interface Window {
    __storewiseSeedSidepanel?: (opts: SeedOptions) => Promise<SeedCounts>;
    __storewiseSeededCounts?: () => Promise<SeedCounts>;
    __storewiseBenchIngestDay?: (products: number, lastDay: string) => Promise<IngestDay>;
    __storewiseBenchUsage?: () => Promise<number>;
  }
}

export interface IngestDay {
  /** ingest() of one day's product rank page for every listing, into the seeded store. */
  ingestMs: number;
  /** The same records ingest wrote, put with raw IndexedDB in one transaction into an empty copy. */
  rawMs: number;
  /** The same records put again with raw IndexedDB into the seeded database, over what ingest wrote. */
  rawSeededMs: number;
  records: number;
}

export const BENCH_STORE_ID = '2001234';
const STORE_KEY = `aliexpress:${BENCH_STORE_ID}`;

// A seller's vocabulary: titles and search terms drawn from the same words, so
// some terms are in a title and some are not (the Keywords tab's opportunity).
const WORDS = [
  'women',
  'summer',
  'dress',
  'casual',
  'floral',
  'print',
  'beach',
  'party',
  'long',
  'sleeve',
  'cotton',
  'linen',
  'loose',
  'vintage',
  'elegant',
  'maxi',
  'mini',
  'boho',
  'v-neck',
  'plus',
  'size',
  'holiday',
  'office',
  'lady',
  'chiffon',
  'striped',
  'button',
  'pocket',
  'sundress',
  'evening',
];

const word = (n: number) => WORDS[n % WORDS.length] as string;

function dayBack(lastDay: string, back: number): string {
  return new Date(Date.parse(`${lastDay}T00:00:00Z`) - back * 86_400_000)
    .toISOString()
    .slice(0, 10);
}

const productId = (p: number) => `1005006${String(100_000_000 + p)}`;

function titleOf(p: number): string {
  // 8 to 19 words: from short titles to ones over the 128-character limit.
  const n = 8 + (p % 12);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(word(p * 31 + i * 7 + ((i * i * p) % 13)));
  return parts.join(' ');
}

/** Puts every row of `tables` in one readwrite transaction, no reads. */
function putTables(
  db: IDBDatabase,
  tables: Record<string, readonly unknown[]>,
  durability: IDBTransactionDurability = 'default',
): Promise<void> {
  const names = Object.keys(tables);
  return new Promise((resolve, reject) => {
    const tx = db.transaction(names, 'readwrite', { durability });
    for (const name of names) {
      const os = tx.objectStore(name);
      for (const row of tables[name] ?? []) if (row) os.put(row);
    }
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error ?? new Error(`writing ${names.join(', ')} failed`));
    tx.onabort = () => reject(tx.error ?? new Error(`writing ${names.join(', ')} aborted`));
  });
}

/** The seeding's bulk write of one object store (relaxed: nothing is timed). */
const putAll = (db: IDBDatabase, store: string, rows: readonly unknown[]) =>
  putTables(db, { [store]: rows }, 'relaxed');

function count(db: IDBDatabase, store: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = db.transaction(store).objectStore(store).count();
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error(`counting ${store} failed`));
  });
}

function openStorewise(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    // No version: the panel's Dexie has already created the current schema.
    const open = indexedDB.open('storewise');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error ?? new Error('cannot open storewise'));
  });
}

async function seed(o: SeedOptions): Promise<SeedCounts> {
  const started = performance.now();
  const phases: Record<string, number> = {};
  let mark = started;
  const step = (name: string) => {
    const t = performance.now();
    phases[name] = Math.round(t - mark);
    mark = t;
  };
  const db = await openStorewise();
  const now = `${o.lastDay}T12:00:00.000Z`;
  const from = (pageKind: ProductRecord['from']['pageKind']) => ({
    pageKind,
    capturedAt: now,
    source: 'dom' as const,
  });

  const store: StoreRecord = {
    id: STORE_KEY,
    site: 'aliexpress',
    storeId: BENCH_STORE_ID,
    name: 'Bench store',
    firstSeenAt: `${dayBack(o.lastDay, o.days - 1)}T12:00:00.000Z`,
    lastSeenAt: now,
  };
  await putAll(db, 'stores', [store]);

  const products: ProductRecord[] = [];
  for (let p = 0; p < o.products; p++) {
    const k = (p * 7919) % 9973;
    const views = 20 + (k % 900);
    const orders = k % 41;
    products.push({
      storeKey: STORE_KEY,
      productId: productId(p),
      title: titleOf(p),
      price: { amount: 5 + (k % 60), currency: 'USD' },
      stock: k % 7 === 0 ? 3 : 50 + (k % 400),
      exposure: views * 14,
      views,
      visitors: Math.round(views * 0.8),
      clicks: Math.round(views * 0.6),
      addToCart: k % 61,
      wishlist: k % 23,
      orders,
      buyers: orders,
      conversionRate: orders / views,
      revenue: { amount: orders * (5 + (k % 60)), currency: 'USD' },
      firstSeenAt: store.firstSeenAt,
      updatedAt: now,
      from: from('productList'),
    });
  }
  await putAll(db, 'products', products);
  step('products');

  // 730,000 rows: written a quarter of the year per transaction to bound memory.
  const quarter = Math.ceil(o.days / 4);
  for (let start = 0; start < o.days; start += quarter) {
    const rows: ProductDailyRecord[] = [];
    for (let d = start; d < Math.min(o.days, start + quarter); d++) {
      const day = dayBack(o.lastDay, d);
      for (let p = 0; p < o.products; p++) {
        const k = (p * 7919 + d * 104_729) % 9973;
        const views = 20 + (k % 900);
        const orders = k % 37;
        rows.push({
          storeKey: STORE_KEY,
          productId: productId(p),
          day,
          exposure: views * 14,
          views,
          visitors: Math.round(views * 0.8),
          clicks: Math.round(views * 0.6),
          addToCart: k % 61,
          orders,
          buyers: orders,
          conversionRate: orders / views,
          stock: 50 + (k % 400),
          updatedAt: `${day}T20:00:00.000Z`,
        });
      }
    }
    await putAll(db, 'productDaily', rows);
  }
  step('productDaily');

  const keywords: KeywordDailyRecord[] = [];
  for (let p = 0; p < o.keywordProducts; p++) {
    for (let d = 0; d < o.keywordDays; d++) {
      const day = dayBack(o.lastDay, d);
      for (let t = 0; t < o.termsPerProduct; t++) {
        const k = (p * 131 + t * 17 + d) % 997;
        keywords.push({
          storeKey: STORE_KEY,
          productId: productId(p),
          term: `${word(p + t * 3)} ${word(p * 5 + t + 11)}`,
          day,
          period: { from: day, to: day },
          exposure: 200 + k * 3,
          clicks: 5 + (k % 40),
          ctr: (5 + (k % 40)) / (200 + k * 3),
          orders: k % 5,
          searchIndex: 1000 + k * 11,
          updatedAt: `${day}T21:00:00.000Z`,
        });
      }
    }
  }
  await putAll(db, 'keywordDaily', keywords);
  step('keywordDaily');

  // The assessment page's indicators (names as the console shows them), once a day.
  const indicators: [string, string, boolean][] = [
    ['商品能力', '商品纠纷率', false],
    ['商品能力', '动销率', true],
    ['商品能力', '爆款数', true],
    ['商品能力', '在线商品数', true],
    ['流量能力', '搜索曝光', true],
    ['流量能力', '付费流量占比', true],
    ['流量能力', '活动参与数', true],
    ['转化能力', '加购收藏率', true],
    ['转化能力', '导购转化率', true],
    ['服务能力', '咨询回复率', true],
    ['服务能力', '响应时长', false],
    ['服务能力', '好评率', true],
  ];
  const ability: AbilityScoreRecord[] = [];
  for (let d = 0; d < o.days; d++) {
    const day = dayBack(o.lastDay, d);
    indicators.forEach(([dimension, indicator, higherIsBetter], i) => {
      const base = 10 + ((i * 37 + d) % 50);
      ability.push({
        storeKey: STORE_KEY,
        day,
        dimension,
        indicator,
        value: base,
        peerAverage: 30,
        peerExcellent: 55,
        higherIsBetter,
        updatedAt: `${day}T22:00:00.000Z`,
      });
    });
  }
  await putAll(db, 'abilityScores', ability);
  step('abilityScores');

  const customers: CustomerRecord[] = [];
  for (let c = 0; c < o.customers; c++) {
    const orders = 1 + (c % 9 === 0 ? 4 : c % 3);
    customers.push({
      storeKey: STORE_KEY,
      buyerId: `buyer-${c}`,
      orders,
      totalSpent: { amount: orders * (8 + (c % 70)), currency: 'USD' },
      firstOrderAt: dayBack(o.lastDay, 30 + (c % 330)),
      lastOrderAt: dayBack(o.lastDay, c % 200),
      country: ['US', 'FR', 'ES', 'BR', 'KR'][c % 5] as string,
      updatedAt: now,
    });
  }
  await putAll(db, 'customers', customers);
  step('customers');
  db.close();

  const dexie = new StorewiseDB();
  await dexie.open();
  await dexie.transaction(
    'rw',
    [...ALL_TABLES, ...DERIVED_TABLES].map((t) => dexie.table(t)),
    () => rebuildDerived((name) => dexie.table(name)),
  );
  dexie.close();
  step('derived');
  return { ...(await seededCounts()), ms: performance.now() - started, phases };
}

async function seededCounts(): Promise<SeedCounts> {
  const db = await openStorewise();
  try {
    return {
      ms: 0,
      stores: await count(db, 'stores'),
      products: await count(db, 'products'),
      productDaily: await count(db, 'productDaily'),
      keywordDaily: await count(db, 'keywordDaily'),
      abilityScores: await count(db, 'abilityScores'),
      customers: await count(db, 'customers'),
    };
  } finally {
    db.close();
  }
}

/** The product rank page of the day after the seeded history: every listing with that day's metrics. */
function rankDay(products: number, day: string): OkResultOf<'productRank'> {
  const rows: ProductRow[] = [];
  for (let p = 0; p < products; p++) {
    const k = (p * 7919 + 104_729) % 9973;
    const views = 20 + (k % 900);
    const orders = k % 37;
    rows.push({
      productId: productId(p),
      title: titleOf(p),
      exposure: views * 14,
      views,
      visitors: Math.round(views * 0.8),
      addToCart: k % 61,
      orders,
      buyers: orders,
      conversionRate: orders / views,
      revenue: { amount: orders * 12.5, currency: 'USD' },
    });
  }
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind: 'productRank',
    url: `https://gsp.aliexpress.com/m_apps/data-analysis/product-rank?channelId=${BENCH_STORE_ID}`,
    storeId: BENCH_STORE_ID,
    capturedAt: `${day}T20:00:00.000Z`,
    source: 'json',
    period: { from: day, to: day },
    rows,
  };
}

/** Milliseconds to put every row of `tables` in one readwrite transaction, no reads. */
async function timedPut(db: IDBDatabase, tables: Record<string, readonly unknown[]>) {
  const t0 = performance.now();
  await putTables(db, tables);
  return performance.now() - t0;
}

async function ingestDay(products: number, lastDay: string): Promise<IngestDay> {
  const day = dayBack(lastDay, -1);
  const result = rankDay(products, day);
  const db = new StorewiseDB();
  await db.open();
  const t0 = performance.now();
  const outcome = await ingest(db, result, new Date(result.capturedAt));
  const ingestMs = performance.now() - t0;
  if (outcome.status !== 'stored') throw new Error(`the day was not stored: ${outcome.status}`);
  // Exactly the records that ingest wrote, read back (untimed)…
  const written = {
    snapshots: [await db.snapshots.get(outcome.hash)],
    stores: [await db.stores.get(STORE_KEY)],
    products: await db.products.where('storeKey').equals(STORE_KEY).toArray(),
    productDaily: await db.productDaily.where('[storeKey+day]').equals([STORE_KEY, day]).toArray(),
    storePacks: (
      await db.storePacks.bulkGet([
        [STORE_KEY, 'products'],
        [STORE_KEY, 'history'],
      ])
    ).filter((p) => p !== undefined),
    storeSummary: [await db.storeSummary.get(STORE_KEY)],
  };
  db.close();
  // …written by a writer that knew them in advance: one transaction, no reads.
  const raw = new StorewiseDB('storewise-bench-raw');
  await raw.open();
  raw.close();
  const idb = await new Promise<IDBDatabase>((ok, fail) => {
    const open = indexedDB.open('storewise-bench-raw');
    open.onsuccess = () => ok(open.result);
    open.onerror = () => fail(open.error ?? new Error('cannot open the raw database'));
  });
  const rawMs = await timedPut(idb, written);
  idb.close();
  // …and once more into the seeded database itself, over the rows ingest wrote:
  // the same writes, on a database that holds the store's history.
  const seeded = await openStorewise();
  const rawSeededMs = await timedPut(seeded, written);
  seeded.close();
  const records = Object.values(written).reduce((n, rows) => n + rows.length, 0);
  return { ingestMs, rawMs, rawSeededMs, records };
}

window.__storewiseSeedSidepanel = seed;
window.__storewiseBenchIngestDay = ingestDay;
window.__storewiseBenchUsage = async () => (await navigator.storage.estimate()).usage ?? 0;
window.__storewiseSeededCounts = seededCounts;
