import { describe, expect, it } from 'vitest';
import { currentPhase } from '@/utils/engines/promo/currentPhase';
import { focusEntry, promoTimeline } from '@/utils/engines/promo/selection';
import type { Site } from '@/utils/types';
import type { OverrideMap } from '@/utils/db/promo/overrides';

// Before one rule existed, the Tier tab took the first campaign of the table
// that was running, while the Promo tab, popup and toast took the sharpest
// phase, so they disagreed on these days of 2026. Expected values are worked
// out by hand from the campaign table (docs/ADVICE.md#promo-phases): in 2026
// Black Friday is 27 Nov, so AliExpress Black Friday runs momentum 13–19 Nov,
// warm-up 20–26 Nov, burst 27–30 Nov, review 1–7 Dec; AliExpress 11.11's
// review is 13–20 Nov; the December 3C sale's momentum is 20 Nov – 7 Dec;
// Taobao 11.11 review 12–18 Nov, Taobao 12.12 momentum 19–30 Nov and warm-up
// 1–9 Dec. Sharpest phase leads: burst, warm-up, momentum, review.

const AE_NOON = (day: string) => new Date(`${day}T20:00:00Z`); // 12:00 in Los Angeles
const CN_NOON = (day: string) => new Date(`${day}T04:00:00Z`); // 12:00 in Shanghai

const CASES: [Site, string, string, string][] = [
  ['aliexpress', '2026-11-13', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-14', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-15', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-16', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-17', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-18', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-19', 'aliexpress-black-friday', 'momentum'],
  ['aliexpress', '2026-11-20', 'aliexpress-black-friday', 'warmup'],
  ['aliexpress', '2026-12-01', 'aliexpress-december-3c', 'momentum'],
  ['aliexpress', '2026-12-04', 'aliexpress-december-3c', 'momentum'],
  ['aliexpress', '2026-12-07', 'aliexpress-december-3c', 'momentum'],
  ['taobao', '2026-11-13', 'taobao-1111', 'review'],
  ['taobao', '2026-11-18', 'taobao-1111', 'review'],
  ['taobao', '2026-11-19', 'taobao-1212', 'momentum'],
  ['taobao', '2026-11-20', 'taobao-1212', 'momentum'],
  ['taobao', '2026-12-01', 'taobao-1212', 'warmup'],
  ['taobao', '2026-12-07', 'taobao-1212', 'warmup'],
];

describe('currentPhase: one rule for the Tier tab, Promo tab, popup and toast', () => {
  it.each(CASES)('%s on %s: %s in %s', (site, day, campaign, phase) => {
    const instant = site === 'aliexpress' ? AE_NOON(day) : CN_NOON(day);
    const now = currentPhase(site, instant);
    expect(now?.entry.campaign.id).toBe(campaign);
    expect(now?.phase).toBe(phase);
    // The Promo tab's first entry and the popup/toast focus are the same edition and phase.
    const lead = promoTimeline(site, instant, {}, 2)[0];
    expect(lead?.campaign.id).toBe(campaign);
    expect(lead?.at.phase).toBe(phase);
    expect(focusEntry(site, instant, {})?.campaign.id).toBe(campaign);
  });

  it('is null when no campaign of the marketplace runs', () => {
    expect(currentPhase('alibaba', CN_NOON('2026-11-20'))).toBeNull();
    expect(currentPhase('aliexpress', AE_NOON('2026-06-01'))).toBeNull();
  });

  it('follows the seller’s date edits', () => {
    // Move Black Friday's momentum to start on 16 Nov: 13–15 Nov is then 11.11's review.
    const overrides: OverrideMap = {
      'aliexpress-black-friday': {
        2026: { phases: { momentum: { start: '2026-11-16', end: '2026-11-19' } } },
      },
    };
    const before = currentPhase('aliexpress', AE_NOON('2026-11-14'), overrides);
    expect(before?.entry.campaign.id).toBe('aliexpress-1111');
    expect(before?.phase).toBe('review');
  });
});
