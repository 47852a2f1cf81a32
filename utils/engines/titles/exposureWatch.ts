import {
  EXPOSURE_DIAGNOSIS,
  EXPOSURE_WATCH_RULES,
  type DiagnosisItem,
  type ExposureWatchRules,
} from '../data/exposureWatch';
import type { Bilingual, ConfidenceNote } from '../types';
import type { PenaltyRow } from '../../types';

// docs/ADVICE.md#titles: "When a listing's exposure is low or falls several days in a
// row, check in order: …". Reads a product's daily exposure (productDaily
// records or any {day, exposure}) and, when it fell, returns the checklist.

export interface ExposurePoint {
  /** YYYY-MM-DD in the platform's time zone. */
  day: string;
  exposure?: number;
}

export type ExposureSignal =
  | {
      kind: 'consecutiveFall';
      /** Day-over-day falls in a row, ending on the latest day. */
      days: number;
      fromDay: string;
      from: number;
      toDay: string;
      to: number;
    }
  | {
      kind: 'sharpDrop';
      day: string;
      latest: number;
      priorAverage: number;
      /** 0..1: how far the latest day is below the prior average. */
      drop: number;
    };

export interface ExposureWatch {
  triggered: boolean;
  signals: ExposureSignal[];
  summary: Bilingual;
  /** The playbook's diagnosis checklist, in order; empty when exposure did not fall. */
  checklist: readonly DiagnosisItem[];
  confidence: ConfidenceNote[];
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

type Point = { day: string; exposure: number };
const hasExposure = (p: ExposurePoint): p is Point =>
  p.exposure !== undefined && Number.isFinite(p.exposure);

/**
 * One value per day (the last record wins), oldest first, days without a
 * figure skipped. A series already one row per day in order (as the side
 * panel's history is) is filtered as it is: the panel watches every listing.
 */
function dailyPoints(series: readonly ExposurePoint[]): Point[] {
  let ordered = true;
  for (let i = 1; i < series.length && ordered; i++)
    ordered = (series[i - 1] as ExposurePoint).day < (series[i] as ExposurePoint).day;
  if (ordered) return series.filter(hasExposure);
  const byDay = new Map<string, number>();
  for (const p of series) if (hasExposure(p)) byDay.set(p.day, p.exposure);
  return [...byDay.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, exposure]) => ({ day, exposure }));
}

export function watchExposure(
  series: readonly ExposurePoint[],
  rules: Partial<ExposureWatchRules> = {},
): ExposureWatch {
  const r: ExposureWatchRules = { ...EXPOSURE_WATCH_RULES, ...rules };
  const points = dailyPoints(series);

  const signals: ExposureSignal[] = [];
  const latest = points.at(-1);
  if (latest) {
    let streak = 0;
    for (let i = points.length - 1; i > 0 && points[i]!.exposure < points[i - 1]!.exposure; i--) {
      streak++;
    }
    if (streak >= r.fallDays) {
      const start = points[points.length - 1 - streak]!;
      signals.push({
        kind: 'consecutiveFall',
        days: streak,
        fromDay: start.day,
        from: start.exposure,
        toDay: latest.day,
        to: latest.exposure,
      });
    }
    const prior = points.slice(-1 - r.priorDays, -1);
    if (prior.length > 0) {
      const priorAverage = prior.reduce((n, p) => n + p.exposure, 0) / prior.length;
      const drop = priorAverage > 0 ? 1 - latest.exposure / priorAverage : 0;
      if (priorAverage >= r.minPriorAverage && drop >= r.sharpDropShare) {
        signals.push({
          kind: 'sharpDrop',
          day: latest.day,
          latest: latest.exposure,
          priorAverage: Math.round(priorAverage * 100) / 100,
          drop: Math.round(drop * 10000) / 10000,
        });
      }
    }
  }

  const confidence: ConfidenceNote[] = [];
  if (points.length < r.fallDays + 1) {
    confidence.push({
      level: 'low',
      reason: {
        en: `Only ${points.length} day${points.length === 1 ? '' : 's'} of exposure history: a fall cannot be judged yet.`,
        zh: `只有 ${points.length} 天的曝光记录：暂时无法判断是否下滑。`,
      },
    });
  }

  const triggered = signals.length > 0;
  return {
    triggered,
    signals,
    summary: summarise(signals),
    checklist: triggered ? EXPOSURE_DIAGNOSIS : [],
    confidence,
  };
}

function summarise(signals: readonly ExposureSignal[]): Bilingual {
  const parts = signals.map((s): Bilingual =>
    s.kind === 'consecutiveFall'
      ? {
          en: `exposure fell ${s.days} days in a row (${s.from} → ${s.to})`,
          zh: `曝光连续 ${s.days} 天下降（${s.from} → ${s.to}）`,
        }
      : {
          en: `exposure dropped ${pct(s.drop)} below the prior average (${s.latest} vs ${s.priorAverage})`,
          zh: `曝光比此前平均下降 ${pct(s.drop)}（${s.latest} 对比 ${s.priorAverage}）`,
        },
  );
  if (parts.length === 0) return { en: 'Exposure is steady', zh: '曝光平稳' };
  return {
    en: `${parts.map((p) => p.en).join('; ')}: check the list below in order`,
    zh: `${parts.map((p) => p.zh).join('；')}：请按顺序排查`,
  };
}

/**
 * The penalties to show before the checklist when exposure falls: the
 * playbook checks violations first. A penalty counts as open unless the
 * console said it is over (`open: false`); those the console calls in force
 * come first, then the newest.
 */
export function openPenaltiesFirst<P extends PenaltyRow & { firstSeenAt?: string }>(
  penalties: readonly P[],
): P[] {
  const when = (p: P) => p.at ?? p.firstSeenAt ?? '';
  return penalties
    .filter((p) => p.open !== false)
    .sort(
      (a, b) =>
        Number(b.open === true) - Number(a.open === true) ||
        when(b).localeCompare(when(a)) ||
        a.punishId.localeCompare(b.punishId),
    );
}
