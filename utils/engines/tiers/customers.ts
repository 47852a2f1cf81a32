import {
  PHASE_FOCUS,
  SEGMENT_ACTIONS,
  SEGMENT_IDS,
  SEGMENT_LABELS,
  type SegmentId,
} from '../data/customerSegments';
import {
  resolveTierThresholds,
  type TierThresholdOverrides,
  type TierThresholds,
} from '../data/tierThresholds';
import type { Bilingual, ConfidenceNote, PhaseId } from '../types';
import type { BuyerRow as CustomerRow, Money } from '../../types';
import { daysSince, fill, formatNumber, note, parseInstant } from './shared';

// Customer tiers (docs/ADVICE.md#customer-segments): RFM segments from the customer list — new,
// repeat/VIP, high value, lapsed — plus recent cart/wishlist when the product
// rows carry those counts, each with its count and the action that fits the
// current promo phase (docs/ADVICE.md#promo-phases). Segments overlap: a repeat buyer can be high value.

export interface RecentIntent {
  /** Add-to-cart events over the recent window (sum of the product rows' addToCart). */
  addToCart?: number;
  /** Wishlist adds over the recent window (sum of the product rows' wishlist). */
  wishlist?: number;
}

export interface CustomerTierInput {
  customers: readonly CustomerRow[];
  now: Date;
  phase: PhaseId | null;
  recentIntent?: RecentIntent;
  thresholds?: TierThresholdOverrides | null;
}

export interface SegmentSummary {
  id: SegmentId;
  label: Bilingual;
  /** Buyers in the segment; for recentIntent the cart + wishlist events; null when not known. */
  count: number | null;
  /** Share of all customers (null for recentIntent, which counts events, not buyers). */
  share: number | null;
  rule: Bilingual;
  action: Bilingual;
  confidence: ConfidenceNote[];
}

export interface CustomerTierResult {
  totalCustomers: number;
  phase: PhaseId | null;
  /** The segment the current phase's core CRM move targets. */
  focus: SegmentId;
  /** Average order value per currency (total spent ÷ orders). */
  averageOrderValue: Money[];
  segments: SegmentSummary[];
  confidence: ConfidenceNote[];
}

/** What the segment rules need to know about the store as a whole. */
export interface SegmentContext {
  now: Date;
  thresholds: TierThresholds['customers'];
  /** Store average order value per currency. */
  averageOrderValue: ReadonlyMap<string, number>;
}

export function averageOrderValues(customers: readonly CustomerRow[]): Map<string, number> {
  const sums = new Map<string, { spent: number; orders: number }>();
  for (const c of customers) {
    if (c.orders <= 0) continue;
    const s = sums.get(c.totalSpent.currency) ?? { spent: 0, orders: 0 };
    s.spent += c.totalSpent.amount;
    s.orders += c.orders;
    sums.set(c.totalSpent.currency, s);
  }
  return new Map([...sums].map(([cur, s]) => [cur, s.spent / s.orders]));
}

/**
 * The buyer-based segments one customer meets. A customer whose dates do not
 * parse meets none of the date rules but can still be high value.
 */
export function segmentsOf(
  c: CustomerRow,
  ctx: SegmentContext,
): Set<Exclude<SegmentId, 'recentIntent'>> {
  const t = ctx.thresholds;
  const out = new Set<Exclude<SegmentId, 'recentIntent'>>();
  const last = parseInstant(c.lastOrderAt);
  // With a single order the first order is the last one.
  const first = parseInstant(c.firstOrderAt) ?? (c.orders <= 1 ? last : undefined);
  if (
    first !== undefined &&
    c.orders < t.repeatMinOrders &&
    daysSince(first, ctx.now) <= t.newWindowDays
  )
    out.add('new');
  if (
    last !== undefined &&
    c.orders >= t.repeatMinOrders &&
    daysSince(last, ctx.now) <= t.repeatWindowDays
  )
    out.add('repeat');
  if (last !== undefined && daysSince(last, ctx.now) > t.lapseDays) out.add('lapsed');
  const average = ctx.averageOrderValue.get(c.totalSpent.currency);
  if (
    c.orders > 0 &&
    average !== undefined &&
    c.totalSpent.amount / c.orders > average * t.highValueFactor
  )
    out.add('highValue');
  return out;
}

function ruleText(id: SegmentId, t: TierThresholds['customers']): Bilingual {
  switch (id) {
    case 'new':
      return {
        en: `First order in the last ${t.newWindowDays} days, fewer than ${t.repeatMinOrders} orders.`,
        zh: `首单在近 ${t.newWindowDays} 天内，订单少于 ${t.repeatMinOrders} 笔。`,
      };
    case 'repeat':
      return {
        en: `${t.repeatMinOrders}+ orders, the last within ${t.repeatWindowDays} days.`,
        zh: `订单 ${t.repeatMinOrders} 笔及以上，最近一单在 ${t.repeatWindowDays} 天内。`,
      };
    case 'highValue':
      return {
        en:
          t.highValueFactor === 1
            ? 'Order value above the store average.'
            : `Order value above ${formatNumber(t.highValueFactor)}× the store average.`,
        zh:
          t.highValueFactor === 1
            ? '客单价高于店铺平均。'
            : `客单价高于店铺平均的 ${formatNumber(t.highValueFactor)} 倍。`,
      };
    case 'lapsed':
      return {
        en: `No order for more than ${t.lapseDays} days.`,
        zh: `超过 ${t.lapseDays} 天未下单。`,
      };
    case 'recentIntent':
      return {
        en: `Add-to-cart and wishlist in the last ${t.recentIntentDays} days (from the product list).`,
        zh: `近 ${t.recentIntentDays} 天的加购和收藏（来自商品列表）。`,
      };
  }
}

export function assessCustomerTiers(input: CustomerTierInput): CustomerTierResult {
  const all = resolveTierThresholds(input.thresholds);
  const t = all.customers;
  const averageOrderValue = averageOrderValues(input.customers);
  const ctx: SegmentContext = { now: input.now, thresholds: t, averageOrderValue };
  const counts: Record<Exclude<SegmentId, 'recentIntent'>, number> = {
    new: 0,
    repeat: 0,
    highValue: 0,
    lapsed: 0,
  };
  let undated = 0;
  for (const c of input.customers) {
    if (parseInstant(c.lastOrderAt) === undefined) undated += 1;
    for (const s of segmentsOf(c, ctx)) counts[s] += 1;
  }
  const total = input.customers.length;
  const phaseKey = input.phase ?? 'none';

  const shared: ConfidenceNote[] = [];
  if (total < all.lowData.minCustomers)
    shared.push(
      note(
        'low',
        `Only ${total} customers read: segment counts are anecdotal.`,
        `仅读取到 ${total} 位客户：分层人数仅供参考。`,
      ),
    );
  if (undated > 0)
    shared.push(
      note(
        'medium',
        `${undated} customers have no readable last-order date and count in no date-based segment.`,
        `${undated} 位客户的最近下单日期无法识别，未计入按日期划分的分层。`,
      ),
    );

  const intentKnown =
    input.recentIntent?.addToCart !== undefined || input.recentIntent?.wishlist !== undefined;
  const segments: SegmentSummary[] = SEGMENT_IDS.map((id) => {
    const confidence: ConfidenceNote[] = [];
    let count: number | null;
    let share: number | null;
    if (id === 'recentIntent') {
      count = intentKnown
        ? (input.recentIntent?.addToCart ?? 0) + (input.recentIntent?.wishlist ?? 0)
        : null;
      share = null;
      if (!intentKnown)
        confidence.push(
          note(
            'low',
            'No add-to-cart or wishlist column read yet: open the product list with those columns.',
            '尚未读取到加购或收藏数据：请打开含这些列的商品列表。',
          ),
        );
      else if (
        input.recentIntent?.addToCart === undefined ||
        input.recentIntent.wishlist === undefined
      )
        confidence.push(
          note(
            'medium',
            input.recentIntent?.addToCart === undefined
              ? 'No add-to-cart column read: the count is wishlist adds only.'
              : 'No wishlist column read: the count is add-to-cart only.',
            input.recentIntent?.addToCart === undefined
              ? '未读取到加购数据：仅统计收藏。'
              : '未读取到收藏数据：仅统计加购。',
          ),
        );
    } else {
      count = counts[id];
      share = total === 0 ? 0 : counts[id] / total;
      confidence.push(...shared);
      if (id === 'highValue' && averageOrderValue.size > 1)
        confidence.push(
          note(
            'medium',
            `Buyers pay in ${averageOrderValue.size} currencies; each is compared with the average in its own currency.`,
            `买家使用 ${averageOrderValue.size} 种币种支付；按各自币种的平均客单价比较。`,
          ),
        );
    }
    return {
      id,
      label: SEGMENT_LABELS[id],
      count,
      share,
      rule: ruleText(id, t),
      action: fill(SEGMENT_ACTIONS[id][phaseKey], { days: t.recentIntentDays }),
      confidence,
    };
  });

  return {
    totalCustomers: total,
    phase: input.phase,
    focus: PHASE_FOCUS[phaseKey],
    averageOrderValue: [...averageOrderValue].map(([currency, amount]) => ({ currency, amount })),
    segments,
    confidence: shared,
  };
}
