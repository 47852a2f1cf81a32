import { describe, expect, it } from 'vitest';
import {
  focusEntry,
  countdown,
  nextMilestone,
  promoTimeline,
  campaignKey,
  parseCampaignKey,
} from '@/utils/engines/promo/selection';
import { at } from '../../../entrypoints/sidepanel/promo/fixtures';

describe('which campaign and phase the Promo tab shows', () => {
  it('puts AliExpress 11.11 in warm-up on 5 Nov 2026 and lists what comes next', () => {
    const entries = promoTimeline('aliexpress', at('2026-11-05T12:00:00Z'), {}, 2);
    expect(entries.map((e) => [campaignKey(e.campaign), e.status, e.at.phase])).toEqual([
      ['aliexpress-1111:2026', 'running', 'warmup'],
      ['aliexpress-black-friday:2026', 'upcoming', null],
      ['aliexpress-december-3c:2026', 'upcoming', null],
    ]);
  });

  it('follows the marketplace: Taobao 11.11 is in its burst on the same day', () => {
    const entry = focusEntry('taobao', at('2026-11-05T12:00:00Z'), {});
    expect(entry && [campaignKey(entry.campaign), entry.at.phase]).toEqual([
      'taobao-1111:2026',
      'burst',
    ]);
  });

  it('leads with the sharpest phase when editions overlap (burst over momentum)', () => {
    // 28 Nov 2026: Black Friday (27 Nov) is in its burst while the December 3C sale is in momentum.
    const entries = promoTimeline('aliexpress', at('2026-11-28T20:00:00Z'), {}, 0);
    expect(entries.map((e) => [e.campaign.id, e.at.phase])).toEqual([
      ['aliexpress-black-friday', 'burst'],
      ['aliexpress-december-3c', 'momentum'],
    ]);
  });

  it('applies the seller’s dates: a warm-up moved to start on 6 Nov leaves 5 Nov in momentum', () => {
    const overrides = {
      'aliexpress-1111': {
        2026: {
          phases: {
            momentum: { start: '2026-10-01', end: '2026-11-05' },
            warmup: { start: '2026-11-06', end: '2026-11-10' },
          },
        },
      },
    };
    const entry = focusEntry('aliexpress', at('2026-11-05T12:00:00Z'), overrides);
    expect(entry?.campaign.id).toBe('aliexpress-1111');
    expect(entry?.at.phase).toBe('momentum');
    expect(entry?.campaign.phases.find((p) => p.id === 'warmup')?.basis).toBe('seller');
  });

  it('counts down to the burst at midnight Pacific time: 5 d 20 h from 5 Nov 12:00Z', () => {
    const instant = at('2026-11-05T12:00:00Z');
    const entry = focusEntry('aliexpress', instant, {})!;
    const m = nextMilestone(entry, instant);
    expect(m).toMatchObject({ kind: 'phase', phase: 'burst' });
    expect(m?.at.toISOString()).toBe('2026-11-11T08:00:00.000Z');
    expect(countdown(instant, m!.at, entry.campaign.timeZone)).toEqual({
      days: 5,
      hours: 20,
      minutes: 0,
      calendarDays: 6,
    });
  });

  it('counts down to a registration deadline when it comes before the next phase', () => {
    const instant = at('2026-10-15T12:00:00Z');
    const bf = promoTimeline('aliexpress', instant, {}, 5).find(
      (e) => e.campaign.id === 'aliexpress-black-friday',
    )!;
    const m = nextMilestone(bf, instant);
    expect(m).toMatchObject({ kind: 'deadline', deadlineKind: 'deadline' });
    // 21 Oct is met until the end of that Pacific day.
    expect(m?.at.toISOString()).toBe('2026-10-22T07:00:00.000Z');
  });

  it('never shows a negative countdown', () => {
    expect(countdown(at('2026-11-12T00:00:00Z'), at('2026-11-11T00:00:00Z'), 'UTC')).toEqual({
      days: 0,
      hours: 0,
      minutes: 0,
      calendarDays: 0,
    });
  });

  it('reads campaign keys back and refuses unknown campaigns', () => {
    expect(parseCampaignKey('aliexpress-1111:2026')).toEqual({ id: 'aliexpress-1111', year: 2026 });
    expect(parseCampaignKey('made-up:2026')).toBeUndefined();
    expect(parseCampaignKey('aliexpress-1111:next')).toBeUndefined();
  });
});
