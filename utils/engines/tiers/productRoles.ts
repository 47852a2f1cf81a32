import {
  PRODUCT_ROLES,
  RESTOCK_TEXT,
  ROLE_PRIORITY,
  type ProductRoleId,
} from '../data/productRoles';
import {
  resolveTierThresholds,
  type TierThresholdOverrides,
  type TierThresholds,
} from '../data/tierThresholds';
import type { Bilingual, ConfidenceNote } from '../types';
import type { Money, ProductRow } from '../../types';
import type { ProductDailyRecord } from '../../db/records';
import { fill, formatNumber, note, percentileRanker } from './shared';

// Product roles (docs/ADVICE.md#product-roles): every listing gets one job — hero, potential
// hit, activity, volume, margin or clearance — from its metrics ranked within
// the store, with the channel to register it in and the restock signals
// ("half of its stock has sold or sales spike") read from its daily history.

export type TrafficSource = 'exposure' | 'visitors' | 'views';
type DailyPoint = Pick<
  ProductDailyRecord,
  'day' | 'orders' | 'stock' | 'exposure' | 'visitors' | 'views'
>;

export interface ProductRoleInput {
  /** The latest product metrics (ProductRecord rows, or ProductRow from a fresh read). */
  products: readonly ProductRow[];
  /** Daily history per productId, any order. */
  history?: Readonly<Record<string, readonly DailyPoint[]>>;
  thresholds?: TierThresholdOverrides | null;
}

export interface RestockSignals {
  /** Restock now: half sold or a spike, and the listing is not clearance stock. */
  needed: boolean;
  soldShare?: { share: number; source: 'stock-history' | 'orders-vs-stock'; signal: boolean };
  spike?: {
    day: string;
    latest: number;
    priorAverage: number;
    /** latest ÷ prior average; null when the prior average is 0. */
    ratio: number | null;
    signal: boolean;
  };
  advice: Bilingual[];
}

export interface ProductRoleAssessment {
  productId: string;
  title: string;
  role: ProductRoleId;
  label: Bilingual;
  what: Bilingual;
  channel: Bilingual;
  reason: Bilingual;
  metrics: {
    traffic?: number;
    conversion?: number;
    orders?: number;
    price?: Money;
    stock?: number;
    historyDays: number;
    /** Exposure (or the traffic column used) of the last trendDays over the days before. */
    trafficGrowth?: number;
    percentiles: { traffic?: number; conversion?: number; orders?: number; price?: number };
  };
  restock: RestockSignals;
  confidence: ConfidenceNote[];
}

export interface ProductRolesResult {
  trafficSource: TrafficSource | null;
  products: ProductRoleAssessment[];
  counts: Record<ProductRoleId, number>;
  confidence: ConfidenceNote[];
}

const TRAFFIC_SOURCES: readonly TrafficSource[] = ['exposure', 'visitors', 'views'];
const SOURCE_LABEL: Record<TrafficSource, Bilingual> = {
  exposure: { en: 'exposure', zh: '曝光' },
  visitors: { en: 'visitors', zh: '访客' },
  views: { en: 'views', zh: '浏览' },
};

/** The traffic column most listings carry (exposure first on a tie), so percentiles compare like with like. */
function pickTrafficSource(products: readonly ProductRow[]): TrafficSource | null {
  let best: TrafficSource | null = null;
  let bestCount = 0;
  for (const s of TRAFFIC_SOURCES) {
    const n = products.filter((p) => p[s] !== undefined).length;
    if (n > bestCount) {
      best = s;
      bestCount = n;
    }
  }
  return best;
}

function conversionOf(p: ProductRow): number | undefined {
  if (p.conversionRate !== undefined) return p.conversionRate;
  if (p.orders !== undefined && p.visitors !== undefined && p.visitors > 0)
    return Math.min(1, p.orders / p.visitors);
  return undefined;
}

// Days are YYYY-MM-DD: code-unit order is date order, at a fraction of localeCompare's cost.
const byDay = (a: DailyPoint, b: DailyPoint) => (a.day < b.day ? -1 : a.day > b.day ? 1 : 0);

/** How many different days a history in day order holds. */
function distinctDays(days: readonly DailyPoint[]): number {
  let n = 0;
  for (let i = 0; i < days.length; i++)
    if (i === 0 || (days[i] as DailyPoint).day !== (days[i - 1] as DailyPoint).day) n += 1;
  return n;
}

/** The days oldest first: the history as given when it is in order already (as stored). */
function inDayOrder(days: readonly DailyPoint[]): DailyPoint[] {
  for (let i = 1; i < days.length; i++)
    if ((days[i - 1] as DailyPoint).day > (days[i] as DailyPoint).day) return [...days].sort(byDay);
  return days as DailyPoint[];
}
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);
const mean = (xs: readonly number[]) => sum(xs) / xs.length;
const pct = (share: number) => Math.round(share * 100);

/**
 * Share of the stock that has sold over the history: every fall in stock is a
 * sale, every rise a restock, so the share is sold ÷ (sold + on hand). Without
 * two stock readings, the period's orders against the stock on hand.
 */
export function soldShareOf(
  product: ProductRow,
  days: readonly DailyPoint[],
): { share: number; source: 'stock-history' | 'orders-vs-stock' } | undefined {
  const stocks = days.filter((d) => d.stock !== undefined).map((d) => d.stock as number);
  if (stocks.length >= 2) {
    let sold = 0;
    for (let i = 1; i < stocks.length; i += 1)
      sold += Math.max(0, (stocks[i - 1] ?? 0) - (stocks[i] ?? 0));
    const onHand = product.stock ?? stocks[stocks.length - 1] ?? 0;
    if (sold + onHand > 0) return { share: sold / (sold + onHand), source: 'stock-history' };
  }
  if (product.orders !== undefined && product.stock !== undefined) {
    const total = product.orders + product.stock;
    if (total > 0) return { share: product.orders / total, source: 'orders-vs-stock' };
  }
  return undefined;
}

/** The newest day's orders against the average of up to spikeLookbackDays days before it. */
export function spikeOf(
  days: readonly DailyPoint[],
  t: TierThresholds['restock'],
): RestockSignals['spike'] {
  const withOrders = days.filter((d) => d.orders !== undefined);
  const latest = withOrders[withOrders.length - 1];
  if (!latest) return undefined;
  const prior = withOrders.slice(-1 - t.spikeLookbackDays, -1).map((d) => d.orders as number);
  if (prior.length < t.spikeMinPriorDays || prior.length === 0) return undefined;
  const priorAverage = mean(prior);
  const orders = latest.orders as number;
  return {
    day: latest.day,
    latest: orders,
    priorAverage,
    ratio: priorAverage > 0 ? orders / priorAverage : null,
    signal: orders >= t.spikeMinOrders && orders >= t.spikeFactor * priorAverage,
  };
}

function trafficGrowthOf(
  days: readonly DailyPoint[],
  source: TrafficSource | null,
  trendDays: number,
): number | undefined {
  if (!source || trendDays < 1) return undefined;
  const values = days.filter((d) => d[source] !== undefined).map((d) => d[source] as number);
  const recent = values.slice(-trendDays);
  const prior = values.slice(-2 * trendDays, -trendDays);
  if (recent.length === 0 || prior.length === 0) return undefined;
  const before = mean(prior);
  return before > 0 ? mean(recent) / before : undefined;
}

interface Facts {
  p: ProductRow;
  days: DailyPoint[];
  traffic?: number;
  conversion?: number;
  orders?: number;
  price?: number;
  growth?: number;
  pt?: number;
  pc?: number;
  po?: number;
  pp?: number;
}

function roleOf(
  f: Facts,
  t: TierThresholds['products'],
  minHistoryDays: number,
): { role: ProductRoleId; reason: Bilingual } {
  // Percentiles read as "higher than N% of your other listings".
  const above = (x: number) => pct(x);
  for (const role of ROLE_PRIORITY) {
    switch (role) {
      case 'clearance': {
        const stock = f.p.stock;
        if (stock === undefined || stock < t.clearanceMinStock || f.orders === undefined) break;
        if (f.orders <= t.clearanceMaxOrders)
          return {
            role,
            reason: {
              en: `${stock} in stock and ${f.orders} orders over the period.`,
              zh: `库存 ${stock}，统计期内订单 ${f.orders} 笔。`,
            },
          };
        const sold = sum(
          f.days.filter((d) => d.orders !== undefined).map((d) => d.orders as number),
        );
        const counted = f.days.filter((d) => d.orders !== undefined).length;
        if (counted >= minHistoryDays && sold > 0) {
          const cover = stock / (sold / counted);
          if (cover > t.clearanceCoverDays)
            return {
              role,
              reason: {
                en: `${stock} in stock covers about ${Math.round(cover)} days of sales.`,
                zh: `库存 ${stock} 约可售 ${Math.round(cover)} 天。`,
              },
            };
        }
        break;
      }
      case 'hero':
        if (
          f.pt !== undefined &&
          f.pc !== undefined &&
          (f.orders ?? 0) >= t.heroMinOrders &&
          f.pt >= t.heroTrafficPercentile &&
          f.pc >= t.heroConversionPercentile
        )
          return {
            role,
            reason: {
              en: `Traffic above ${above(f.pt)}% and conversion above ${above(f.pc)}% of your other listings.`,
              zh: `流量高于店内 ${above(f.pt)}% 的其他商品，转化高于 ${above(f.pc)}%。`,
            },
          };
        break;
      case 'potential':
        if (
          f.pc !== undefined &&
          f.pt !== undefined &&
          f.pc >= t.potentialConversionPercentile &&
          f.pt < t.potentialMaxTrafficPercentile
        )
          return {
            role,
            reason: {
              en: `Conversion above ${above(f.pc)}% of your other listings but traffic above only ${above(f.pt)}%: give it more traffic.`,
              zh: `转化高于店内 ${above(f.pc)}% 的其他商品，流量仅高于 ${above(f.pt)}%：值得加大引流。`,
            },
          };
        if (f.growth !== undefined && f.growth >= t.potentialTrafficGrowth)
          return {
            role,
            reason: {
              en: `Traffic of the last ${t.trendDays} days is ${formatNumber(f.growth)}× the days before.`,
              zh: `近 ${t.trendDays} 天流量是此前的 ${formatNumber(f.growth)} 倍。`,
            },
          };
        break;
      case 'activity':
        if (
          f.pp !== undefined &&
          (f.orders ?? 0) >= t.activityMinOrders &&
          f.pp <= t.activityMaxPricePercentile
        )
          return {
            role,
            reason: {
              en: `${f.orders} orders at a price below ${100 - above(f.pp)}% of your other listings.`,
              zh: `订单 ${f.orders} 笔，价格低于店内 ${100 - above(f.pp)}% 的其他商品。`,
            },
          };
        break;
      case 'volume':
        if (f.po !== undefined && (f.orders ?? 0) > 0 && f.po >= t.volumeOrdersPercentile)
          return {
            role,
            reason: {
              en: `${f.orders} orders, more than ${above(f.po)}% of your other listings.`,
              zh: `订单 ${f.orders} 笔，多于店内 ${above(f.po)}% 的其他商品。`,
            },
          };
        break;
      case 'margin':
        if (
          f.pp !== undefined &&
          (f.orders ?? 0) >= t.marginMinOrders &&
          f.pp >= t.marginPricePercentile
        )
          return {
            role,
            reason: {
              en: `Priced above ${above(f.pp)}% of your other listings and still selling (${f.orders} orders).`,
              zh: `价格高于店内 ${above(f.pp)}% 的其他商品，仍有销量（${f.orders} 笔）。`,
            },
          };
        break;
      case 'unassigned':
        break;
    }
  }
  return { role: 'unassigned', reason: PRODUCT_ROLES.unassigned.what };
}

export function assessProductRoles(input: ProductRoleInput): ProductRolesResult {
  const all = resolveTierThresholds(input.thresholds);
  const t = all.products;
  const low = all.lowData;
  const source = pickTrafficSource(input.products);

  // Prices compare only within the currency most listings use.
  const currencies = new Map<string, number>();
  for (const p of input.products)
    if (p.price) currencies.set(p.price.currency, (currencies.get(p.price.currency) ?? 0) + 1);
  const currency = [...currencies].sort((a, b) => b[1] - a[1])[0]?.[0];

  const facts: Facts[] = input.products.map((p) => {
    const days = inDayOrder(input.history?.[p.productId] ?? []);
    const historyOrders = days.filter((d) => d.orders !== undefined);
    const orders =
      p.orders ??
      (historyOrders.length > 0 ? sum(historyOrders.map((d) => d.orders as number)) : undefined);
    const traffic = source ? p[source] : undefined;
    const conversion = conversionOf(p);
    const price = p.price && p.price.currency === currency ? p.price.amount : undefined;
    const growth = trafficGrowthOf(days, source, t.trendDays);
    // Assigned one by one: a store's thousands of listings each made of
    // conditional spreads cost the panel more than the judging itself.
    const f: Facts = { p, days };
    if (traffic !== undefined) f.traffic = traffic;
    if (conversion !== undefined) f.conversion = conversion;
    if (orders !== undefined) f.orders = orders;
    if (price !== undefined) f.price = price;
    if (growth !== undefined) f.growth = growth;
    return f;
  });

  const column = (k: 'traffic' | 'conversion' | 'orders' | 'price') =>
    facts.map((f) => f[k]).filter((v): v is number => v !== undefined);
  const cols = {
    traffic: column('traffic'),
    conversion: column('conversion'),
    orders: column('orders'),
    price: column('price'),
  };
  const rank = {
    traffic: percentileRanker(cols.traffic),
    conversion: percentileRanker(cols.conversion),
    orders: percentileRanker(cols.orders),
    price: percentileRanker(cols.price),
  };
  for (const f of facts) {
    if (f.traffic !== undefined) f.pt = rank.traffic(f.traffic);
    if (f.conversion !== undefined) f.pc = rank.conversion(f.conversion);
    if (f.orders !== undefined) f.po = rank.orders(f.orders);
    if (f.price !== undefined) f.pp = rank.price(f.price);
  }

  const counts = Object.fromEntries(ROLE_PRIORITY.map((r) => [r, 0])) as Record<
    ProductRoleId,
    number
  >;
  const products = facts.map((f): ProductRoleAssessment => {
    const { role, reason } = roleOf(f, t, low.minHistoryDays);
    counts[role] += 1;

    const sold = soldShareOf(f.p, f.days);
    const soldShare = sold && { ...sold, signal: sold.share >= all.restock.soldShare };
    const spike = spikeOf(f.days, all.restock);
    const advice: Bilingual[] = [];
    if (soldShare?.signal)
      advice.push(fill(RESTOCK_TEXT.halfSold, { share: pct(soldShare.share) }));
    if (spike?.signal)
      advice.push(
        fill(RESTOCK_TEXT.spike, {
          latest: spike.latest,
          day: spike.day,
          ratio: spike.ratio === null ? '∞' : formatNumber(spike.ratio),
        }),
      );
    // Clearance stock is meant to run out.
    const needed = role !== 'clearance' && advice.length > 0;

    const confidence: ConfidenceNote[] = [];
    const historyDays = distinctDays(f.days);
    if (historyDays < low.minHistoryDays)
      confidence.push(
        note(
          'low',
          `Only ${historyDays} day${historyDays === 1 ? '' : 's'} of history: trends and restock signals are tentative.`,
          `仅有 ${historyDays} 天历史数据：趋势和补货信号仅供参考。`,
        ),
      );
    if (f.traffic === undefined)
      confidence.push(
        note(
          'medium',
          'No exposure, visitors or views column read for this listing: traffic roles cannot be judged.',
          '该商品未读取到曝光、访客或浏览数据：无法判断流量类角色。',
        ),
      );
    if (f.conversion === undefined)
      confidence.push(
        note(
          'medium',
          'No conversion rate (or visitors and orders) read for this listing.',
          '该商品未读取到转化率（或访客与订单）数据。',
        ),
      );

    const percentiles: ProductRoleAssessment['metrics']['percentiles'] = {};
    if (f.pt !== undefined) percentiles.traffic = f.pt;
    if (f.pc !== undefined) percentiles.conversion = f.pc;
    if (f.po !== undefined) percentiles.orders = f.po;
    if (f.pp !== undefined) percentiles.price = f.pp;
    const metrics: ProductRoleAssessment['metrics'] = { historyDays, percentiles };
    if (f.traffic !== undefined) metrics.traffic = f.traffic;
    if (f.conversion !== undefined) metrics.conversion = f.conversion;
    if (f.orders !== undefined) metrics.orders = f.orders;
    if (f.p.price !== undefined) metrics.price = f.p.price;
    if (f.p.stock !== undefined) metrics.stock = f.p.stock;
    if (f.growth !== undefined) metrics.trafficGrowth = f.growth;
    const restock: RestockSignals = { needed, advice };
    if (soldShare) restock.soldShare = soldShare;
    if (spike) restock.spike = spike;
    return {
      productId: f.p.productId,
      title: f.p.title,
      role,
      label: PRODUCT_ROLES[role].label,
      what: PRODUCT_ROLES[role].what,
      channel: PRODUCT_ROLES[role].channel,
      reason,
      metrics,
      restock,
      confidence,
    };
  });

  const confidence: ConfidenceNote[] = [];
  if (input.products.length < low.minProducts)
    confidence.push(
      note(
        'low',
        `Only ${input.products.length} listings read: roles rank listings against each other and are coarse this few.`,
        `仅读取到 ${input.products.length} 个商品：角色按店内相对排名划分，商品太少时较粗略。`,
      ),
    );
  if (source === null)
    confidence.push(
      note(
        'low',
        'No exposure, visitors or views column read: hero and potential-hit roles cannot be judged.',
        '未读取到曝光、访客或浏览数据：无法判断主打爆款和潜爆款。',
      ),
    );
  else if (source !== 'exposure')
    confidence.push(
      note(
        'medium',
        `No exposure column read: traffic is ranked by ${SOURCE_LABEL[source].en}.`,
        `未读取到曝光数据：流量按${SOURCE_LABEL[source].zh}排序。`,
      ),
    );
  if (cols.price.length === 0)
    confidence.push(
      note(
        'medium',
        'No price column read: activity and margin roles cannot be judged.',
        '未读取到价格数据：无法判断活动单品和利润款。',
      ),
    );
  if (currencies.size > 1)
    confidence.push(
      note(
        'medium',
        `Listings are priced in ${currencies.size} currencies; only ${currency} prices are ranked.`,
        `商品使用 ${currencies.size} 种币种定价；仅比较 ${currency} 价格。`,
      ),
    );

  return { trafficSource: source, products, counts, confidence };
}
