import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { historyDays, historyPackWith, mergeRows } from '@/utils/db/packs';
import type { ProductDailyRecord } from '@/utils/db/records';

// The store packs (utils/db/packs.ts): what ingestion writes a few rows at a
// time must equal the pack made from all the rows at once, and read back as
// the days that went in.

const SK = 'aliexpress:2001234';
const day = (
  productId: string,
  d: string,
  figures: Partial<ProductDailyRecord> = {},
): ProductDailyRecord => ({
  storeKey: SK,
  productId,
  day: d,
  updatedAt: `${d}T10:00:00.000Z`,
  ...figures,
});

describe('historyPackWith', () => {
  it('lays out days by column, NaN where a day has no figure, the window ending on the newest day', () => {
    const pack = historyPackWith(SK, undefined, [
      day('b', '2026-11-20', { exposure: 10, price: { amount: 5, currency: 'USD' } }),
      day('a', '2026-11-19', { exposure: 7, orders: 1 }),
      day('a', '2026-11-20', { orders: 2 }),
    ]);
    expect(pack?.firstDay).toBe('2026-10-06');
    expect(pack?.dayCount).toBe(46);
    expect(pack?.productIds).toEqual(['a', 'b']);
    // Money stays in productDaily; only counts and rates are kept.
    expect(Object.keys(pack?.metrics ?? {}).sort()).toEqual(['exposure', 'orders']);
    const exposure = pack?.metrics.exposure as Float64Array;
    expect([exposure[44], exposure[45], exposure[46 + 45]]).toEqual([7, Number.NaN, 10]);
    expect(Array.from(pack?.present ?? []).flatMap((x, i) => (x ? [i] : []))).toEqual([
      44,
      45,
      46 + 45,
    ]);
    expect(historyDays(pack, '2026-11-20')).toEqual({
      a: [{ day: '2026-11-20', orders: 2 }],
      b: [{ day: '2026-11-20', exposure: 10 }],
    });
  });

  it('moves the window up with a newer day and drops what falls out of it', () => {
    const first = historyPackWith(SK, undefined, [
      day('a', '2026-10-01', { stock: 5 }),
      day('b', '2026-11-01', { stock: 9 }),
    ]);
    const next = historyPackWith(SK, first, [day('b', '2026-11-25', { stock: 8 })]);
    expect(next?.firstDay).toBe('2026-10-11');
    expect(next?.productIds).toEqual(['b']);
    expect(historyDays(next, '2026-01-01')).toEqual({
      b: [
        { day: '2026-11-01', stock: 9 },
        { day: '2026-11-25', stock: 8 },
      ],
    });
  });

  it('an older day behind the window changes nothing; no day at all is no pack', () => {
    const pack = historyPackWith(SK, undefined, [day('a', '2026-11-20', { stock: 1 })]);
    expect(historyPackWith(SK, pack, [day('z', '2026-01-01', { stock: 2 })])).toEqual(pack);
    expect(historyPackWith(SK, undefined, [])).toBeUndefined();
  });

  it('ingesting rows in any batches and order gives the pack of all of them at once', () => {
    const cell = fc.record({
      productId: fc.constantFrom('p1', 'p2', 'p3', 'p4'),
      offset: fc.integer({ min: 0, max: 80 }),
      exposure: fc.option(fc.integer({ min: 0, max: 10_000 }), { nil: undefined }),
      orders: fc.option(fc.integer({ min: 0, max: 50 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { selector: (c) => `${c.productId}|${c.offset}`, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (cells, batch) => {
          const rows = cells.map((c) =>
            day(c.productId, new Date(Date.UTC(2026, 8, 1 + c.offset)).toISOString().slice(0, 10), {
              ...(c.exposure === undefined ? {} : { exposure: c.exposure }),
              ...(c.orders === undefined ? {} : { orders: c.orders }),
            }),
          );
          let pack = undefined as ReturnType<typeof historyPackWith>;
          for (let i = 0; i < rows.length; i += batch)
            pack = historyPackWith(SK, pack, rows.slice(i, i + batch));
          expect(pack).toEqual(historyPackWith(SK, undefined, rows));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('mergeRows', () => {
  it('replaces rows by id and orders them by id', () => {
    const got = mergeRows(
      [
        { id: 'b', v: 1 },
        { id: 'c', v: 1 },
      ],
      [
        { id: 'a', v: 2 },
        { id: 'c', v: 2 },
      ],
      (r) => r.id,
    );
    expect(got).toEqual([
      { id: 'a', v: 2 },
      { id: 'b', v: 1 },
      { id: 'c', v: 2 },
    ]);
  });
});
