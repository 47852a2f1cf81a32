import { StorewiseDB } from '../../../../utils/db/db';
import { ingest, storeKeyOf } from '../../../../utils/db/ingest';
import type { OkResultOf, ProductRow } from '../../../../utils/types';

// Bundled into a blank Chromium page by scripts/bench/storage.bench.ts: a year
// of daily product metrics for a 2,000-product store, written (a) through
// ingest(), one productRank snapshot per day, as the extension stores them, and
// (b) as the same records with raw IndexedDB in one transaction: the limit.

export interface StorageRun {
  ms: number;
  snapshots: number;
  products: number;
  productDaily: number;
}

declare global {
  interface Window {
    __storewiseBenchIngest?: (name: string, products: number, days: number) => Promise<StorageRun>;
    __storewiseBenchRaw?: (name: string, products: number, days: number) => Promise<StorageRun>;
  }
}

const STORE_ID = '2001234';
const FIRST_DAY = Date.UTC(2025, 10, 25);

function dayOf(d: number): string {
  return new Date(FIRST_DAY + d * 86_400_000).toISOString().slice(0, 10);
}

/** Day `d` of the product rank page: every product with that day's metrics. Cheap and deterministic. */
function rankDay(products: number, d: number): OkResultOf<'productRank'> {
  const day = dayOf(d);
  const rows: ProductRow[] = [];
  for (let p = 0; p < products; p++) {
    const k = (p * 7919 + d * 104_729) % 9973;
    const views = 50 + (k % 900);
    const orders = k % 37;
    rows.push({
      productId: `10050${String(6_000_000_000 + p).padStart(11, '0')}`,
      title: `Product ${p} summer casual dress`,
      exposure: views * 12,
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
    url: `https://gsp.aliexpress.com/m_apps/data-analysis/product-rank?channelId=${STORE_ID}`,
    storeId: STORE_ID,
    capturedAt: `${day}T20:00:00.000Z`,
    source: 'json',
    period: { from: day, to: day },
    rows,
  };
}

async function counts(name: string): Promise<Omit<StorageRun, 'ms'>> {
  const db = new StorewiseDB(name);
  try {
    return {
      snapshots: await db.snapshots.count(),
      products: await db.products.count(),
      productDaily: await db.productDaily.count(),
    };
  } finally {
    db.close();
  }
}

window.__storewiseBenchIngest = async (name, products, days) => {
  const db = new StorewiseDB(name);
  await db.open();
  let ms = 0;
  for (let d = 0; d < days; d++) {
    const result = rankDay(products, d);
    const t0 = performance.now();
    const outcome = await ingest(db, result, new Date(result.capturedAt));
    ms += performance.now() - t0;
    if (outcome.status !== 'stored') throw new Error(`day ${d} was not stored: ${outcome.status}`);
  }
  db.close();
  return { ms, ...(await counts(name)) };
};

const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((ok, fail) => {
    req.onsuccess = () => ok(req.result);
    req.onerror = () => fail(req.error ?? new Error('IndexedDB request failed'));
  });

window.__storewiseBenchRaw = async (name, products, days) => {
  // The same schema (Dexie creates the stores and indexes), then raw IndexedDB.
  const schema = new StorewiseDB(name);
  await schema.open();
  schema.close();
  const idb = await request(indexedDB.open(name));
  const stores = ['stores', 'snapshots', 'products', 'productDaily'];
  let ms = 0;
  const t0 = performance.now();
  await new Promise<void>((ok, fail) => {
    const tx = idb.transaction(stores, 'readwrite');
    tx.oncomplete = () => ok();
    tx.onerror = () => fail(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => fail(tx.error ?? new Error('transaction aborted'));
    const snapshots = tx.objectStore('snapshots');
    const daily = tx.objectStore('productDaily');
    const latest = tx.objectStore('products');
    const store = tx.objectStore('stores');
    // Every record ingest() writes for a capture: the snapshot, the store, each
    // product's latest state and its day, but no reads, no hashing, no per-day
    // transaction. What a writer that knew the answer in advance would do.
    for (let d = 0; d < days; d++) {
      const result = rankDay(products, d);
      const storeKey = storeKeyOf(result);
      const day = result.period?.to ?? '';
      const from = {
        pageKind: result.pageKind,
        capturedAt: result.capturedAt,
        source: result.source,
      };
      snapshots.put({
        hash: `raw-${day}`,
        storeKey,
        site: result.site,
        pageKind: result.pageKind,
        capturedAt: result.capturedAt,
        rowCount: result.rows.length,
        result,
      });
      store.put({
        id: storeKey,
        site: result.site,
        storeId: STORE_ID,
        firstSeenAt: dayOf(0),
        lastSeenAt: result.capturedAt,
      });
      for (const row of result.rows) {
        const { productId, title, ...metrics } = row;
        latest.put({
          storeKey,
          productId,
          title,
          ...metrics,
          firstSeenAt: dayOf(0),
          updatedAt: result.capturedAt,
          from,
        });
        daily.put({ storeKey, productId, day, ...metrics, updatedAt: result.capturedAt });
      }
    }
  });
  ms = performance.now() - t0;
  idb.close();
  return { ms, ...(await counts(name)) };
};
