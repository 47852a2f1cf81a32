import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { percentileOf, percentileRanker } from '@/utils/engines/tiers/shared';

describe('percentileRanker', () => {
  it('gives exactly percentileOf for every value, ties and all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -5, max: 5 }), { maxLength: 40 }),
        fc.integer({ min: -6, max: 6 }),
        (column, probe) => {
          const rank = percentileRanker(column);
          for (const v of [...column, probe])
            expect(rank(v)).toBeCloseTo(percentileOf(v, column), 12);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('ranks the lowest at 0 and the highest at 1', () => {
    const rank = percentileRanker([30, 10, 20]);
    expect(rank(10)).toBe(0);
    expect(rank(20)).toBe(0.5);
    expect(rank(30)).toBe(1);
  });
});
