import {
  CAPABILITY_DIMENSIONS,
  CAPABILITY_INDICATORS,
  CAPABILITY_LEVEL_LABELS,
  CAPABILITY_TIER_LABELS,
  FALLBACK_ACTION,
  type CapabilityLevel,
  type CapabilityTier,
  type DimensionId,
  type PlaybookAction,
} from '../data/capability';
import { resolveTierThresholds, type TierThresholdOverrides } from '../data/tierThresholds';
import type { Bilingual, ConfidenceNote } from '../types';
import type { AbilityRow } from '../../types';
import type { AbilityScoreRecord } from '../../db/records';
import { formatIndicator, note } from './shared';

// Seller capability (docs/ADVICE.md#capability-tiers): from the operating-ability model the
// platform shows, each indicator's gap to the category average and excellent
// value, a level per dimension, an overall tier, and the indicators ranked
// "fix what is weakest" first, each with the playbook's actions.

export type IndicatorLevel = CapabilityLevel | 'unknown';

/** Store, average and excellent on one 0..100 scale where 100 is the best of the three. */
export interface ChartPoint {
  store: number;
  average: number | null;
  excellent: number | null;
}

export interface IndicatorAssessment {
  dimension: string;
  dimensionId: DimensionId | null;
  indicator: string;
  value: number;
  peerAverage?: number;
  peerExcellent?: number;
  higherIsBetter: boolean;
  /** How the console shows the values (a rate is stored as a fraction); absent on old rows. */
  unit?: AbilityRow['unit'];
  /** Oriented so that positive is better: how far past the average the store is. */
  gapToAverage?: number;
  /** Oriented so that positive is better: negative means short of excellent. */
  gapToExcellent?: number;
  level: IndicatorLevel;
  scores: ChartPoint;
  /** Points on the 0..100 scale still missing to reach excellent (or average when no excellent is shown); 0 when reached. */
  shortfall?: number;
  explanation: Bilingual;
  actions: PlaybookAction[];
  confidence: ConfidenceNote[];
}

export interface DimensionAssessment {
  dimension: string;
  dimensionId: DimensionId | null;
  label: Bilingual;
  level: IndicatorLevel;
  levelLabel: Bilingual;
  /** Mean indicator points: below 0, average 1, excellent 2. */
  points?: number;
  indicatorCount: number;
  chart: ChartPoint;
  confidence: ConfidenceNote[];
}

export type CapabilityResult =
  | {
      status: 'insufficient';
      reason: 'few-orders' | 'no-model' | 'no-peers';
      message: Bilingual;
      orderCount?: number;
      minOrders: number;
    }
  | {
      status: 'ok';
      tier: CapabilityTier;
      tierLabel: Bilingual;
      /** Mean dimension points, 0..2. */
      points: number;
      dimensions: DimensionAssessment[];
      /** Every indicator, weakest first: below average first, then by shortfall to excellent. */
      weakest: IndicatorAssessment[];
      confidence: ConfidenceNote[];
    };

export interface CapabilityInput {
  rows: readonly AbilityRow[];
  /** The store's order count if known; below the threshold the model is not trusted. */
  orderCount?: number;
  thresholds?: TierThresholdOverrides | null;
}

const LEVEL_POINTS: Record<CapabilityLevel, number> = { below: 0, average: 1, excellent: 2 };

const lower = (s: string) => s.toLowerCase();
const matches = (text: string, fragments: readonly string[]) => {
  const t = lower(text);
  return fragments.some((f) => t.includes(lower(f)));
};

function dimensionOf(row: AbilityRow): DimensionId | null {
  const byDimension = CAPABILITY_DIMENSIONS.find((d) => matches(row.dimension, d.fragments));
  if (byDimension) return byDimension.id;
  return CAPABILITY_INDICATORS.find((i) => matches(row.indicator, i.fragments))?.dimension ?? null;
}

function actionsFor(row: AbilityRow, dimensionId: DimensionId | null): PlaybookAction[] {
  const indicator = CAPABILITY_INDICATORS.find((i) => matches(row.indicator, i.fragments));
  const dimension = CAPABILITY_DIMENSIONS.find((d) => d.id === dimensionId);
  const out = [...(indicator?.actions ?? []), ...(dimension?.actions ?? [])];
  return out.length > 0 ? out : [FALLBACK_ACTION];
}

/** Higher is better or not, a value is at least as good as a reference. */
const atLeast = (value: number, ref: number, higherIsBetter: boolean) =>
  higherIsBetter ? value >= ref : value <= ref;

export function indicatorLevel(row: AbilityRow): IndicatorLevel {
  const { value, peerAverage: avg, peerExcellent: exc, higherIsBetter: hib } = row;
  if (exc !== undefined && atLeast(value, exc, hib)) return 'excellent';
  if (avg !== undefined) return atLeast(value, avg, hib) ? 'average' : 'below';
  // Excellent shown but not reached, no average: whether it is below average is unknown.
  return 'unknown';
}

/**
 * The three figures on a 0..100 scale where 100 is the best of them, so
 * counts, rates and durations can share one chart and one ranking. Higher is
 * better: linear from 0 (or the lowest figure when negative) up to the
 * highest. Lower is better: the best figure divided by this one, or linear
 * between worst and best when the best is zero or negative.
 */
function scoresOf(row: AbilityRow): ChartPoint {
  const present = [row.value, row.peerAverage, row.peerExcellent].filter(
    (v): v is number => v !== undefined,
  );
  const hi = Math.max(...present);
  const lo = Math.min(...present);
  let score: (x: number) => number;
  if (row.higherIsBetter) {
    const floor = Math.min(0, lo);
    score = (x) => (hi === floor ? 100 : (100 * (x - floor)) / (hi - floor));
  } else if (lo > 0) {
    score = (x) => (100 * lo) / x;
  } else {
    score = (x) => (hi === lo ? 100 : (100 * (hi - x)) / (hi - lo));
  }
  const clamp = (x: number) => Math.min(100, Math.max(0, score(x)));
  return {
    store: clamp(row.value),
    average: row.peerAverage === undefined ? null : clamp(row.peerAverage),
    excellent: row.peerExcellent === undefined ? null : clamp(row.peerExcellent),
  };
}

function explain(row: AbilityRow, level: IndicatorLevel): Bilingual {
  const en = explainIn(row, level, 'en');
  return { en: en.en, zh: explainIn(row, level, 'zh').zh };
}

function explainIn(row: AbilityRow, level: IndicatorLevel, lang: 'en' | 'zh'): Bilingual {
  const f = (n: number) => formatIndicator(n, row.unit, lang);
  const v = f(row.value);
  const a = row.peerAverage === undefined ? undefined : f(row.peerAverage);
  const e = row.peerExcellent === undefined ? undefined : f(row.peerExcellent);
  const dirEn = row.higherIsBetter ? 'higher is better' : 'lower is better';
  const dirZh = row.higherIsBetter ? '越高越好' : '越低越好';
  const name = row.indicator;
  switch (level) {
    case 'excellent':
      return {
        en: `${name} is ${v}, at or beyond the category excellent of ${e} (${dirEn}).`,
        zh: `${name}为${v}，已达到同行优秀${e}（${dirZh}）。`,
      };
    case 'average':
      return e === undefined
        ? {
            en: `${name} is ${v}, at or beyond the category average of ${a} (${dirEn}).`,
            zh: `${name}为${v}，已达到同行平均${a}（${dirZh}）。`,
          }
        : {
            en: `${name} is ${v}, past the category average of ${a} but short of the excellent ${e} (${dirEn}).`,
            zh: `${name}为${v}，已超过同行平均${a}，但距同行优秀${e}仍有差距（${dirZh}）。`,
          };
    case 'below':
      return e === undefined
        ? {
            en: `${name} is ${v}, below the category average of ${a} (${dirEn}).`,
            zh: `${name}为${v}，低于同行平均${a}（${dirZh}）。`,
          }
        : {
            en: `${name} is ${v}, below the category average of ${a}; excellent stores reach ${e} (${dirEn}).`,
            zh: `${name}为${v}，低于同行平均${a}，同行优秀为${e}（${dirZh}）。`,
          };
    case 'unknown':
      return e === undefined
        ? {
            en: `${name} is ${v}; the console shows no category figure to compare it with.`,
            zh: `${name}为${v}，后台未显示可对比的同行数据。`,
          }
        : {
            en: `${name} is ${v}, short of the category excellent of ${e}; no average is shown (${dirEn}).`,
            zh: `${name}为${v}，未达到同行优秀${e}；后台未显示同行平均（${dirZh}）。`,
          };
  }
}

function assessIndicator(row: AbilityRow): IndicatorAssessment {
  const dimensionId = dimensionOf(row);
  const level = indicatorLevel(row);
  const sign = row.higherIsBetter ? 1 : -1;
  const scores = scoresOf(row);
  const target = scores.excellent ?? scores.average;
  const confidence: ConfidenceNote[] = [];
  if (row.peerAverage === undefined || row.peerExcellent === undefined) {
    const missingEn = row.peerAverage === undefined ? 'category average' : 'category excellent';
    const missingZh = row.peerAverage === undefined ? '同行平均' : '同行优秀';
    confidence.push(
      note(
        row.peerAverage === undefined && row.peerExcellent === undefined ? 'low' : 'medium',
        `The console shows no ${row.peerAverage === undefined && row.peerExcellent === undefined ? 'category figures' : missingEn} for this indicator.`,
        `后台未显示该指标的${row.peerAverage === undefined && row.peerExcellent === undefined ? '同行数据' : missingZh}。`,
      ),
    );
  }
  return {
    dimension: row.dimension,
    dimensionId,
    indicator: row.indicator,
    value: row.value,
    ...(row.peerAverage === undefined ? {} : { peerAverage: row.peerAverage }),
    ...(row.peerExcellent === undefined ? {} : { peerExcellent: row.peerExcellent }),
    higherIsBetter: row.higherIsBetter,
    ...(row.unit === undefined ? {} : { unit: row.unit }),
    ...(row.peerAverage === undefined
      ? {}
      : { gapToAverage: sign * (row.value - row.peerAverage) }),
    ...(row.peerExcellent === undefined
      ? {}
      : { gapToExcellent: sign * (row.value - row.peerExcellent) }),
    level,
    scores,
    ...(target === null ? {} : { shortfall: Math.max(0, target - scores.store) }),
    explanation: explain(row, level),
    actions: actionsFor(row, dimensionId),
    confidence,
  };
}

/** Below average first, then the largest shortfall to excellent, then those with nothing to compare. */
function weakestFirst(a: IndicatorAssessment, b: IndicatorAssessment): number {
  const below = Number(b.level === 'below') - Number(a.level === 'below');
  if (below !== 0) return below;
  const sa = a.shortfall ?? -1;
  const sb = b.shortfall ?? -1;
  if (sa !== sb) return sb - sa;
  return a.indicator.localeCompare(b.indicator);
}

const mean = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
const meanOrNull = (xs: readonly (number | null)[]) => {
  const present = xs.filter((x): x is number => x !== null);
  return present.length === 0 ? null : mean(present);
};

/** The newest day's rows of an ability-score history (the model is a snapshot, not a sum). */
export function latestAbilityRows(records: readonly AbilityScoreRecord[]): AbilityRow[] {
  const latest = records.reduce<string>((d, r) => (r.day > d ? r.day : d), '');
  return records
    .filter((r) => r.day === latest)
    .map(({ dimension, indicator, value, peerAverage, peerExcellent, higherIsBetter, unit }) => ({
      dimension,
      indicator,
      value,
      ...(peerAverage === undefined ? {} : { peerAverage }),
      ...(peerExcellent === undefined ? {} : { peerExcellent }),
      higherIsBetter,
      ...(unit === undefined ? {} : { unit }),
    }));
}

export function assessCapability(input: CapabilityInput): CapabilityResult {
  const { capability: t, lowData: low } = resolveTierThresholds(input.thresholds);
  const base = {
    status: 'insufficient' as const,
    minOrders: t.minOrders,
    ...(input.orderCount === undefined ? {} : { orderCount: input.orderCount }),
  };
  if (input.orderCount !== undefined && input.orderCount < t.minOrders) {
    return {
      ...base,
      reason: 'few-orders',
      message: {
        en: `Not enough data: the store has ${input.orderCount} orders, and the platform shows no ability model below about ${t.minOrders}. Build sales and reviews first.`,
        zh: `数据不足：店铺订单 ${input.orderCount} 笔，平台在约 ${t.minOrders} 笔以下不展示运营能力模型。请先积累销量和评价。`,
      },
    };
  }
  if (input.rows.length === 0) {
    return {
      ...base,
      reason: 'no-model',
      message: {
        en: `No ability model shown yet: open the store assessment page once the store has about ${t.minOrders} orders.`,
        zh: `尚未读取到运营能力模型：店铺约 ${t.minOrders} 笔订单后，请打开店铺考核页面。`,
      },
    };
  }

  const indicators = input.rows.map(assessIndicator);
  if (indicators.every((i) => i.level === 'unknown')) {
    return {
      ...base,
      reason: 'no-peers',
      message: {
        en: 'The ability model shows no category average or excellent values, so there is nothing to rank against.',
        zh: '运营能力模型未显示同行平均或优秀值，无法对比排序。',
      },
    };
  }

  const groups = new Map<string, IndicatorAssessment[]>();
  for (const i of indicators) groups.set(i.dimension, [...(groups.get(i.dimension) ?? []), i]);

  const dimensions: DimensionAssessment[] = [...groups].map(([dimension, items]) => {
    const dimensionId = items[0]?.dimensionId ?? null;
    const known = items.filter((i) => i.level !== 'unknown');
    const points =
      known.length === 0
        ? undefined
        : mean(known.map((i) => LEVEL_POINTS[i.level as CapabilityLevel]));
    const level: IndicatorLevel =
      points === undefined
        ? 'unknown'
        : points >= t.dimensionExcellentAt
          ? 'excellent'
          : points >= t.dimensionAverageAt
            ? 'average'
            : 'below';
    const confidence: ConfidenceNote[] = [];
    if (items.length < low.minIndicatorsPerDimension)
      confidence.push(
        note(
          'medium',
          `This level rests on ${items.length} indicator${items.length === 1 ? '' : 's'}.`,
          `该等级仅基于 ${items.length} 个指标。`,
        ),
      );
    if (known.length < items.length)
      confidence.push(
        note(
          'medium',
          `${items.length - known.length} of ${items.length} indicators have no category figures to compare.`,
          `${items.length} 个指标中有 ${items.length - known.length} 个无同行数据可对比。`,
        ),
      );
    const entry = CAPABILITY_DIMENSIONS.find((d) => d.id === dimensionId);
    return {
      dimension,
      dimensionId,
      label: entry?.label ?? { en: dimension, zh: dimension },
      level,
      levelLabel: CAPABILITY_LEVEL_LABELS[level],
      ...(points === undefined ? {} : { points }),
      indicatorCount: items.length,
      chart: {
        store: mean(items.map((i) => i.scores.store)),
        average: meanOrNull(items.map((i) => i.scores.average)),
        excellent: meanOrNull(items.map((i) => i.scores.excellent)),
      },
      confidence,
    };
  });

  const scored = dimensions.filter((d) => d.points !== undefined).map((d) => d.points ?? 0);
  const points = mean(scored);
  const tier: CapabilityTier =
    points >= t.tierTopAt
      ? 'top'
      : points >= t.tierMiddleAt
        ? 'middle'
        : points >= t.tierDevelopingAt
          ? 'developing'
          : 'starting';

  const confidence: ConfidenceNote[] = [];
  if (input.orderCount === undefined)
    confidence.push(
      note(
        'medium',
        `The store's order count is unknown; the platform's model is meaningful from about ${t.minOrders} orders.`,
        `店铺订单数未知；平台模型约 ${t.minOrders} 笔订单以上才有参考意义。`,
      ),
    );

  return {
    status: 'ok',
    tier,
    tierLabel: CAPABILITY_TIER_LABELS[tier],
    points,
    dimensions,
    weakest: [...indicators].sort(weakestFirst),
    confidence,
  };
}
