import { describe, expect, it } from 'vitest';
import { CAMPAIGN_TEMPLATES } from '../../../../../utils/engines/data/campaigns';
import {
  AREA_LABELS,
  CHECKLIST_ITEMS,
  RETIRED_CHECKLIST_IDS,
} from '../../../../../utils/engines/data/checklists';
import { getTemplate, resolveCampaign } from '../../../../../utils/engines/promo/campaign';
import { checklistFor, summariseProgress } from '../../../../../utils/engines/promo/checklist';
import { PHASE_IDS } from '../../../../../utils/engines/types';

describe('checklist data (docs/ADVICE.md#promo-phases)', () => {
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

  it('retires ids, never renames them: every id ever shipped is current or retired', () => {
    // Sellers' ticks are stored by id. An id that disappears without being listed
    // in RETIRED_CHECKLIST_IDS was renamed, which would untick their progress.
    const current = new Set(CHECKLIST_ITEMS.map((i) => i.id));
    const retired = new Set(RETIRED_CHECKLIST_IDS);
    expect(SHIPPED_IDS.filter((id) => !current.has(id) && !retired.has(id))).toEqual([]);
    // A retired id is never used again for another task.
    expect(RETIRED_CHECKLIST_IDS.filter((id) => current.has(id))).toEqual([]);
    // A new id is recorded here when it ships, so a later rename of it is caught too.
    expect([...current].filter((id) => !SHIPPED_IDS.includes(id))).toEqual([]);
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

/** Every checklist id that has shipped (progress may be stored under any of them). */
const SHIPPED_IDS: readonly string[] = [
  'ae1111.momentum.operations.register',
  'ae1111.momentum.operations.headline-benefit',
  'ae1111.momentum.operations.kickoff',
  'ae1111.momentum.operations.monitoring',
  'ae1111.momentum.operations.traffic-plan',
  'ae1111.momentum.product.assign-roles',
  'ae1111.momentum.product.register-by-role',
  'ae1111.momentum.product.threshold-price',
  'ae1111.momentum.product.stock-rules',
  'ae1111.momentum.traffic.sales-reviews-base',
  'ae1111.momentum.traffic.search-words',
  'ae1111.momentum.traffic.ppc-setup',
  'ae1111.momentum.traffic.affiliate',
  'ae1111.momentum.traffic.offsite-content',
  'ae1111.momentum.marketing.platform-events',
  'ae1111.momentum.marketing.store-events',
  'ae1111.momentum.marketing.feed-follow',
  'ae1111.momentum.visual.theme-pages',
  'ae1111.momentum.visual.posters',
  'ae1111.momentum.visual.live-video',
  'ae1111.momentum.logistics-service.reach-members',
  'ae1111.momentum.logistics-service.warehouse',
  'ae1111.momentum.logistics-service.overseas-stock',
  'ae1111.warmup.operations.review-momentum',
  'ae1111.warmup.operations.shift-budget',
  'ae1111.warmup.product.cart-wishlist',
  'ae1111.warmup.traffic.paid-boost',
  'ae1111.warmup.traffic.livestreams',
  'ae1111.warmup.traffic.offsite-boost',
  'ae1111.warmup.marketing.reach-returning',
  'ae1111.warmup.visual.event-pages',
  'ae1111.warmup.visual.sold-out-badges',
  'ae1111.warmup.visual.related-items',
  'ae1111.warmup.logistics-service.auto-replies',
  'ae1111.warmup.logistics-service.warehouse-process',
  'ae1111.burst.operations.war-room',
  'ae1111.burst.operations.stock-sync',
  'ae1111.burst.product.restock',
  'ae1111.burst.product.monitor-heroes',
  'ae1111.burst.traffic.ppc-raise',
  'ae1111.burst.traffic.more-livestreams',
  'ae1111.burst.traffic.promo-codes',
  'ae1111.burst.marketing.big-coupons',
  'ae1111.burst.marketing.crm-pushes',
  'ae1111.burst.marketing.chase-abandoners',
  'ae1111.burst.visual.offsite-material',
  'ae1111.burst.logistics-service.notices',
  'ae1111.burst.logistics-service.fast-dispatch',
  'ae1111.review.operations.goal-completion',
  'ae1111.review.operations.drivers',
  'ae1111.review.operations.profit',
  'ae1111.review.operations.black-friday-plan',
  'ae1111.review.marketing.targeted-coupons-7d',
  'ae1111.review.marketing.return-sessions',
  'ae1111.review.visual.black-friday-visuals',
  'ae1111.review.logistics-service.fulfilment',
  'ae1111.review.logistics-service.service-review',
  'aebf.momentum.operations.register-platform',
  'aebf.momentum.operations.register-store',
  'aebf.warmup.traffic.budget',
  'aebf.warmup.traffic.offsite',
  'aebf.warmup.visual.main-image',
  'aebf.warmup.visual.official-materials',
  'ae328.momentum.marketing.member-prices',
  'ae328.warmup.marketing.member-reach',
  'ali9.momentum.returning-buyers.tier-customers',
  'ali9.momentum.returning-buyers.import-emails',
  'ali9.momentum.communication.reply-templates',
  'ali9.momentum.communication.star-contacts',
  'ali9.momentum.communication.cards',
  'ali9.momentum.promo-marketing.coupon-budget',
  'ali9.momentum.promo-marketing.sale-coupons',
  'ali9.momentum.promo-marketing.detail-modules',
  'ali9.momentum.followers.content-plan',
  'ali9.momentum.data-promo.stage-targets',
  'ali9.momentum.data-promo.data-manager',
  'ali9.warmup.returning-buyers.warmup-edm',
  'ali9.warmup.promo-marketing.visitor-marketing',
  'ali9.warmup.followers.guide-follows',
  'ali9.warmup.followers.weekly-cadence',
  'ali9.warmup.data-promo.hot-words',
  'ali9.burst.returning-buyers.burst-edm',
  'ali9.burst.returning-buyers.smart-batch',
  'ali9.burst.communication.fast-replies',
  'ali9.burst.promo-marketing.visitor-marketing',
  'ali9.burst.followers.content',
  'ali9.burst.data-promo.dark-horse-words',
  'ali9.burst.data-promo.traffic-sources',
  'ali9.burst.data-promo.stage-check',
  'ali9.review.data-promo.target-review',
  'ali9.review.returning-buyers.new-buyers',
  'tb1111.momentum.operations.register-venues',
  'tb1111.momentum.marketing.red-packets',
  'tb1111.momentum.product.outer-items',
  'tb1111.warmup.marketing.cart-build',
  'tb1111.warmup.marketing.full-reduction-check',
  'tb1111.burst.operations.monitor',
  'tb1111.burst.marketing.red-packet-reminders',
  'tb1111.review.operations.review',
  'tb1212.momentum.marketing.followers',
  'tb1212.momentum.marketing.content',
  'tb1212.warmup.marketing.groups',
  'tb1212.warmup.traffic.livestreams',
  'tb1212.burst.traffic.livestreams',
  'tb1212.burst.marketing.group-pushes',
  'tb1212.review.marketing.followers-review',
];
