import { describe, expect, it } from 'vitest';
import {
  TIER_THRESHOLDS,
  TIER_THRESHOLD_LABELS,
  resolveTierThresholds,
} from '@/utils/engines/data/tierThresholds';

describe('tier thresholds (docs/ADVICE.md#tiers defaults, seller overrides)', () => {
  it('defaults to the playbook figures', () => {
    expect(TIER_THRESHOLDS.capability.minOrders).toBe(60);
    expect(TIER_THRESHOLDS.customers.recentIntentDays).toBe(7);
    expect(TIER_THRESHOLDS.customers.repeatMinOrders).toBe(2);
    expect(TIER_THRESHOLDS.restock.soldShare).toBe(0.5);
  });

  it('lays overrides over the defaults without touching them', () => {
    const t = resolveTierThresholds({ customers: { lapseDays: 90 }, restock: { spikeFactor: 3 } });
    expect(t.customers.lapseDays).toBe(90);
    expect(t.customers.newWindowDays).toBe(TIER_THRESHOLDS.customers.newWindowDays);
    expect(t.restock.spikeFactor).toBe(3);
    expect(TIER_THRESHOLDS.customers.lapseDays).toBe(180);
  });

  it('ignores unknown paths, negative and non-finite numbers from stored settings', () => {
    const stored: unknown = {
      customers: { lapseDays: -5, newWindowDays: Number.NaN, nonsense: 3 },
      nowhere: { x: 1 },
      capability: 'broken',
    };
    expect(resolveTierThresholds(stored as never)).toEqual(TIER_THRESHOLDS);
    expect(resolveTierThresholds(null)).toEqual(TIER_THRESHOLDS);
  });

  it('has a bilingual label for every threshold, and no label without a threshold', () => {
    const leaves = Object.entries(TIER_THRESHOLDS).flatMap(([s, v]) =>
      Object.keys(v).map((k) => `${s}.${k}`),
    );
    expect(Object.keys(TIER_THRESHOLD_LABELS).sort()).toEqual(leaves.sort());
    for (const label of Object.values(TIER_THRESHOLD_LABELS)) {
      expect(label.en.length).toBeGreaterThan(0);
      expect(label.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
