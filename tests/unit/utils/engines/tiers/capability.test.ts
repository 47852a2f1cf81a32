import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessCapability,
  indicatorLevel,
  latestAbilityRows,
  type CapabilityResult,
} from '@/utils/engines/tiers/capability';
import type { AbilityRow } from '@/utils/types';
import type { AbilityScoreRecord } from '@/utils/db/records';

// A model as the AliExpress assessment page shows it (zh labels, rates in percent).
const SNAPSHOT: AbilityRow[] = [
  {
    dimension: '商品能力',
    indicator: '在线商品数',
    value: 120,
    peerAverage: 100,
    peerExcellent: 200,
    higherIsBetter: true,
  },
  {
    dimension: '商品能力',
    indicator: '未收到货纠纷率',
    value: 1.2,
    peerAverage: 0.8,
    peerExcellent: 0.3,
    higherIsBetter: false,
  },
  {
    dimension: '流量能力',
    indicator: '搜索曝光',
    value: 5000,
    peerAverage: 4000,
    peerExcellent: 4500,
    higherIsBetter: true,
  },
  {
    dimension: '流量能力',
    indicator: '直通车推广访客',
    value: 300,
    peerAverage: 200,
    peerExcellent: 250,
    higherIsBetter: true,
  },
  {
    dimension: '客服能力',
    indicator: '响应率',
    value: 70,
    peerAverage: 85,
    peerExcellent: 95,
    higherIsBetter: true,
  },
  {
    dimension: '客服能力',
    indicator: '好评率',
    value: 96,
    peerAverage: 95,
    peerExcellent: 98,
    higherIsBetter: true,
  },
];

function ok(result: CapabilityResult) {
  if (result.status !== 'ok') throw new Error(`expected ok, got ${result.reason}`);
  return result;
}

describe('seller capability (docs/ADVICE.md#capability-tiers)', () => {
  it('levels each indicator, each dimension and the store on a crafted snapshot', () => {
    const r = ok(assessCapability({ rows: SNAPSHOT, orderCount: 500 }));
    const levels = Object.fromEntries(r.weakest.map((i) => [i.indicator, i.level]));
    expect(levels).toEqual({
      在线商品数: 'average',
      未收到货纠纷率: 'below',
      搜索曝光: 'excellent',
      直通车推广访客: 'excellent',
      响应率: 'below',
      好评率: 'average',
    });
    expect(r.dimensions.map((d) => [d.dimensionId, d.level, d.points])).toEqual([
      ['product', 'below', 0.5],
      ['traffic', 'excellent', 2],
      ['service', 'below', 0.5],
    ]);
    expect(r.points).toBe(1);
    expect(r.tier).toBe('middle');
    expect(r.tierLabel.zh).toBe('腰部');
    expect(r.confidence).toEqual([]);
  });

  it('ranks below-average indicators first, then by the shortfall to excellent', () => {
    const r = ok(assessCapability({ rows: SNAPSHOT, orderCount: 500 }));
    expect(r.weakest.map((i) => i.indicator)).toEqual([
      '未收到货纠纷率', // below; store at 0.3/1.2 = 25 of 100 → shortfall 75
      '响应率', // below; 70/95 → shortfall ≈ 26.3
      '在线商品数', // average; 120/200 → shortfall 40
      '好评率', // average; 96/98 → shortfall ≈ 2
      '搜索曝光', // excellent, shortfall 0 (then by name)
      '直通车推广访客',
    ]);
    const [dispute, response] = r.weakest;
    expect(dispute?.shortfall).toBeCloseTo(75, 6);
    expect(response?.shortfall).toBeCloseTo(100 - (70 / 95) * 100, 6);
  });

  it('orients gaps so that lower-is-better indicators count a higher value as worse', () => {
    const r = ok(assessCapability({ rows: SNAPSHOT, orderCount: 500 }));
    const dispute = r.weakest.find((i) => i.indicator === '未收到货纠纷率');
    expect(dispute?.gapToAverage).toBeCloseTo(-0.4, 9);
    expect(dispute?.gapToExcellent).toBeCloseTo(-0.9, 9);
    const search = r.weakest.find((i) => i.indicator === '搜索曝光');
    expect(search?.gapToAverage).toBe(1000);
    expect(search?.gapToExcellent).toBe(500);

    // The same figures read as higher-is-better flip to excellent.
    const flipped = { ...SNAPSHOT[1]!, higherIsBetter: true };
    expect(indicatorLevel(SNAPSHOT[1]!)).toBe('below');
    expect(indicatorLevel(flipped)).toBe('excellent');
    expect(indicatorLevel({ ...flipped, higherIsBetter: false, value: 0.5 })).toBe('average');
    expect(indicatorLevel({ ...flipped, higherIsBetter: false, value: 0.3 })).toBe('excellent');
  });

  it('explains each gap in one sentence in both languages and attaches the playbook actions', () => {
    const r = ok(assessCapability({ rows: SNAPSHOT, orderCount: 500 }));
    const [dispute, response] = r.weakest;
    expect(dispute?.explanation.en).toBe(
      '未收到货纠纷率 is 1.2, below the category average of 0.8; excellent stores reach 0.3 (lower is better).',
    );
    expect(dispute?.explanation.zh).toBe(
      '未收到货纠纷率为1.2，低于同行平均0.8，同行优秀为0.3（越低越好）。',
    );
    expect(dispute?.actions[0]?.id).toBe('indicator.dispute');
    expect(dispute?.actions.map((a) => a.id)).toContain('product.roles');
    expect(response?.actions[0]?.id).toBe('indicator.response');
    expect(response?.actions.map((a) => a.id)).toContain('service.scripts');
  });

  it('maps English dimension names and unknown ones to the right actions', () => {
    const r = ok(
      assessCapability({
        orderCount: 80,
        rows: [
          {
            dimension: 'Retention',
            indicator: 'Repurchase rate',
            value: 3,
            peerAverage: 5,
            peerExcellent: 9,
            higherIsBetter: true,
          },
          {
            dimension: 'Logistics',
            indicator: 'Shipping time (days)',
            value: 4,
            peerAverage: 3,
            peerExcellent: 2,
            higherIsBetter: false,
          },
          {
            dimension: 'Conversion',
            indicator: 'Add-to-cart rate',
            value: 8,
            peerAverage: 6,
            peerExcellent: 10,
            higherIsBetter: true,
          },
          {
            dimension: 'Mystery',
            indicator: 'Something new',
            value: 1,
            peerAverage: 2,
            peerExcellent: 3,
            higherIsBetter: true,
          },
        ],
      }),
    );
    const byName = Object.fromEntries(r.weakest.map((i) => [i.indicator, i]));
    expect(byName['Repurchase rate']?.dimensionId).toBe('retention');
    expect(byName['Repurchase rate']?.actions.map((a) => a.id)).toEqual([
      'retention.tiers',
      'retention.recall',
    ]);
    expect(byName['Shipping time (days)']?.dimensionId).toBe('logistics');
    expect(byName['Add-to-cart rate']?.actions[0]?.id).toBe('indicator.cart-wishlist');
    expect(byName['Something new']?.dimensionId).toBeNull();
    expect(byName['Something new']?.actions.map((a) => a.id)).toEqual(['fix-weakest']);
    expect(r.dimensions.find((d) => d.dimension === 'Mystery')?.label).toEqual({
      en: 'Mystery',
      zh: 'Mystery',
    });
  });

  it('puts store, average and excellent of each dimension on one 0..100 scale', () => {
    const r = ok(assessCapability({ rows: SNAPSHOT, orderCount: 500 }));
    const product = r.dimensions.find((d) => d.dimensionId === 'product');
    // listing count: 120/200 = 60, 100/200 = 50, 100; dispute: 0.3/1.2 = 25, 0.3/0.8 = 37.5, 100.
    expect(product?.chart.store).toBeCloseTo((60 + 25) / 2, 9);
    expect(product?.chart.average).toBeCloseTo((50 + 37.5) / 2, 9);
    expect(product?.chart.excellent).toBe(100);
    for (const d of r.dimensions)
      for (const v of [d.chart.store, d.chart.average, d.chart.excellent]) {
        expect(v).toBeGreaterThanOrEqual(0);
        expect(v).toBeLessThanOrEqual(100);
      }
  });

  it('says "not enough data" under 60 orders instead of guessing', () => {
    const r = assessCapability({ rows: SNAPSHOT, orderCount: 59 });
    expect(r).toMatchObject({
      status: 'insufficient',
      reason: 'few-orders',
      orderCount: 59,
      minOrders: 60,
    });
    if (r.status === 'insufficient') expect(r.message.en).toContain('59 orders');
    expect(assessCapability({ rows: SNAPSHOT, orderCount: 60 }).status).toBe('ok');
    // The threshold is a setting.
    expect(
      assessCapability({
        rows: SNAPSHOT,
        orderCount: 40,
        thresholds: { capability: { minOrders: 30 } },
      }).status,
    ).toBe('ok');
  });

  it('says "no model shown" without rows and "nothing to compare" without peer figures', () => {
    expect(assessCapability({ rows: [], orderCount: 500 })).toMatchObject({
      status: 'insufficient',
      reason: 'no-model',
    });
    expect(
      assessCapability({
        rows: [{ dimension: '商品能力', indicator: '在线商品数', value: 10, higherIsBetter: true }],
      }),
    ).toMatchObject({ status: 'insufficient', reason: 'no-peers' });
  });

  it('notes low confidence on missing peer columns, thin dimensions and an unknown order count', () => {
    const r = ok(
      assessCapability({
        rows: [
          {
            dimension: '物流能力',
            indicator: '发货时长',
            value: 3,
            peerAverage: 2.5,
            higherIsBetter: false,
          },
          ...SNAPSHOT,
        ],
      }),
    );
    expect(r.confidence.map((n) => n.level)).toEqual(['medium']);
    expect(r.confidence[0]?.reason.en).toContain('order count is unknown');
    const shipping = r.weakest.find((i) => i.indicator === '发货时长');
    expect(shipping?.level).toBe('below');
    expect(shipping?.confidence[0]?.reason.en).toContain('no category excellent');
    const logistics = r.dimensions.find((d) => d.dimensionId === 'logistics');
    expect(logistics?.confidence.map((n) => n.reason.en)).toEqual([
      'This level rests on 1 indicator.',
    ]);
    expect(logistics?.chart.excellent).toBeNull();
  });

  it('reads the newest day of an ability history', () => {
    const rec = (day: string, value: number): AbilityScoreRecord => ({
      storeKey: 'aliexpress:1',
      day,
      updatedAt: `${day}T00:00:00Z`,
      dimension: '客服能力',
      indicator: '响应率',
      value,
      peerAverage: 85,
      peerExcellent: 95,
      higherIsBetter: true,
    });
    expect(latestAbilityRows([rec('2024-10-02', 90), rec('2024-10-01', 70)])).toEqual([
      {
        dimension: '客服能力',
        indicator: '响应率',
        value: 90,
        peerAverage: 85,
        peerExcellent: 95,
        higherIsBetter: true,
      },
    ]);
  });
});

const LEVEL_RANK = { below: 0, average: 1, excellent: 2, unknown: -1 } as const;
const TIER_RANK = { starting: 0, developing: 1, middle: 2, top: 3 } as const;

const rowArb = fc.record({
  dimension: fc.constantFrom('商品能力', '流量能力', '客服能力'),
  indicator: fc.string({ minLength: 1, maxLength: 6 }),
  value: fc.double({ min: 0, max: 1000, noNaN: true }),
  peerAverage: fc.double({ min: 0, max: 1000, noNaN: true }),
  peerExcellent: fc.double({ min: 0, max: 1000, noNaN: true }),
  higherIsBetter: fc.boolean(),
});

describe('capability properties', () => {
  it('an indicator level never drops when its value improves', () => {
    fc.assert(
      fc.property(rowArb, fc.double({ min: 0, max: 500, noNaN: true }), (row, step) => {
        const better = { ...row, value: row.higherIsBetter ? row.value + step : row.value - step };
        expect(LEVEL_RANK[indicatorLevel(better)]).toBeGreaterThanOrEqual(
          LEVEL_RANK[indicatorLevel(row)],
        );
      }),
    );
  });

  it('improving one indicator never lowers the overall tier or its shortfall rank', () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { minLength: 1, maxLength: 8 }),
        fc.nat(),
        fc.double({ min: 0, max: 500, noNaN: true }),
        (rows, pick, step) => {
          const i = pick % rows.length;
          const row = rows[i]!;
          const improved = rows.map((r, j) =>
            j === i
              ? { ...r, value: r.higherIsBetter ? r.value + step : Math.max(0, r.value - step) }
              : r,
          );
          const before = assessCapability({ rows, orderCount: 100 });
          const after = assessCapability({ rows: improved, orderCount: 100 });
          if (before.status !== 'ok' || after.status !== 'ok') return;
          expect(TIER_RANK[after.tier]).toBeGreaterThanOrEqual(TIER_RANK[before.tier]);
          expect(after.points).toBeGreaterThanOrEqual(before.points - 1e-9);
          const b = before.weakest.find(
            (x) => x.indicator === row.indicator && x.value === row.value,
          );
          const a = after.weakest.find(
            (x) => x.indicator === row.indicator && x.value === improved[i]!.value,
          );
          if (a?.shortfall !== undefined && b?.shortfall !== undefined)
            expect(a.shortfall).toBeLessThanOrEqual(b.shortfall + 1e-9);
        },
      ),
    );
  });

  it('always lists every indicator exactly once, below-average ones first', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { minLength: 1, maxLength: 10 }), (rows) => {
        const r = assessCapability({ rows, orderCount: 100 });
        if (r.status !== 'ok') return;
        expect(r.weakest).toHaveLength(rows.length);
        const firstNotBelow = r.weakest.findIndex((x) => x.level !== 'below');
        if (firstNotBelow >= 0)
          expect(r.weakest.slice(firstNotBelow).every((x) => x.level !== 'below')).toBe(true);
      }),
    );
  });
});
