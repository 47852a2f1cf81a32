import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TEMPLATES } from '../../../../../utils/engines/data/campaigns';
import { AREA_LABELS, CHECKLIST_ITEMS } from '../../../../../utils/engines/data/checklists';
import { getTemplate, resolveCampaign } from '../../../../../utils/engines/promo/campaign';
import { checklistFor, summariseProgress } from '../../../../../utils/engines/promo/checklist';
import { PHASE_IDS } from '../../../../../utils/engines/types';

describe('checklist data (PLAYBOOK §3)', () => {
  it('has unique ids', () => {
    const ids = CHECKLIST_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('names every id after its set, phase and area', () => {
    for (const item of CHECKLIST_ITEMS) {
      expect(item.id).toMatch(/^[a-z0-9]+\.[a-z]+\.[a-z-]+\.[a-z0-9-]+$/);
      expect(item.id.startsWith(`${item.set}.${item.phase}.${item.area}.`)).toBe(true);
      expect(item.text.en.length).toBeGreaterThan(3);
      expect(item.text.zh.length).toBeGreaterThan(1);
    }
  });

  it('keeps the ids the UI has stored progress under (stable ids)', () => {
    // Renaming any of these loses sellers' ticks: retire ids, never rename them.
    expect(CHECKLIST_ITEMS.map((i) => i.id)).toMatchSnapshot();
    expect(CHECKLIST_ITEMS.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'ae1111.warmup.traffic.paid-boost',
        'ae1111.review.marketing.targeted-coupons-7d',
        'aebf.momentum.operations.register-platform',
        'ali9.burst.returning-buyers.smart-batch',
        'tb1111.momentum.operations.register-venues',
      ]),
    );
  });

  it('covers the AliExpress areas in every phase, traffic split on-site / off-site', () => {
    const ae = CHECKLIST_ITEMS.filter((i) => i.set === 'ae1111');
    for (const phase of PHASE_IDS) {
      const areas = new Set(ae.filter((i) => i.phase === phase).map((i) => i.area));
      expect(areas.size).toBeGreaterThanOrEqual(4);
    }
    const momentumAreas = new Set(ae.filter((i) => i.phase === 'momentum').map((i) => i.area));
    expect([...momentumAreas].sort()).toEqual(
      ['logistics-service', 'marketing', 'operations', 'product', 'traffic', 'visual'].sort(),
    );
    const traffic = ae.filter((i) => i.area === 'traffic');
    expect(traffic.every((i) => i.channel === 'onsite' || i.channel === 'offsite')).toBe(true);
    expect(new Set(traffic.map((i) => i.channel))).toEqual(new Set(['onsite', 'offsite']));
  });

  it('gives the Alibaba.com festival its five boards with ops / sales / boss tasks', () => {
    const ali = CHECKLIST_ITEMS.filter((i) => i.set === 'ali9');
    expect(new Set(ali.map((i) => i.area))).toEqual(
      new Set(['returning-buyers', 'communication', 'promo-marketing', 'followers', 'data-promo']),
    );
    expect(ali.every((i) => i.role !== undefined)).toBe(true);
    expect(new Set(ali.map((i) => i.role))).toEqual(new Set(['ops', 'sales', 'boss']));
  });

  it('gives every campaign items in every phase, with labels for every area', () => {
    for (const t of CAMPAIGN_TEMPLATES) {
      const items = checklistFor(resolveCampaign(t, 2026));
      for (const phase of PHASE_IDS) {
        expect(
          items.some((i) => i.phase === phase),
          `${t.id} ${phase}`,
        ).toBe(true);
      }
      for (const i of items) expect(AREA_LABELS[i.area].en).toBeTruthy();
    }
  });
});

describe('summariseProgress', () => {
  const campaign = resolveCampaign(getTemplate('alibaba-september')!, 2026);

  it('counts done / total per area and per phase', () => {
    const items = checklistFor(campaign, { phase: 'burst' });
    const done = ['ali9.burst.returning-buyers.burst-edm', 'ali9.burst.data-promo.stage-check'];
    const p = summariseProgress(items, done);
    expect(p).toMatchObject({ done: 2, total: items.length });
    expect(p.byArea.find((a) => a.area === 'returning-buyers')).toEqual({
      area: 'returning-buyers',
      done: 1,
      total: 2,
    });
    expect(p.byArea.find((a) => a.area === 'data-promo')).toEqual({
      area: 'data-promo',
      done: 1,
      total: 3,
    });
    expect(p.byPhase).toEqual([{ phase: 'burst', done: 2, total: items.length }]);
  });

  it('ignores ids of retired items so stored progress survives template edits', () => {
    const items = checklistFor(campaign);
    const p = summariseProgress(items, [
      'ali9.momentum.retired.item',
      'ae1111.warmup.traffic.paid-boost',
    ]);
    expect(p.done).toBe(0);
    expect(p.total).toBe(items.length);
  });

  it('filters by role', () => {
    const boss = checklistFor(campaign, { role: 'boss' });
    expect(boss.length).toBeGreaterThan(0);
    expect(boss.every((i) => i.role === 'boss')).toBe(true);
  });
});
