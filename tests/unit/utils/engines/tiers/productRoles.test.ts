import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { assessProductRoles, soldShareOf, spikeOf } from '@/utils/engines/tiers/productRoles';
import { TIER_THRESHOLDS } from '@/utils/engines/data/tierThresholds';
import type { ProductRecord, ProductDailyRecord } from '@/utils/db/records';
import type { ProductRow } from '@/utils/types';

const usd = (amount: number) => ({ amount, currency: 'USD' });
const product = (
  p: Omit<ProductRecord, 'storeKey' | 'firstSeenAt' | 'updatedAt' | 'from' | 'title'> & {
    title?: string;
  },
): ProductRecord => ({
  storeKey: 'aliexpress:1',
  title: `Listing ${p.productId}`,
  firstSeenAt: '2024-10-01T00:00:00Z',
  updatedAt: '2024-10-20T00:00:00Z',
  from: { pageKind: 'productList', capturedAt: '2024-10-20T00:00:00Z', source: 'json' },
  ...p,
});

/** One record per day from 2024-10-01, each field from the given series. */
function daily(
  productId: string,
  series: { orders?: number[]; stock?: number[]; exposure?: number[] },
): ProductDailyRecord[] {
  const n = Math.max(
    series.orders?.length ?? 0,
    series.stock?.length ?? 0,
    series.exposure?.length ?? 0,
  );
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2024, 9, 1 + i)).toISOString().slice(0, 10);
    const rec: ProductDailyRecord = {
      storeKey: 'aliexpress:1',
      productId,
      day,
      updatedAt: `${day}T12:00:00Z`,
    };
    const o = series.orders?.[i];
    const s = series.stock?.[i];
    const e = series.exposure?.[i];
    if (o !== undefined) rec.orders = o;
    if (s !== undefined) rec.stock = s;
    if (e !== undefined) rec.exposure = e;
    return rec;
  });
}

// Percentiles among six listings (rank ÷ 5), worked out in the comments.
const STORE: ProductRecord[] = [
  // exposure 1.0, conversion 0.8 → hero
  product({
    productId: 'P1',
    exposure: 10000,
    conversionRate: 0.05,
    orders: 50,
    price: usd(20),
    stock: 100,
  }),
  // conversion 1.0, exposure 0 → potential hit
  product({
    productId: 'P2',
    exposure: 500,
    conversionRate: 0.08,
    orders: 4,
    price: usd(25),
    stock: 50,
  }),
  // 20 orders at the lowest price → activity
  product({
    productId: 'P3',
    exposure: 3000,
    conversionRate: 0.02,
    orders: 20,
    price: usd(8),
    stock: 200,
  }),
  // orders 0.8, conversion 0.2 → volume
  product({
    productId: 'P4',
    exposure: 6000,
    conversionRate: 0.01,
    orders: 30,
    price: usd(30),
    stock: 300,
  }),
  // price 1.0, 3 orders → margin
  product({
    productId: 'P5',
    exposure: 2000,
    conversionRate: 0.015,
    orders: 3,
    price: usd(90),
    stock: 40,
  }),
  // 500 in stock, no orders → clearance
  product({
    productId: 'P6',
    exposure: 800,
    conversionRate: 0,
    orders: 0,
    price: usd(15),
    stock: 500,
  }),
];

const week = (v: number) => Array.from({ length: 7 }, () => v);

describe('product roles (docs/ADVICE.md#product-roles)', () => {
  it('assigns hero, potential, activity, volume, margin and clearance on a crafted store', () => {
    const r = assessProductRoles({ products: STORE });
    expect(r.products.map((p) => [p.productId, p.role])).toEqual([
      ['P1', 'hero'],
      ['P2', 'potential'],
      ['P3', 'activity'],
      ['P4', 'volume'],
      ['P5', 'margin'],
      ['P6', 'clearance'],
    ]);
    expect(r.counts).toEqual({
      clearance: 1,
      hero: 1,
      potential: 1,
      activity: 1,
      volume: 1,
      margin: 1,
      unassigned: 0,
    });
    expect(r.trafficSource).toBe('exposure');
    const reasons = Object.fromEntries(r.products.map((p) => [p.productId, p.reason.en]));
    expect(reasons.P2).toBe(
      'Conversion above 100% of your other listings but traffic above only 0%: give it more traffic.',
    );
    expect(reasons.P3).toBe('20 orders at a price below 100% of your other listings.');
    expect(reasons.P4).toBe('30 orders, more than 80% of your other listings.');
    expect(reasons.P5).toBe(
      'Priced above 100% of your other listings and still selling (3 orders).',
    );
    expect(reasons.P6).toBe('500 in stock and 0 orders over the period.');
    const hero = r.products[0]!;
    expect(hero.metrics.percentiles).toEqual({
      traffic: 1,
      conversion: 0.8,
      orders: 1,
      price: 0.4,
    });
    expect(hero.reason.en).toBe(
      'Traffic above 100% and conversion above 80% of your other listings.',
    );
  });

  it('names the channel of each role from the table of docs/ADVICE.md#product-roles', () => {
    const r = assessProductRoles({ products: STORE });
    const channel = Object.fromEntries(r.products.map((p) => [p.role, p.channel.en]));
    expect(channel.hero).toBe('Top venues: brand flash sale, main campaign venue');
    expect(channel.activity).toBe('Flash Deals, group-buy / country channels');
    expect(channel.volume).toBe('Secondary venues, store single-item discounts');
    expect(channel.clearance).toBe('Store single-item discounts only');
    expect(r.products.find((p) => p.role === 'clearance')?.channel.zh).toBe('仅店铺单品折扣');
  });

  it('signals a restock when half of the stock has sold over the history', () => {
    const r = assessProductRoles({
      products: STORE,
      history: { P1: daily('P1', { stock: [200, 180, 160, 140, 130, 110, 100], orders: week(5) }) },
    });
    const hero = r.products[0]!;
    expect(hero.restock.soldShare).toEqual({ share: 0.5, source: 'stock-history', signal: true });
    expect(hero.restock.needed).toBe(true);
    expect(hero.restock.advice[0]).toEqual({
      en: 'Restock: 50% of the stock has sold.',
      zh: '补货：库存已售出 50%。',
    });
  });

  it('counts a restock in the middle of the history as stock, not as negative sales', () => {
    // Sold 60, restocked 100, sold 20: 80 sold of 80 + 120 on hand = 40%.
    const days = daily('X', { stock: [100, 40, 140, 120] });
    expect(soldShareOf({ productId: 'X', title: 'x', stock: 120 }, days)).toEqual({
      share: 0.4,
      source: 'stock-history',
    });
    // One stock reading: the period's orders against the stock on hand.
    expect(
      soldShareOf(
        { productId: 'X', title: 'x', stock: 30, orders: 30 },
        daily('X', { stock: [30] }),
      ),
    ).toEqual({
      share: 0.5,
      source: 'orders-vs-stock',
    });
    expect(soldShareOf({ productId: 'X', title: 'x' }, [])).toBeUndefined();
  });

  it('signals a sales spike against the prior average, not on small numbers', () => {
    const t = TIER_THRESHOLDS.restock;
    const spike = spikeOf(daily('X', { orders: [2, 3, 2, 3, 2, 3, 2, 9] }), t);
    expect(spike).toMatchObject({ day: '2024-10-08', latest: 9, signal: true });
    expect(spike?.priorAverage).toBeCloseTo(17 / 7, 9);
    expect(spikeOf(daily('X', { orders: [2, 3, 2, 3, 2, 3, 2, 4] }), t)?.signal).toBe(false);
    // 0 → 2 doubles "infinitely" but is under the minimum orders of a spike.
    expect(spikeOf(daily('X', { orders: [0, 0, 0, 2] }), t)).toMatchObject({
      ratio: null,
      signal: false,
    });
    expect(spikeOf(daily('X', { orders: [0, 0, 0, 3] }), t)).toMatchObject({
      ratio: null,
      signal: true,
    });
    // Too few prior days to call anything a spike.
    expect(spikeOf(daily('X', { orders: [1, 9] }), t)).toBeUndefined();
    // Only the look-back window counts: a busy month long ago does not hide today's spike.
    expect(spikeOf(daily('X', { orders: [50, 50, 50, 1, 1, 1, 1, 1, 1, 1, 6] }), t)?.signal).toBe(
      true,
    );
  });

  it('reports the spike in the restock advice and never asks to restock clearance stock', () => {
    const r = assessProductRoles({
      products: STORE,
      history: {
        P4: daily('P4', { orders: [2, 3, 2, 3, 2, 3, 2, 9] }),
        P6: daily('P6', { stock: [1000, 900, 800, 700, 600, 500, 500], orders: week(0) }),
      },
    });
    const volume = r.products.find((p) => p.productId === 'P4')!;
    expect(volume.restock.needed).toBe(true);
    expect(volume.restock.advice[0]?.en).toBe(
      'Restock: 9 orders on 2024-10-08, 3.71× the prior average.',
    );
    const clearance = r.products.find((p) => p.productId === 'P6')!;
    expect(clearance.role).toBe('clearance');
    expect(clearance.restock.soldShare?.signal).toBe(true);
    expect(clearance.restock.needed).toBe(false);
  });

  it('makes a listing with rising exposure a potential hit', () => {
    const products = [
      ...STORE,
      product({
        productId: 'P7',
        exposure: 100,
        conversionRate: 0.001,
        orders: 1,
        price: usd(10),
        stock: 5,
      }),
    ];
    const before = assessProductRoles({ products });
    expect(before.products.find((p) => p.productId === 'P7')?.role).toBe('unassigned');
    const r = assessProductRoles({
      products,
      history: { P7: daily('P7', { exposure: [...week(100), ...week(200)] }) },
    });
    const p7 = r.products.find((p) => p.productId === 'P7')!;
    expect(p7.metrics.trafficGrowth).toBe(2);
    expect(p7.role).toBe('potential');
    expect(p7.reason.en).toBe('Traffic of the last 7 days is 2× the days before.');
  });

  it('calls stock that would take more than half a year to sell clearance', () => {
    const products = [
      ...STORE,
      product({
        productId: 'P7',
        exposure: 100,
        conversionRate: 0.001,
        orders: 7,
        price: usd(12),
        stock: 400,
      }),
    ];
    const r = assessProductRoles({
      products,
      history: { P7: daily('P7', { orders: [1, 0, 1, 0, 1, 0, 0, 1, 0, 1] }) },
    });
    const p7 = r.products.find((p) => p.productId === 'P7')!;
    expect(p7.role).toBe('clearance');
    expect(p7.reason.en).toBe('400 in stock covers about 800 days of sales.');
  });

  it('carries confidence notes for short history, missing columns and a small store', () => {
    const r = assessProductRoles({
      products: [
        { productId: 'A', title: 'a', visitors: 300, orders: 9, stock: 20 },
        { productId: 'B', title: 'b', visitors: 100, orders: 1 },
        { productId: 'C', title: 'c', orders: 2 },
      ],
      history: { A: daily('A', { orders: [3, 3, 3] }) },
    });
    expect(r.trafficSource).toBe('visitors');
    expect(r.confidence.map((n) => n.reason.en)).toEqual([
      'Only 3 listings read: roles rank listings against each other and are coarse this few.',
      'No exposure column read: traffic is ranked by visitors.',
      'No price column read: activity and margin roles cannot be judged.',
    ]);
    const [a, , c] = r.products;
    // Conversion falls back to orders ÷ visitors.
    expect(a?.metrics.conversion).toBeCloseTo(0.03, 9);
    expect(a?.metrics.historyDays).toBe(3);
    expect(a?.confidence.map((n) => [n.level, n.reason.en])).toEqual([
      ['low', 'Only 3 days of history: trends and restock signals are tentative.'],
    ]);
    expect(c?.confidence.map((n) => n.level)).toEqual(['low', 'medium', 'medium']);
    expect(c?.confidence[1]?.reason.zh).toBe(
      '该商品未读取到曝光、访客或浏览数据：无法判断流量类角色。',
    );
  });

  it('takes its cut-offs from the thresholds', () => {
    const r = assessProductRoles({
      products: STORE,
      thresholds: { products: { clearanceMinStock: 1000 } },
    });
    expect(r.products.find((p) => p.productId === 'P6')?.role).not.toBe('clearance');
  });
});

const rowArb = fc.record(
  {
    productId: fc.string({ minLength: 1, maxLength: 8 }),
    title: fc.string({ maxLength: 20 }),
    exposure: fc.nat({ max: 100_000 }),
    conversionRate: fc.double({ min: 0, max: 1, noNaN: true }),
    orders: fc.nat({ max: 500 }),
    stock: fc.nat({ max: 2000 }),
    price: fc.record({
      amount: fc.double({ min: 0.5, max: 500, noNaN: true }),
      currency: fc.constant('USD'),
    }),
  },
  { requiredKeys: ['productId', 'title'] },
);

describe('product role properties', () => {
  it('gives every listing exactly one role, and the role does not depend on the listing order', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(rowArb, { selector: (p) => p.productId, minLength: 1, maxLength: 25 }),
        fc.nat(),
        (products: ProductRow[], seed) => {
          const r = assessProductRoles({ products });
          expect(Object.values(r.counts).reduce((s, n) => s + n, 0)).toBe(products.length);
          const rotated = [
            ...products.slice(seed % products.length),
            ...products.slice(0, seed % products.length),
          ];
          const again = assessProductRoles({ products: rotated });
          const roleOf = (res: typeof r) =>
            Object.fromEntries(res.products.map((p) => [p.productId, p.role]));
          expect(roleOf(again)).toEqual(roleOf(r));
        },
      ),
    );
  });
});
