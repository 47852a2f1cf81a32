import { describe, expect, it } from 'vitest';
import {
  listingChange,
  marketAlerts,
  pairGap,
  rankDrops,
  salesRate,
  type AlertSettings,
} from '@/utils/engines/market/market';

const usd = (amount: number) => ({ amount, currency: 'USD' });

describe('listingChange', () => {
  it('reports the price change, title words added and removed, and new badges', () => {
    expect(
      listingChange(
        { title: 'Women Summer Dress Floral Beach', price: usd(20), badges: ['Free shipping'] },
        {
          title: 'Women Summer Dress Floral Boho 2026',
          price: usd(17),
          badges: ['Free shipping', 'Choice'],
        },
      ),
    ).toEqual({
      priceChange: -0.15,
      from: usd(20),
      to: usd(17),
      titleAdded: ['Boho', '2026'],
      titleRemoved: ['Beach'],
      newBadges: ['Choice'],
    });
  });
  it('compares no prices across currencies', () => {
    expect(
      listingChange(
        { title: 'a', price: usd(20) },
        { title: 'a', price: { amount: 150, currency: 'CNY' } },
      ),
    ).toEqual({ titleAdded: [], titleRemoved: [], newBadges: [] });
  });
});

describe('salesRate', () => {
  it('rests on the last reading of each day, and says over how many days', () => {
    expect(
      salesRate([
        { day: '2026-11-01', at: '2026-11-01T08:00:00Z', listing: { title: 'a', soldCount: 1000 } },
        { day: '2026-11-01', at: '2026-11-01T20:00:00Z', listing: { title: 'a', soldCount: 1100 } },
        { day: '2026-11-05', at: '2026-11-05T09:00:00Z', listing: { title: 'a', soldCount: 1500 } },
      ]),
    ).toEqual({ perDay: 100, days: 4, fromDay: '2026-11-01', toDay: '2026-11-05' });
  });
  it('is unknown from one day, or when the count went down', () => {
    expect(
      salesRate([
        { day: '2026-11-01', at: '2026-11-01T08:00:00Z', listing: { title: 'a', soldCount: 5 } },
      ]),
    ).toBeUndefined();
    expect(
      salesRate([
        { day: '2026-11-01', at: '2026-11-01T08:00:00Z', listing: { title: 'a', soldCount: 500 } },
        { day: '2026-11-02', at: '2026-11-02T08:00:00Z', listing: { title: 'a', soldCount: 100 } },
      ]),
    ).toBeUndefined();
  });
});

describe('rankDrops and pairGap', () => {
  it('finds own listings that fell N places or off the page', () => {
    const prev = [
      { productId: 'a', position: 2, own: true, title: 'Mine A' },
      { productId: 'b', position: 3, own: true, title: 'Mine B' },
      { productId: 'c', position: 1, own: false, title: 'Theirs' },
    ];
    const next = [{ productId: 'a', position: 9, own: true, title: 'Mine A' }];
    expect(rankDrops(prev, next, 40, 5)).toEqual([
      { productId: 'a', title: 'Mine A', from: 2, to: 9 },
      { productId: 'b', title: 'Mine B', from: 3, to: 41 },
    ]);
  });
  it('lists competitor words the seller lacks, price and rate gaps', () => {
    expect(
      pairGap(
        { title: 'Summer Dress Women', price: usd(20), ratePerDay: 10 },
        { title: 'Women Summer Dress Floral Boho floral', price: usd(17), ratePerDay: 25 },
      ),
    ).toEqual({
      missingWords: ['Floral', 'Boho'],
      priceGap: -3,
      priceGapShare: -0.15,
      rateGap: 15,
    });
  });
});

describe('marketAlerts', () => {
  const off: AlertSettings = {
    marketAlertPriceCut: false,
    marketPriceCutPercent: 10,
    marketAlertTitle: false,
    marketAlertRankDrop: false,
    marketRankDropPlaces: 5,
  };
  const prev = { listing: { title: 'Summer Dress', price: usd(20) } };
  const next = { listing: { title: 'Summer Dress Boho', price: usd(17) } };
  it('raises nothing while every kind is off (the default)', () => {
    expect(marketAlerts(prev, next, off)).toEqual([]);
  });
  it('raises a price cut at or above the threshold, and a title change', () => {
    expect(
      marketAlerts(prev, next, { ...off, marketAlertPriceCut: true, marketAlertTitle: true }),
    ).toEqual([
      { kind: 'priceCut', pct: 15, from: usd(20), to: usd(17) },
      { kind: 'titleChange', added: 1, removed: 0 },
    ]);
    expect(
      marketAlerts(prev, next, { ...off, marketAlertPriceCut: true, marketPriceCutPercent: 16 }),
    ).toEqual([]);
  });
});
