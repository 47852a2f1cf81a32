import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  assessCustomerTiers,
  averageOrderValues,
  segmentsOf,
  type SegmentContext,
} from '@/utils/engines/tiers/customers';
import { TIER_THRESHOLDS } from '@/utils/engines/data/tierThresholds';
import type { BuyerRow as CustomerRow } from '@/utils/types';

const NOW = new Date('2024-11-20T00:00:00Z');
const usd = (amount: number) => ({ amount, currency: 'USD' });

// Store average order value: 1100 spent over 18 orders ≈ 61.1.
const CUSTOMERS: CustomerRow[] = [
  {
    buyerId: 'a',
    orders: 1,
    totalSpent: usd(20),
    firstOrderAt: '2024-11-10',
    lastOrderAt: '2024-11-10',
  }, // new
  {
    buyerId: 'b',
    orders: 3,
    totalSpent: usd(300),
    firstOrderAt: '2024-03-01',
    lastOrderAt: '2024-11-01',
  }, // repeat, high value (100)
  { buyerId: 'c', orders: 2, totalSpent: usd(30), lastOrderAt: '2023-12-01 10:00:00' }, // repeat (355 d), lapsed
  { buyerId: 'd', orders: 1, totalSpent: usd(10), lastOrderAt: '2024-01-01' }, // lapsed
  { buyerId: 'e', orders: 1, totalSpent: usd(80), lastOrderAt: '2024-10-30T08:00:00Z' }, // new (no firstOrderAt), high value
  { buyerId: 'f', orders: 5, totalSpent: usd(200), lastOrderAt: '2024-11-18' }, // repeat (AOV 40)
  { buyerId: 'h', orders: 1, totalSpent: usd(60), lastOrderAt: '2022-05-01' }, // lapsed (60 < 61.1)
  { buyerId: 'i', orders: 4, totalSpent: usd(400), lastOrderAt: '2024-11-15', country: 'US' }, // repeat, high value
];

const ctx = (
  customers: CustomerRow[],
  overrides: Partial<SegmentContext['thresholds']> = {},
): SegmentContext => ({
  now: NOW,
  thresholds: { ...TIER_THRESHOLDS.customers, ...overrides },
  averageOrderValue: averageOrderValues(customers),
});

describe('customer tiers (docs/ADVICE.md#customer-segments)', () => {
  it('counts RFM segments on crafted customers with a fixed now', () => {
    const r = assessCustomerTiers({ customers: CUSTOMERS, now: NOW, phase: null });
    expect(r.totalCustomers).toBe(8);
    expect(r.averageOrderValue).toEqual([{ currency: 'USD', amount: 1100 / 18 }]);
    const counts = Object.fromEntries(r.segments.map((s) => [s.id, s.count]));
    expect(counts).toEqual({ new: 2, repeat: 4, highValue: 3, lapsed: 3, recentIntent: null });
    expect(r.segments.find((s) => s.id === 'repeat')?.share).toBe(0.5);
    expect([...segmentsOf(CUSTOMERS[1]!, ctx(CUSTOMERS))].sort()).toEqual(['highValue', 'repeat']);
    expect([...segmentsOf(CUSTOMERS[2]!, ctx(CUSTOMERS))].sort()).toEqual(['lapsed', 'repeat']);
  });

  it('puts the lapse boundary at exactly the lapse window', () => {
    const at = (days: number): CustomerRow => ({
      buyerId: `x${days}`,
      orders: 1,
      totalSpent: usd(10),
      lastOrderAt: new Date(NOW.getTime() - days * 86_400_000).toISOString(),
    });
    const c = ctx([at(180)]);
    expect(segmentsOf(at(180), c).has('lapsed')).toBe(false);
    expect(segmentsOf(at(181), c).has('lapsed')).toBe(true);
    expect(segmentsOf(at(90), ctx([at(90)], { lapseDays: 60 })).has('lapsed')).toBe(true);
  });

  it.each([
    ['momentum', 'repeat', 'Reach members and fans'],
    ['warmup', 'recentIntent', 'buyer chat batch sends'],
    ['burst', 'repeat', 'Three CRM pushes'],
    [
      'review',
      'recentIntent',
      'targeted coupons to buyers who carted or wishlisted in the last 7 days',
    ],
  ] as const)('in the %s phase focuses on %s with "%s"', (phase, focus, text) => {
    const r = assessCustomerTiers({ customers: CUSTOMERS, now: NOW, phase });
    expect(r.phase).toBe(phase);
    expect(r.focus).toBe(focus);
    const action = r.segments.find((s) => s.id === focus)?.action;
    expect(action?.en.toLowerCase()).toContain(text.toLowerCase());
    expect(action?.zh.length).toBeGreaterThan(4);
  });

  it('fills the recent window into the review action from the thresholds', () => {
    const r = assessCustomerTiers({
      customers: CUSTOMERS,
      now: NOW,
      phase: 'review',
      thresholds: { customers: { recentIntentDays: 14 } },
    });
    const intent = r.segments.find((s) => s.id === 'recentIntent');
    expect(intent?.action.en).toContain('last 14 days');
    expect(intent?.action.zh).toContain('近 14 天');
    expect(intent?.rule.en).toContain('14 days');
  });

  it('counts recent cart/wishlist from the product rows when the caller has them', () => {
    const known = assessCustomerTiers({
      customers: CUSTOMERS,
      now: NOW,
      phase: 'review',
      recentIntent: { addToCart: 12, wishlist: 30 },
    });
    const intent = known.segments.find((s) => s.id === 'recentIntent');
    expect(intent?.count).toBe(42);
    expect(intent?.confidence.filter((n) => !n.reason.en.startsWith('Only 8 customers'))).toEqual(
      [],
    );

    const half = assessCustomerTiers({
      customers: CUSTOMERS,
      now: NOW,
      phase: null,
      recentIntent: { addToCart: 5 },
    });
    const halfIntent = half.segments.find((s) => s.id === 'recentIntent');
    expect(halfIntent?.count).toBe(5);
    expect(halfIntent?.confidence.map((n) => n.level)).toEqual(['medium']);
    expect(halfIntent?.confidence[0]?.reason.en).toContain('wishlist');

    const unknown = assessCustomerTiers({ customers: CUSTOMERS, now: NOW, phase: null });
    const none = unknown.segments.find((s) => s.id === 'recentIntent');
    expect(none?.count).toBeNull();
    expect(none?.confidence.map((n) => n.level)).toEqual(['low']);
  });

  it('notes few customers, unreadable dates and mixed currencies', () => {
    const r = assessCustomerTiers({
      customers: [
        ...CUSTOMERS,
        { buyerId: 'z', orders: 2, totalSpent: { amount: 500, currency: 'EUR' }, lastOrderAt: '—' },
      ],
      now: NOW,
      phase: null,
    });
    expect(r.confidence.map((n) => n.reason.en)).toEqual([
      'Only 9 customers read: segment counts are anecdotal.',
      '1 customers have no readable last-order date and count in no date-based segment.',
    ]);
    const high = r.segments.find((s) => s.id === 'highValue');
    expect(high?.confidence.map((n) => n.reason.en)).toContain(
      'Buyers pay in 2 currencies; each is compared with the average in its own currency.',
    );
    // The EUR buyer is the only one in EUR, so equals its own average: not above it.
    expect(high?.count).toBe(3);

    const many = Array.from({ length: 25 }, (_, i): CustomerRow => ({
      buyerId: `m${i}`,
      orders: 1,
      totalSpent: usd(10 + i),
      lastOrderAt: '2024-11-01',
    }));
    expect(assessCustomerTiers({ customers: many, now: NOW, phase: 'burst' }).confidence).toEqual(
      [],
    );
  });
});

// An independent statement of the docs/ADVICE.md#customer-segments rules, day arithmetic on whole instants.
function expectedSegments(c: CustomerRow, avg: number): string[] {
  const t = TIER_THRESHOLDS.customers;
  const age = (iso: string) => (NOW.getTime() - new Date(iso).getTime()) / 86_400_000;
  const out: string[] = [];
  const firstAge = age(c.firstOrderAt ?? c.lastOrderAt);
  if (c.orders < t.repeatMinOrders && firstAge <= t.newWindowDays) out.push('new');
  if (c.orders >= t.repeatMinOrders && age(c.lastOrderAt) <= t.repeatWindowDays) out.push('repeat');
  if (age(c.lastOrderAt) > t.lapseDays) out.push('lapsed');
  if (c.totalSpent.amount / c.orders > avg * t.highValueFactor) out.push('highValue');
  return out.sort();
}

const customerArb = fc
  .record({
    id: fc.uuid(),
    orders: fc.integer({ min: 1, max: 12 }),
    spent: fc.integer({ min: 1, max: 5000 }),
    lastDaysAgo: fc.integer({ min: -2, max: 900 }),
    span: fc.integer({ min: 0, max: 400 }),
    withFirst: fc.boolean(),
  })
  .map(({ id, orders, spent, lastDaysAgo, span, withFirst }): CustomerRow => {
    const last = new Date(NOW.getTime() - lastDaysAgo * 86_400_000);
    const first = new Date(last.getTime() - (orders === 1 ? 0 : span) * 86_400_000);
    return {
      buyerId: id,
      orders,
      totalSpent: usd(spent),
      lastOrderAt: last.toISOString(),
      ...(withFirst || orders > 1 ? { firstOrderAt: first.toISOString() } : {}),
    };
  });

describe('customer tier properties', () => {
  it('every customer lands in exactly the segments whose rules it meets, and counts add up', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 40 }), (customers) => {
        const c = ctx(customers);
        const avg = c.averageOrderValue.get('USD') ?? 0;
        const tally: Record<string, number> = { new: 0, repeat: 0, highValue: 0, lapsed: 0 };
        for (const cu of customers) {
          const got = [...segmentsOf(cu, c)].sort();
          expect(got).toEqual(expectedSegments(cu, avg));
          for (const s of got) tally[s]! += 1;
        }
        const r = assessCustomerTiers({ customers, now: NOW, phase: null });
        for (const s of r.segments) if (s.id !== 'recentIntent') expect(s.count).toBe(tally[s.id]);
      }),
    );
  });

  it('a new buyer is never repeat, and a lapsed buyer is never new', () => {
    fc.assert(
      fc.property(fc.array(customerArb, { minLength: 1, maxLength: 30 }), (customers) => {
        const c = ctx(customers);
        for (const cu of customers) {
          const s = segmentsOf(cu, c);
          expect(s.has('new') && s.has('repeat')).toBe(false);
          expect(s.has('new') && s.has('lapsed')).toBe(false);
        }
      }),
    );
  });
});
