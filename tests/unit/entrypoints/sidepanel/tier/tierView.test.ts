import { describe, expect, it } from 'vitest';
import { resolveTierThresholds } from '@/utils/engines/data/tierThresholds';
import type {
  AbilityScoreRecord,
  CustomerRecord,
  ProductDailyRecord,
  ProductRecord,
} from '@/utils/db/records';
import { currentPhase } from '@/utils/engines/promo/currentPhase';
import { formatWhen, distinctNotes } from '@/entrypoints/sidepanel/provenance';
import { isStale } from '@/utils/engines/staleness';
import { siteOfStoreKey } from '@/entrypoints/sidepanel/queries';
import {
  buildTierView,
  historyByProduct,
  recentIntentOf,
  storeOrderCount,
} from '@/entrypoints/sidepanel/tier/tierView';

const SK = 'aliexpress:2001234';
const NOW = new Date('2026-11-25T12:00:00Z');
const T = resolveTierThresholds();

const productRec = (productId: string, extra: Partial<ProductRecord> = {}): ProductRecord => ({
  storeKey: SK,
  productId,
  title: `Product ${productId}`,
  firstSeenAt: '2026-11-20T00:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
  from: { pageKind: 'productList', capturedAt: '2026-11-24T10:00:00Z', source: 'dom' },
  ...extra,
});

// The rows of tests/fixtures/aliexpress/abilityModel/assessment-zh.html, on two days.
const ability = (day: string, value: number): AbilityScoreRecord[] =>
  [
    {
      dimension: '商品能力',
      indicator: '爆品数',
      value,
      peerAverage: 5,
      peerExcellent: 18,
      higherIsBetter: true,
    },
    {
      dimension: '承接能力',
      indicator: '支付转化率',
      value: 1.9,
      peerAverage: 2.3,
      peerExcellent: 4.8,
      higherIsBetter: true,
    },
    {
      dimension: '服务能力',
      indicator: '商品差评率',
      value: 0.5,
      peerAverage: 0.9,
      peerExcellent: 0.4,
      higherIsBetter: false,
    },
  ].map((r) => ({ ...r, storeKey: SK, day, updatedAt: `${day}T20:00:00Z` }));

const customer = (
  buyerId: string,
  orders: number,
  spent: number,
  first: string,
  last: string,
): CustomerRecord => ({
  storeKey: SK,
  buyerId,
  orders,
  totalSpent: { amount: spent, currency: 'USD' },
  firstOrderAt: first,
  lastOrderAt: last,
  updatedAt: '2026-11-23T08:00:00Z',
});

describe('tier adapters: records → engine inputs', () => {
  it('sums the listings’ orders into the store order count, unknown without an orders column', () => {
    expect(
      storeOrderCount([
        productRec('a', { orders: 40 }),
        productRec('b'),
        productRec('c', { orders: 25 }),
      ]),
    ).toBe(65);
    expect(storeOrderCount([productRec('a'), productRec('b')])).toBeUndefined();
  });

  it('sums cart and wishlist adds, leaving out a column no listing carries', () => {
    expect(
      recentIntentOf([productRec('a', { addToCart: 4 }), productRec('b', { addToCart: 6 })]),
    ).toEqual({ addToCart: 10 });
    expect(recentIntentOf([productRec('a')])).toEqual({});
  });

  it('groups daily history per product', () => {
    const d = (productId: string, day: string): ProductDailyRecord => ({
      storeKey: SK,
      productId,
      day,
      updatedAt: day,
    });
    const h = historyByProduct([d('a', '2026-11-20'), d('b', '2026-11-20'), d('a', '2026-11-21')]);
    expect(h.a?.map((x) => x.day)).toEqual(['2026-11-20', '2026-11-21']);
    expect(h.b).toHaveLength(1);
  });

  it('reads the store’s marketplace from its key', () => {
    expect(siteOfStoreKey('taobao:88')).toBe('taobao');
    expect(siteOfStoreKey('ebay:1')).toBeUndefined();
  });
});

describe('buildTierView: records → the rows the Tier tab shows', () => {
  const products = [
    productRec('hero', {
      orders: 90,
      exposure: 9000,
      conversionRate: 0.05,
      price: { amount: 20, currency: 'USD' },
      stock: 100,
    }),
    productRec('quiet', {
      orders: 1,
      exposure: 200,
      conversionRate: 0.005,
      price: { amount: 30, currency: 'USD' },
      stock: 5,
    }),
  ];

  it('assesses only the latest day of the ability model and names its read time', () => {
    const view = buildTierView(
      {
        products,
        history: {},
        abilityScores: [...ability('2026-11-10', 20), ...ability('2026-11-20', 2)],
        customers: [],
      },
      T,
      null,
      NOW,
    );
    expect(view.capability.status).toBe('ok');
    if (view.capability.status !== 'ok') return;
    const product = view.capability.dimensions.find((d) => d.dimensionId === 'product');
    // 2 hits against an average of 5 on the newest day (the older day had 20, excellent).
    expect(product?.level).toBe('below');
    expect(view.capability.weakest[0]?.indicator).toBe('爆品数');
    const service = view.capability.dimensions.find((d) => d.dimension === '服务能力');
    expect(service?.level).toBe('average');
    expect(view.abilityDay).toBe('2026-11-20');
    expect(view.readAt).toEqual({
      products: '2026-11-24T10:00:00Z',
      ability: '2026-11-20T20:00:00Z',
    });
  });

  it('refuses the model below the order threshold with the engine’s not-enough-data message', () => {
    const few = [productRec('a', { orders: 12 })];
    const view = buildTierView(
      { products: few, history: {}, abilityScores: ability('2026-11-20', 2), customers: [] },
      T,
      null,
      NOW,
    );
    expect(view.capability).toMatchObject({
      status: 'insufficient',
      reason: 'few-orders',
      orderCount: 12,
    });
  });

  it('counts customer segments and picks the action of the running phase', () => {
    const customers = [
      customer('new1', 1, 20, '2026-11-19', '2026-11-19'),
      customer('vip', 5, 400, '2026-03-01', '2026-11-18'),
      customer('gone', 1, 30, '2026-01-10', '2026-01-10'),
    ];
    const burst = currentPhase('aliexpress', new Date('2026-11-11T20:00:00Z'));
    const view = buildTierView(
      { products, history: {}, abilityScores: [], customers },
      T,
      burst,
      NOW,
    );
    const count = (id: string) => view.customers.segments.find((s) => s.id === id)?.count;
    expect(count('new')).toBe(1);
    expect(count('repeat')).toBe(1);
    expect(count('lapsed')).toBe(1);
    expect(view.customers.phase).toBe('burst');
    expect(view.customers.focus).toBe('repeat');
    expect(view.readAt.customers).toBe('2026-11-23T08:00:00Z');
  });

  it('gives each listing a role and channel, using its daily history', () => {
    const productDaily: ProductDailyRecord[] = ['2026-11-20', '2026-11-21', '2026-11-22'].map(
      (day, i) => ({
        storeKey: SK,
        productId: 'quiet',
        day,
        stock: 10 - i * 3,
        orders: 1,
        updatedAt: day,
      }),
    );
    const view = buildTierView(
      { products, history: historyByProduct(productDaily), abilityScores: [], customers: [] },
      T,
      null,
      NOW,
    );
    const quiet = view.roles.products.find((p) => p.productId === 'quiet');
    expect(quiet?.metrics.historyDays).toBe(3);
    // Stock fell 10 → 4 over the history while 5 are on hand: more than half sold.
    expect(quiet?.restock.soldShare?.source).toBe('stock-history');
    expect(quiet?.restock.needed).toBe(true);
    expect(view.roles.products.find((p) => p.productId === 'hero')?.channel.en).toBeTruthy();
  });
});

describe('currentPhase and provenance', () => {
  it('takes the phase running now from the promo engine, null outside every campaign', () => {
    expect(currentPhase('aliexpress', new Date('2026-11-05T12:00:00Z'))).toMatchObject({
      phase: 'warmup',
      campaign: { en: 'AliExpress 11.11' },
    });
    expect(currentPhase('aliexpress', new Date('2026-06-01T12:00:00Z'))).toBeNull();
  });

  it('calls a read older than three days stale and formats its time in both languages', () => {
    expect(isStale('2026-11-21T11:00:00Z', NOW)).toBe(true);
    expect(isStale('2026-11-23T12:00:00Z', NOW)).toBe(false);
    expect(formatWhen('2026-11-25T14:02:00Z', 'en', 'UTC')).toBe('25 Nov 14:02');
    expect(formatWhen('2026-11-25T14:02:00Z', 'zh-CN', 'UTC')).toBe('11月25日 14:02');
  });

  it('shows a repeated thin-data note once', () => {
    const n = { level: 'low' as const, reason: { en: 'few', zh: '少' } };
    expect(distinctNotes([n, n, { ...n, reason: { en: 'other', zh: '他' } }])).toHaveLength(2);
  });
});
