import { describe, expect, it } from 'vitest';
import { EXPOSURE_DIAGNOSIS } from '../../../../../utils/engines/data/exposureWatch';
import { watchExposure } from '../../../../../utils/engines/titles/exposureWatch';

const series = (values: (number | undefined)[]) =>
  values.map((exposure, i) => ({ day: `2025-10-${String(i + 1).padStart(2, '0')}`, exposure }));

describe('exposure watch (docs/ADVICE.md#titles)', () => {
  it('lists the diagnosis checklist in the playbook’s order', () => {
    expect(EXPOSURE_DIAGNOSIS.map((d) => d.id)).toEqual([
      'violations',
      'lowConversion',
      'saturatedFollowSell',
      'titleKeywords',
      'hotAttributes',
      'noPromotion',
      'competitorOutranks',
    ]);
    for (const d of EXPOSURE_DIAGNOSIS) {
      expect(d.title.en).not.toBe('');
      expect(d.title.zh).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('triggers on three falls in a row and returns the checklist', () => {
    const w = watchExposure(series([500, 520, 480, 450, 430]));
    expect(w.triggered).toBe(true);
    expect(w.signals).toEqual([
      {
        kind: 'consecutiveFall',
        days: 3,
        fromDay: '2025-10-02',
        from: 520,
        toDay: '2025-10-05',
        to: 430,
      },
    ]);
    expect(w.checklist).toBe(EXPOSURE_DIAGNOSIS);
    expect(w.summary.en).toContain('fell 3 days in a row (520 → 430)');
    expect(w.summary.zh).toContain('连续 3 天下降');
  });

  it('does not trigger on two falls, or when the streak is broken by a rise', () => {
    expect(watchExposure(series([500, 520, 480, 450])).triggered).toBe(false);
    expect(watchExposure(series([500, 480, 470, 490, 460, 450])).triggered).toBe(false);
  });

  it('triggers on a sharp drop against the prior average', () => {
    const w = watchExposure(series([1000, 1100, 900, 1000, 1000, 1000, 1000, 550]));
    const drop = w.signals.find((s) => s.kind === 'sharpDrop');
    expect(drop).toEqual({
      kind: 'sharpDrop',
      day: '2025-10-08',
      latest: 550,
      priorAverage: 1000,
      drop: 0.45,
    });
    expect(w.checklist.length).toBe(7);
  });

  it('treats a 39% drop as steady and a drop on a tiny base as noise', () => {
    expect(watchExposure(series([1000, 1000, 1000, 610])).triggered).toBe(false);
    expect(watchExposure(series([10, 12, 11, 2])).triggered).toBe(false);
  });

  it('reads thresholds as parameters', () => {
    expect(watchExposure(series([500, 520, 480, 450]), { fallDays: 2 }).triggered).toBe(true);
    expect(watchExposure(series([1000, 1000, 1000, 610]), { sharpDropShare: 0.3 }).triggered).toBe(
      true,
    );
  });

  it('sorts days, skips days without a figure and keeps the last record of a day', () => {
    const w = watchExposure([
      { day: '2025-10-04', exposure: 400 },
      { day: '2025-10-01', exposure: 700 },
      { day: '2025-10-03', exposure: undefined },
      { day: '2025-10-02', exposure: 900 },
      { day: '2025-10-02', exposure: 600 },
      { day: '2025-10-05', exposure: 300 },
    ]);
    expect(w.signals[0]).toMatchObject({ kind: 'consecutiveFall', days: 3, from: 700, to: 300 });
  });

  it('says when there is too little history', () => {
    const w = watchExposure(series([800, 700]));
    expect(w.triggered).toBe(false);
    expect(w.checklist).toEqual([]);
    expect(w.confidence[0]?.level).toBe('low');
    expect(w.confidence[0]?.reason.en).toContain('Only 2 days');
  });
});
