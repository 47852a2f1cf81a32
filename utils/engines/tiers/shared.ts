import type { IndicatorUnit } from '../../types';
import type { Bilingual, ConfidenceNote } from '../types';

// Small helpers the tier engines share: number wording, template filling,
// confidence notes and date arithmetic. No clock here: `now` always comes in.

const DAY_MS = 86_400_000;

/** A figure as the seller reads it: at most two decimals, no trailing zeros. */
export function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  return String(Math.round(n * 100) / 100);
}

/**
 * An indicator value as the console shows it: a rate (stored as a fraction)
 * in percent, days with their unit; counts, money and scores as numbers.
 */
export function formatIndicator(
  n: number,
  unit: IndicatorUnit | undefined,
  lang: 'en' | 'zh',
): string {
  switch (unit) {
    case 'rate':
      return `${String(Math.round(n * 1e4) / 100)}%`;
    case 'days':
      return lang === 'zh' ? `${formatNumber(n)}天` : `${formatNumber(n)} days`;
    default:
      return formatNumber(n);
  }
}

/** Fills `{name}` placeholders in both languages. */
export function fill(template: Bilingual, vars: Record<string, string | number>): Bilingual {
  const sub = (s: string) =>
    s.replace(/\{(\w+)\}/g, (whole, key: string) => {
      const v = vars[key];
      return v === undefined ? whole : typeof v === 'number' ? formatNumber(v) : v;
    });
  return { en: sub(template.en), zh: sub(template.zh) };
}

export function note(level: ConfidenceNote['level'], en: string, zh: string): ConfidenceNote {
  return { level, reason: { en, zh } };
}

/**
 * Milliseconds since the epoch for a console date: ISO instants, `YYYY-MM-DD`
 * (read as UTC midnight) and `YYYY-MM-DD HH:mm[:ss]` (read as UTC, since the
 * consoles rarely print a zone; a few hours do not move a day-based segment).
 * Undefined when the text is not a date.
 */
export function parseInstant(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const t = text.trim();
  let iso = t.replace(
    /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})/,
    (_m, y: string, m: string, d: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`,
  );
  if (/^\d{4}-\d{2}-\d{2} \d{1,2}:\d{2}/.test(iso)) iso = `${iso.replace(' ', 'T')}Z`;
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? ms : undefined;
}

/** Whole and fractional days from `then` to `now` (negative when `then` is in the future). */
export function daysSince(thenMs: number, now: Date): number {
  return (now.getTime() - thenMs) / DAY_MS;
}

/**
 * Where `value` (one of `values`) stands among them, 0 = lowest, 1 = highest.
 * Ties take their mid-rank, so a store whose listings all convert alike puts
 * each at 0.5 rather than calling them all the worst. A lone value is 1.
 */
export function percentileOf(value: number, values: readonly number[]): number {
  if (values.length <= 1) return 1;
  let below = 0;
  let equal = 0;
  for (const v of values) {
    if (v < value) below += 1;
    else if (v === value) equal += 1;
  }
  return (below + Math.max(0, equal - 1) / 2) / (values.length - 1);
}

/**
 * percentileOf for many values against one column: sorts the column once and
 * answers each value by binary search (n log n for a store's listings instead
 * of n²). Same results as percentileOf.
 */
export function percentileRanker(values: readonly number[]): (value: number) => number {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  // First index whose value is >= x (strict = false) or > x (strict = true).
  const bound = (x: number, strict: boolean) => {
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const v = sorted[mid] ?? 0;
      if (v < x || (strict && v === x)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return (value) => {
    if (n <= 1) return 1;
    const below = bound(value, false);
    const equal = bound(value, true) - below;
    return (below + Math.max(0, equal - 1) / 2) / (n - 1);
  };
}

export function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
}
