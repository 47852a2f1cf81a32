import { StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import type { OkResult } from '@/utils/types';

// A small database with a row in every table, built through the real
// ingestion path (as a seller's browser would have it) plus the rows the UI
// writes itself (checklist ticks, settings).

let counter = 0;
export const freshDb = (): StorewiseDB =>
  new StorewiseDB(`storewise-test-${++counter}-${Date.now()}`);

export const productList = (capturedAt: string, orders = 5): OkResult => ({
  status: 'ok',
  site: 'aliexpress',
  storeId: '2001234',
  pageKind: 'productList',
  url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
  capturedAt,
  source: 'dom',
  rows: [
    {
      productId: '1005006001',
      title: 'Women Summer Dress, "Boho" Floral\nMaxi',
      price: { amount: 19.99, currency: 'USD' },
      stock: 120,
      orders,
    },
    { productId: '1005006002', title: '=HYPERLINK("x") 2024 Linen Shirt', stock: 0, orders: 1 },
  ],
});

export async function seed(db: StorewiseDB): Promise<void> {
  await ingest(db, productList('2026-11-20T08:00:00Z', 5), new Date('2026-11-20T08:00:00Z'));
  await ingest(db, productList('2026-11-24T08:00:00Z', 9), new Date('2026-11-24T08:00:00Z'));
  await ingest(db, {
    status: 'ok',
    site: 'aliexpress',
    storeId: '2001234',
    pageKind: 'productKeywords',
    url: 'https://gsp.aliexpress.com/m_apps/analysis/product?productId=1005006001',
    capturedAt: '2026-11-24T09:00:00Z',
    source: 'json',
    period: { from: '2026-11-17', to: '2026-11-23' },
    rows: [{ term: 'boho dress', exposure: 5400, clicks: 120, ctr: 0.022 }],
  });
  await ingest(db, {
    status: 'ok',
    site: 'aliexpress',
    storeId: '2001234',
    pageKind: 'abilityModel',
    url: 'https://gsp.aliexpress.com/m_apps/ability',
    capturedAt: '2026-11-24T09:05:00Z',
    source: 'json',
    rows: [
      {
        dimension: '商品力',
        indicator: '好评率',
        value: 0.93,
        peerAverage: 0.9,
        peerExcellent: 0.97,
        higherIsBetter: true,
      },
    ],
  });
  await ingest(db, {
    status: 'ok',
    site: 'taobao',
    storeId: 'shop88',
    pageKind: 'customers',
    url: 'https://myseller.taobao.com/home.htm/crm/customers',
    capturedAt: '2026-11-24T10:00:00+08:00',
    source: 'json',
    rows: [
      {
        buyerId: 'tb_buyer_1',
        orders: 3,
        totalSpent: { amount: 356, currency: 'CNY' },
        lastOrderAt: '2026-11-01',
      },
    ],
  });
  await ingest(db, {
    status: 'ok',
    site: 'taobao',
    storeId: 'shop88',
    pageKind: 'campaigns',
    url: 'https://myseller.taobao.com/home.htm/campaigns',
    capturedAt: '2026-11-24T10:05:00+08:00',
    source: 'json',
    rows: [{ campaignId: '1212', name: '双12', start: '2026-12-10', end: '2026-12-12' }],
  });
  // A derived row without a snapshot of its own, so the snapshot counts the
  // retention tests rely on stay as they are.
  await db.customerSegments.put({
    storeKey: 'taobao:shop88',
    domain: 'overview',
    indicator: 'repeatByrRate3m',
    label: '近3月复购率',
    value: 0.058,
    change: -0.002,
    peerGood: 0.083,
    day: '2026-11-23',
    updatedAt: '2026-11-24T02:10:00.000Z',
  });
  // Derived rows only (no raw snapshot), so the snapshot counts other tests rely on stay.
  await db.titleWords.bulkPut([
    {
      storeKey: 'taobao:shop88',
      productId: '5550001',
      word: '连衣裙',
      searchVisitors: 320,
      payRate: 0.02,
      updatedAt: '2026-11-24T02:06:00.000Z',
    },
    {
      storeKey: 'taobao:shop88',
      productId: '5550001',
      word: '潮牌',
      payRate: 0,
      updatedAt: '2026-11-24T02:06:00.000Z',
    },
  ]);
  await db.checklistProgress.put({
    storeKey: 'aliexpress:2001234',
    campaignId: '1111',
    year: 2026,
    itemId: 'stock-check',
    done: true,
    updatedAt: '2026-11-24T11:00:00Z',
  });
  await db.settings.bulkPut([
    { key: 'language', value: 'zh-CN' },
    { key: 'retentionDays', value: 30 },
  ]);
  // Market watch: one watched listing with two visits.
  await db.marketWatches.put({
    id: 'aliexpress:listing:1005007000000001',
    kind: 'listing',
    site: 'aliexpress',
    productId: '1005007000000001',
    url: 'https://www.aliexpress.com/item/1005007000000001.html',
    label: 'Women Summer Dress Floral Print Beach Sundress',
    createdAt: '2026-11-20T08:00:00.000Z',
    updatedAt: '2026-11-21T08:00:00.000Z',
  });
  await db.marketSnapshots.bulkPut([
    {
      watchId: 'aliexpress:listing:1005007000000001',
      at: '2026-11-20T08:00:00.000Z',
      day: '2026-11-20',
      listing: {
        title: 'Women Summer Dress',
        price: { amount: 12.99, currency: 'USD' },
        soldCount: 1000,
      },
    },
    {
      watchId: 'aliexpress:listing:1005007000000001',
      at: '2026-11-21T08:00:00.000Z',
      day: '2026-11-21',
      listing: {
        title: 'Women Summer Dress Boho',
        price: { amount: 11.49, currency: 'USD' },
        soldCount: 1000,
      },
    },
  ]);
}
