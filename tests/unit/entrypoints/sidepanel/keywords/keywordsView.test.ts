import { describe, expect, it } from 'vitest';
import { TITLE_LIMITS } from '@/utils/engines/data/titleLimits';
import type { KeywordDailyRecord, ProductDailyRecord, ProductRecord } from '@/utils/db/records';
import {
  exposureAlerts,
  exposureSeries,
  byOpportunity,
  keepOrder,
  latestTermsByProduct,
  type ListingRow,
  type ProductTerms,
} from '@/entrypoints/sidepanel/keywords/keywordsView';
import { analyseTitle } from '@/utils/engines/titles';
import type { TitleLimit } from '@/utils/engines/data/titleLimits';

/** What the Keywords tab computes: each listing against its own terms, by opportunity. */
function listingRows(
  products: readonly ProductRecord[],
  terms: ReadonlyMap<string, ProductTerms>,
  limit: TitleLimit,
): ListingRow[] {
  return products
    .map((product) => {
      const own = terms.get(product.productId);
      const analysis = analyseTitle('aliexpress', product.title, own?.rows ?? [], { limit });
      return { product, analysis, ...(own ? { terms: own } : {}) };
    })
    .sort(byOpportunity);
}

const SK = 'aliexpress:2001234';

const productRec = (productId: string, title: string): ProductRecord => ({
  storeKey: SK,
  productId,
  title,
  firstSeenAt: '2026-11-20T00:00:00Z',
  updatedAt: '2026-11-24T10:00:00Z',
  from: { pageKind: 'productList', capturedAt: '2026-11-24T10:00:00Z', source: 'dom' },
});

const kw = (
  productId: string,
  term: string,
  day: string,
  extra: Partial<KeywordDailyRecord> = {},
): KeywordDailyRecord => ({
  storeKey: SK,
  productId,
  term,
  day,
  period: { from: '2026-11-14', to: day },
  updatedAt: `${day}T22:00:00Z`,
  ...extra,
});

describe('latestTermsByProduct', () => {
  it('keeps each product’s newest report only and leaves store-wide rows out', () => {
    const terms = latestTermsByProduct([
      kw('p1', 'old term', '2026-11-13', { exposure: 999 }),
      kw('p1', 'summer dress', '2026-11-20', { exposure: 12000, orders: 36 }),
      kw('p1', 'beach dress women', '2026-11-20', { exposure: 8800 }),
      kw('', 'store wide', '2026-11-20', { exposure: 5 }),
    ]);
    expect([...terms.keys()]).toEqual(['p1']);
    const p1 = terms.get('p1');
    expect(p1?.rows.map((r) => r.term).sort()).toEqual(['beach dress women', 'summer dress']);
    expect(p1?.rows[0]).not.toHaveProperty('storeKey');
    expect(p1?.day).toBe('2026-11-20');
    expect(p1?.readAt).toBe('2026-11-20T22:00:00Z');
  });
});

describe('byOpportunity: products + terms → listings by opportunity', () => {
  const terms = latestTermsByProduct([
    // Words of tests/fixtures/aliexpress/productKeywords/keywords-en-reordered.html.
    kw('shirt', 'linen shirt men', '2026-11-20', { exposure: 7800, clicks: 320, orders: 9 }),
    kw('shirt', 'long sleeve shirt', '2026-11-20', { exposure: 3000, clicks: 90, orders: 2 }),
  ]);
  const products = [
    productRec('fine', 'Women Summer Dress Floral'),
    productRec('dup', 'Hat Hat Straw Hat Beach'),
    productRec('shirt', 'Men Casual Button Down Shirt'),
  ];

  it('puts the listing missing searched words first, then repeated words, and suggests the words', () => {
    const rows = listingRows(products, terms, TITLE_LIMITS.aliexpress);
    expect(rows.map((r) => r.product.productId)).toEqual(['shirt', 'dup', 'fine']);
    const shirt = rows[0]!;
    expect(shirt.analysis.opportunity.exposure).toBeGreaterThan(0);
    expect(shirt.analysis.add.map((a) => a.word.toLowerCase())).toContain('linen');
    expect(shirt.analysis.suggestion).toMatch(/Linen/);
    expect(shirt.terms?.rows).toHaveLength(2);
    expect(rows[1]!.analysis.duplicates).toEqual([{ word: 'Hat', count: 3 }]);
    expect(rows[1]!.analysis.suggestion).toBe('Hat Straw Beach');
  });

  it('flags a title over the seller’s limit', () => {
    const rows = listingRows(products, terms, { limit: 20, unit: 'chars' });
    const fine = rows.find((r) => r.product.productId === 'fine');
    expect(fine?.analysis.overLimit).toBe(true);
    expect(fine?.analysis.suggestion.length).toBeLessThanOrEqual(20);
  });
});

describe('exposure history and alerts', () => {
  const day = (productId: string, d: string, exposure?: number): ProductDailyRecord => ({
    storeKey: SK,
    productId,
    day: d,
    ...(exposure === undefined ? {} : { exposure }),
    updatedAt: d,
  });

  it('orders the series by day and leaves gaps where no exposure was read', () => {
    expect(
      exposureSeries([
        day('a', '2026-11-21', 5),
        day('a', '2026-11-20'),
        day('a', '2026-11-22', 9),
      ]),
    ).toEqual({
      days: ['2026-11-20', '2026-11-21', '2026-11-22'],
      exposure: [null, 5, 9],
    });
  });

  it('raises an alert with the diagnosis checklist for a listing whose exposure keeps falling', () => {
    const falling = [900, 800, 600, 400, 200].map((e, i) => day('fall', `2026-11-2${i}`, e));
    const steady = [500, 510, 505, 515, 520].map((e, i) => day('steady', `2026-11-2${i}`, e));
    const alerts = exposureAlerts([productRec('fall', 'Falling'), productRec('steady', 'Steady')], {
      fall: falling,
      steady,
    });
    expect(alerts.map((a) => a.product.productId)).toEqual(['fall']);
    expect(alerts[0]!.watch.signals[0]).toMatchObject({ kind: 'consecutiveFall', days: 4 });
    expect(alerts[0]!.watch.checklist[0]?.id).toBe('violations');
  });
});

describe('keepOrder', () => {
  const row = (productId: string) => ({ product: { productId } }) as unknown as ListingRow;
  const ids = (rows: ListingRow[]) => rows.map((r) => r.product.productId);

  it('keeps the order the seller sees and appends listings that are new', () => {
    // Sorted by opportunity now: c, a, d, b; the seller saw a, b, c.
    const sorted = ['c', 'a', 'd', 'b'].map(row);
    expect(ids(keepOrder(sorted, ['a', 'b', 'c']))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('drops listings that are gone', () => {
    expect(ids(keepOrder(['b', 'a'].map(row), ['a', 'x', 'b']))).toEqual(['a', 'b']);
  });
});
