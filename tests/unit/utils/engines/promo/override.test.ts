import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { z } from 'zod';
import { parseCampaignOverride } from '@/utils/engines/promo/override';
import { isLocalDate } from '@/utils/engines/promo/time';
import { parseSetting } from '@/utils/settings/settings';

// The campaign-override check carries no schema library, so the toolbar popup
// can resolve campaigns with small scripts. It must accept, refuse and strip
// exactly as the zod schema it replaced; that schema is kept here as the oracle.

const localDate = z.string().refine(isLocalDate);
const phase = z.union([z.object({ start: localDate, end: localDate }), z.null()]);
const former = z.object({
  phases: z
    .object({
      momentum: phase.optional(),
      warmup: phase.optional(),
      burst: phase.optional(),
      review: phase.optional(),
    })
    .optional(),
  deadlines: z.record(z.string(), z.union([localDate, z.null()])).optional(),
});

const oracle = (v: unknown) => {
  const parsed = former.safeParse(v);
  return parsed.success ? parsed.data : undefined;
};

const date = fc.oneof(
  fc.constantFrom('2026-11-11', '2026-02-29', '2028-02-29', '2026-13-01', '11/11/2026', ''),
  fc.string(),
  fc.integer(),
);
const phaseValue = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.record({ start: date, end: date }),
  fc.record({ start: date, end: date, note: fc.string() }),
  fc.record({ start: date }, { requiredKeys: [] }),
  fc.anything(),
);
const overrideLike = fc.oneof(
  fc.record(
    {
      phases: fc.oneof(
        fc.record(
          {
            momentum: phaseValue,
            warmup: phaseValue,
            burst: phaseValue,
            review: phaseValue,
            extra: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        fc.anything(),
      ),
      deadlines: fc.oneof(
        fc.dictionary(fc.string(), fc.oneof(date, fc.constant(null))),
        fc.anything(),
      ),
      other: fc.anything(),
    },
    { requiredKeys: [] },
  ),
  fc.anything(),
);

describe('parseCampaignOverride', () => {
  it('accepts, refuses and strips as the former zod schema did', () => {
    fc.assert(
      fc.property(overrideLike, (v) => {
        expect(parseCampaignOverride(v)).toEqual(oracle(v));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps real dates and nulls, drops unknown members, refuses bad dates', () => {
    expect(
      parseCampaignOverride({
        phases: { burst: { start: '2026-11-11', end: '2026-11-13', why: 'x' }, review: null },
        deadlines: { register: '2026-10-20', gone: null },
        note: 'hand edit',
      }),
    ).toEqual({
      phases: { burst: { start: '2026-11-11', end: '2026-11-13' }, review: null },
      deadlines: { register: '2026-10-20', gone: null },
    });
    expect(
      parseCampaignOverride({ phases: { burst: { start: '2026-02-30', end: '2026-03-01' } } }),
    ).toBeUndefined();
    expect(parseCampaignOverride({ deadlines: { register: 20261020 } })).toBeUndefined();
    expect(parseCampaignOverride([])).toBeUndefined();
    expect(parseCampaignOverride(null)).toBeUndefined();
    expect(parseCampaignOverride({})).toEqual({});
  });

  it('is the settings registry’s check for the promoOverride rows', () => {
    expect(
      parseSetting('promoOverride:aliexpress-1111:2026', {
        phases: { burst: { start: '2026-11-11', end: '2026-11-13' } },
        x: 1,
      }),
    ).toEqual({ phases: { burst: { start: '2026-11-11', end: '2026-11-13' } } });
    expect(
      parseSetting('promoOverride:aliexpress-1111:2026', { phases: { burst: 'soon' } }),
    ).toBeUndefined();
  });
});
