import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { contentHash, ingest, snapshotDay, storeKeyOf } from '@/utils/db/ingest';
import type { OkResultOf } from '@/utils/types';
import { CAPTURED_AT, freshDb, product, productList, tableCounts } from './testDb';

const STORE = 'aliexpress:2001234';

describe('ingest', () => {
  let db: StorewiseDB;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('stores the snapshot, the store, the latest products and one daily row per product', async () => {
    const result = productList([product('p1'), product('p2', { orders: 9 })]);
    const outcome = await ingest(db, result, new Date(CAPTURED_AT));

    expect(outcome).toEqual({
      status: 'stored',
      storeKey: STORE,
      hash: await contentHash(result),
      rowCount: 2,
    });
    const counts = await tableCounts(db);
    expect(counts).toMatchObject({ snapshots: 1, stores: 1, products: 2, productDaily: 2 });
    expect(await db.stores.get(STORE)).toMatchObject({
      site: 'aliexpress',
      storeId: '2001234',
      timeZone: 'America/Los_Angeles',
    });
    expect(await db.products.get([STORE, 'p2'])).toMatchObject({ orders: 9, stock: 40 });
    // 10:00 UTC on Nov 20 is still Nov 20 in Los Angeles (the platform's clock, docs/ADVICE.md#promo-phases).
    expect(await db.productDaily.get([STORE, 'p1', '2026-11-20'])).toMatchObject({ orders: 3 });
  });

  it('ingesting the same snapshot twice leaves one snapshot and unchanged rows', async () => {
    const result = productList([product('p1'), product('p2')]);
    await ingest(db, result, new Date(CAPTURED_AT));
    const before = {
      snapshots: await db.snapshots.toArray(),
      products: await db.products.toArray(),
      daily: await db.productDaily.toArray(),
      stores: await db.stores.toArray(),
    };

    // Same content, read again an hour later from the other console host.
    const again = {
      ...result,
      capturedAt: '2026-11-20T11:00:00.000Z',
      url: 'https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
    };
    const outcome = await ingest(db, again, new Date('2026-11-20T11:00:00.000Z'));

    expect(outcome.status).toBe('duplicate');
    expect(await db.snapshots.toArray()).toEqual(before.snapshots);
    expect(await db.products.toArray()).toEqual(before.products);
    expect(await db.productDaily.toArray()).toEqual(before.daily);
    expect(await db.stores.toArray()).toEqual(before.stores);
  });

  it('is all-or-nothing: a failing derived write leaves nothing of that snapshot and keeps earlier data', async () => {
    const first = productList([product('p1', { stock: 40 })]);
    await ingest(db, first, new Date(CAPTURED_AT));
    const before = {
      snapshots: await db.snapshots.toArray(),
      products: await db.products.toArray(),
      daily: await db.productDaily.toArray(),
      stores: await db.stores.toArray(),
    };

    // The second snapshot's last write (the daily metrics) fails after the
    // snapshot, the store and the products were already written in the transaction.
    vi.spyOn(db.productDaily, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    const second = productList([product('p1', { stock: 5 }), product('p9')], {
      capturedAt: '2026-11-21T10:00:00.000Z',
    });
    await expect(ingest(db, second, new Date('2026-11-21T10:00:00.000Z'))).rejects.toThrow(
      'disk full',
    );

    expect(await db.snapshots.get(await contentHash(second))).toBeUndefined();
    expect(await db.snapshots.toArray()).toEqual(before.snapshots);
    expect(await db.products.toArray()).toEqual(before.products);
    expect(await db.products.get([STORE, 'p9'])).toBeUndefined();
    expect(await db.productDaily.toArray()).toEqual(before.daily);
    expect(await db.stores.toArray()).toEqual(before.stores);

    // And the failure did not poison the next attempt.
    expect((await ingest(db, second, new Date('2026-11-21T10:00:00.000Z'))).status).toBe('stored');
    expect(await db.products.get([STORE, 'p1'])).toMatchObject({ stock: 5 });
  });

  it('a snapshot of another store never touches this store’s rows', async () => {
    await ingest(db, productList([product('p1', { stock: 40, title: 'Mine' })]));
    const mine = await db.products.where('storeKey').equals(STORE).toArray();
    const myDaily = await db.productDaily.toArray();

    const other = productList([product('p1', { stock: 1, title: 'Theirs' }), product('p2')], {
      storeId: '9990001',
      url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=9990001',
    });
    await ingest(db, other);

    expect(await db.products.where('storeKey').equals(STORE).toArray()).toEqual(mine);
    expect(await db.productDaily.where('storeKey').equals(STORE).toArray()).toEqual(myDaily);
    expect(await db.products.get(['aliexpress:9990001', 'p1'])).toMatchObject({
      stock: 1,
      title: 'Theirs',
    });
    expect((await db.stores.toArray()).map((s) => s.id).sort()).toEqual([
      'aliexpress:2001234',
      'aliexpress:9990001',
    ]);
  });

  it('the same product id on another marketplace is another store', async () => {
    const taobao: OkResultOf<'productList'> = {
      ...productList([product('p1')]),
      site: 'taobao',
      storeId: '2001234',
      url: 'https://myseller.taobao.com/home.htm/SellManage/all',
    };
    await ingest(db, productList([product('p1')]));
    await ingest(db, taobao);
    expect(await db.products.count()).toBe(2);
    expect(storeKeyOf(taobao)).toBe('taobao:2001234');
  });

  it('product merge keeps fields a later page lacks (a rank page has no stock)', async () => {
    await ingest(db, productList([product('p1', { stock: 40, orders: 3 })]));
    const rank: OkResultOf<'productRank'> = {
      status: 'ok',
      site: 'aliexpress',
      pageKind: 'productRank',
      storeId: '2001234',
      url: 'https://csp.aliexpress.com/m_apps/datacenter/product-rank',
      capturedAt: '2026-11-20T12:00:00.000Z',
      source: 'json',
      rows: [{ productId: 'p1', title: '', views: 500, orders: 7 }],
    };
    await ingest(db, rank);

    const merged = await db.products.get([STORE, 'p1']);
    expect(merged).toMatchObject({
      title: 'Product p1', // an empty title does not erase a known one
      stock: 40,
      price: { amount: 12.5, currency: 'USD' },
      views: 500,
      orders: 7,
      updatedAt: '2026-11-20T12:00:00.000Z',
      from: { pageKind: 'productRank', source: 'json' },
    });
  });

  it('an older capture arriving late does not overwrite newer product values', async () => {
    await ingest(
      db,
      productList([product('p1', { stock: 5 })], { capturedAt: '2026-11-20T12:00:00.000Z' }),
    );
    await ingest(
      db,
      productList([product('p1', { stock: 40, views: 10 })], {
        capturedAt: '2026-11-20T08:00:00.000Z',
      }),
    );
    expect(await db.products.get([STORE, 'p1'])).toMatchObject({ stock: 5, views: 10 });
  });

  it('the day of a snapshot is the report period’s end, else the capture day on the platform clock', () => {
    // 03:00 UTC on Nov 21 is still Nov 20 in Los Angeles, already Nov 21 in Shanghai.
    const at = '2026-11-21T03:00:00.000Z';
    expect(snapshotDay(productList([], { capturedAt: at }))).toBe('2026-11-20');
    expect(snapshotDay({ ...productList([], { capturedAt: at }), site: 'taobao' })).toBe(
      '2026-11-21',
    );
    expect(
      snapshotDay(
        productList([], { capturedAt: at, period: { from: '2026-11-01', to: '2026-11-07' } }),
      ),
    ).toBe('2026-11-07');
  });

  it('files daily rows under the day on the store’s own time zone once the seller sets one', async () => {
    // 03:00 UTC on Nov 21: Nov 20 on the platform clock (Los Angeles), Nov 21 in Shanghai.
    const at = '2026-11-21T03:00:00.000Z';
    await ingest(db, productList([product('p1')], { capturedAt: at }), new Date(at));
    expect((await db.productDaily.toArray()).map((r) => r.day)).toEqual(['2026-11-20']);
    expect((await db.stores.get(STORE))?.timeZone).toBe('America/Los_Angeles');

    await db.stores.update(STORE, { timeZone: 'Asia/Shanghai' });
    const later = '2026-11-22T03:00:00.000Z';
    await ingest(
      db,
      productList([product('p1', { stock: 3 })], { capturedAt: later }),
      new Date(later),
    );
    expect((await db.productDaily.toArray()).map((r) => r.day).sort()).toEqual([
      '2026-11-20',
      '2026-11-22',
    ]);
  });
});
