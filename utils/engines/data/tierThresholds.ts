import type { Bilingual } from '../types';

// Every tunable number of the tier engines (docs/ADVICE.md#tiers), as one nested table
// of numbers so the options page can list, override and reset each leaf. The
// seller's overrides are stored apart from these defaults (a corrected
// playbook default then reaches everyone who has not changed that figure);
// resolveTierThresholds() lays them over the defaults.

export const TIER_THRESHOLDS = {
  /** docs/ADVICE.md#capability-tiers Seller capability tiers (运营能力模型). */
  capability: {
    /** "Stores below ~60 orders get no model yet": below this the engine says so instead of guessing. */
    minOrders: 60,
    /** Mean indicator points (below 0, average 1, excellent 2) a dimension needs for each level. */
    dimensionAverageAt: 1,
    dimensionExcellentAt: 1.5,
    /** Mean dimension points for each overall tier (top ≥ topAt > middle ≥ middleAt > developing ≥ developingAt > starting). */
    tierTopAt: 1.5,
    tierMiddleAt: 1,
    tierDevelopingAt: 0.5,
  },
  /** docs/ADVICE.md#customer-segments Customer tiers (会员分层 / CRM). */
  customers: {
    /** A buyer with this many orders whose last order is inside the window is repeat/VIP ("2+ times within the window"). */
    repeatMinOrders: 2,
    repeatWindowDays: 365,
    /** A buyer whose first order is this recent (and who has bought fewer than repeatMinOrders times) is new. */
    newWindowDays: 30,
    /** Order value above the store average × this factor is high value. */
    highValueFactor: 1,
    /** No order for longer than this: lapsed, to recall. */
    lapseDays: 180,
    /** "recent add-to-cart/wishlist (7 days) to wake after a sale". */
    recentIntentDays: 7,
  },
  /** docs/ADVICE.md#product-roles Product roles (货品分层). Percentiles are within the store, 0 = lowest, 1 = highest. */
  products: {
    /** Hero / hit: "best traffic and conversion". */
    heroTrafficPercentile: 0.8,
    heroConversionPercentile: 0.6,
    heroMinOrders: 1,
    /** Potential hit: converts well but still gets little traffic, or its exposure is rising. */
    potentialConversionPercentile: 0.7,
    potentialMaxTrafficPercentile: 0.5,
    /** Exposure of the last `trendDays` days over the days before, at or above which the trend counts as rising. */
    potentialTrafficGrowth: 1.5,
    trendDays: 7,
    /** Activity item: "good price, proven demand". */
    activityMinOrders: 5,
    activityMaxPricePercentile: 0.5,
    /** Volume item: "drives order count". */
    volumeOrdersPercentile: 0.6,
    /** Margin item: priced high in the store and still selling. */
    marginPricePercentile: 0.7,
    marginMinOrders: 1,
    /** Clearance: stale stock — at least this much stock and no more orders than this over the period… */
    clearanceMinStock: 10,
    clearanceMaxOrders: 0,
    /** …or more days of cover (stock ÷ daily orders over the history) than this. */
    clearanceCoverDays: 180,
  },
  /** docs/ADVICE.md#product-roles "Restock a role item when half of its stock has sold or sales spike." */
  restock: {
    soldShare: 0.5,
    /** Latest day's orders at or above this multiple of the prior days' average is a spike… */
    spikeFactor: 2,
    /** …over at most this many prior days, of which at least spikeMinPriorDays must exist… */
    spikeLookbackDays: 7,
    spikeMinPriorDays: 3,
    /** …and at least this many orders that day, so 0 → 1 is not a spike. */
    spikeMinOrders: 3,
  },
  /** When a figure rests on too little data to trust without a note. */
  lowData: {
    /** Fewer days of product history than this: low confidence in trends and restock signals. */
    minHistoryDays: 7,
    /** Fewer listings than this: percentile roles are coarse. */
    minProducts: 5,
    /** Fewer customers than this: segment counts are anecdotal. */
    minCustomers: 20,
    /** A dimension resting on fewer indicators than this gets a note. */
    minIndicatorsPerDimension: 2,
  },
};

export type TierThresholds = typeof TIER_THRESHOLDS;

/** What the seller may override: any subset of the leaves. */
export type TierThresholdOverrides = {
  [S in keyof TierThresholds]?: { [K in keyof TierThresholds[S]]?: number };
};

/** The defaults with overrides applied; unknown keys and non-finite or negative numbers are ignored. */
export function resolveTierThresholds(overrides?: TierThresholdOverrides | null): TierThresholds {
  const out = structuredClone(TIER_THRESHOLDS) as TierThresholds;
  if (!overrides || typeof overrides !== 'object') return out;
  const target = out as unknown as Record<string, Record<string, number>>;
  for (const [section, values] of Object.entries(overrides as Record<string, unknown>)) {
    const base = target[section];
    if (!base || typeof values !== 'object' || values === null) continue;
    for (const [key, value] of Object.entries(values as Record<string, unknown>)) {
      if (!(key in base)) continue;
      if (typeof value === 'number' && Number.isFinite(value) && value >= 0) base[key] = value;
    }
  }
  return out;
}

type LeafPath = {
  [S in keyof TierThresholds]: `${S & string}.${keyof TierThresholds[S] & string}`;
}[keyof TierThresholds];

/** Labels for the options page form, one per leaf (the type makes a missing label a compile error). */
export const TIER_THRESHOLD_LABELS: Record<LeafPath, Bilingual> = {
  'capability.minOrders': {
    en: 'Orders before the ability model is shown',
    zh: '展示能力模型所需订单数',
  },
  'capability.dimensionAverageAt': {
    en: 'Dimension "average" at mean points',
    zh: '维度达“平均”所需平均分',
  },
  'capability.dimensionExcellentAt': {
    en: 'Dimension "excellent" at mean points',
    zh: '维度达“优秀”所需平均分',
  },
  'capability.tierTopAt': { en: 'Top tier at mean points', zh: '头部层级所需平均分' },
  'capability.tierMiddleAt': { en: 'Middle tier at mean points', zh: '腰部层级所需平均分' },
  'capability.tierDevelopingAt': {
    en: 'Developing tier at mean points',
    zh: '成长层级所需平均分',
  },
  'customers.repeatMinOrders': { en: 'Orders for repeat/VIP', zh: '复购/VIP 所需订单数' },
  'customers.repeatWindowDays': { en: 'Repeat window (days)', zh: '复购统计窗口（天）' },
  'customers.newWindowDays': { en: 'New buyer window (days)', zh: '新客窗口（天）' },
  'customers.highValueFactor': {
    en: 'High value: order value × store average',
    zh: '高价值：客单价 ≥ 店铺平均 ×',
  },
  'customers.lapseDays': { en: 'Lapsed after (days)', zh: '流失判定（天）' },
  'customers.recentIntentDays': {
    en: 'Recent cart/wishlist window (days)',
    zh: '近期加购/收藏窗口（天）',
  },
  'products.heroTrafficPercentile': {
    en: 'Hero: traffic percentile',
    zh: '主打爆款：流量分位',
  },
  'products.heroConversionPercentile': {
    en: 'Hero: conversion percentile',
    zh: '主打爆款：转化分位',
  },
  'products.heroMinOrders': { en: 'Hero: minimum orders', zh: '主打爆款：最少订单' },
  'products.potentialConversionPercentile': {
    en: 'Potential hit: conversion percentile',
    zh: '潜爆款：转化分位',
  },
  'products.potentialMaxTrafficPercentile': {
    en: 'Potential hit: traffic percentile below',
    zh: '潜爆款：流量分位低于',
  },
  'products.potentialTrafficGrowth': {
    en: 'Potential hit: exposure growth ×',
    zh: '潜爆款：曝光增长倍数',
  },
  'products.trendDays': { en: 'Trend window (days)', zh: '趋势窗口（天）' },
  'products.activityMinOrders': { en: 'Activity item: minimum orders', zh: '活动单品：最少订单' },
  'products.activityMaxPricePercentile': {
    en: 'Activity item: price percentile at most',
    zh: '活动单品：价格分位不高于',
  },
  'products.volumeOrdersPercentile': {
    en: 'Volume item: orders percentile',
    zh: '冲量单品：订单分位',
  },
  'products.marginPricePercentile': {
    en: 'Margin item: price percentile',
    zh: '利润款：价格分位',
  },
  'products.marginMinOrders': { en: 'Margin item: minimum orders', zh: '利润款：最少订单' },
  'products.clearanceMinStock': { en: 'Clearance: minimum stock', zh: '清仓单品：最低库存' },
  'products.clearanceMaxOrders': {
    en: 'Clearance: orders at most',
    zh: '清仓单品：订单不超过',
  },
  'products.clearanceCoverDays': {
    en: 'Clearance: days of stock cover above',
    zh: '清仓单品：库存可售天数超过',
  },
  'restock.soldShare': { en: 'Restock at share of stock sold', zh: '补货：库存售出比例' },
  'restock.spikeFactor': { en: 'Sales spike × prior average', zh: '销量突增：前期均值倍数' },
  'restock.spikeLookbackDays': { en: 'Spike look-back (days)', zh: '突增对比天数' },
  'restock.spikeMinPriorDays': { en: 'Spike: minimum prior days', zh: '突增：最少对比天数' },
  'restock.spikeMinOrders': { en: 'Spike: minimum orders that day', zh: '突增：当日最少订单' },
  'lowData.minHistoryDays': { en: 'Low data: history days below', zh: '数据不足：历史天数少于' },
  'lowData.minProducts': { en: 'Low data: listings below', zh: '数据不足：商品数少于' },
  'lowData.minCustomers': { en: 'Low data: customers below', zh: '数据不足：客户数少于' },
  'lowData.minIndicatorsPerDimension': {
    en: 'Low data: indicators per dimension below',
    zh: '数据不足：每维度指标少于',
  },
};
