import type { ConfidenceNote } from '../../utils/engines/types';
import type { PageKind } from '../../utils/types';

// Where a figure came from and when, for the side panel's "product list,
// 25 Nov 14:02" lines: every number says its source and warns when it
// is stale or rests on thin data.

const DAY_MS = 86_400_000;

export interface Source {
  pageKind: PageKind;
  /** ISO instant the page was read. */
  at: string;
  /** Thin-data notes from the engines that used the figures. */
  notes?: readonly ConfidenceNote[];
}

/** Days between the read and now, rounded down (0 for today). */
export function ageDays(at: string, now: Date): number {
  const t = Date.parse(at);
  return Number.isFinite(t) ? Math.max(0, Math.floor((now.getTime() - t) / DAY_MS)) : 0;
}

/** The newest ISO instant of a set of records, or undefined when there are none. */
export function newestOf<T>(
  records: readonly T[],
  at: (r: T) => string | undefined,
): string | undefined {
  let best: string | undefined;
  for (const r of records) {
    const v = at(r);
    if (v !== undefined && (best === undefined || v > best)) best = v;
  }
  return best;
}

/** Formatters by language and time zone: making one costs more than formatting with it. */
const WHEN_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** "25 Nov 14:02" / "11月25日 14:02" in the viewer's clock. */
export function formatWhen(at: string, lang: 'en' | 'zh-CN', timeZone?: string): string {
  const d = new Date(at);
  if (!Number.isFinite(d.getTime())) return at;
  const opts: Intl.DateTimeFormatOptions = {
    day: 'numeric',
    month: lang === 'en' ? 'short' : 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hour12: false,
    ...(timeZone ? { timeZone } : {}),
  };
  const key = `${lang}|${timeZone ?? ''}`;
  let format = WHEN_FORMATS.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'zh-CN', opts);
    WHEN_FORMATS.set(key, format);
  }
  const parts = format.formatToParts(d);
  const get = (k: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === k)?.value ?? '';
  return lang === 'en'
    ? `${get('day')} ${get('month')} ${get('hour')}:${get('minute')}`
    : `${get('month')}月${get('day')}日 ${get('hour')}:${get('minute')}`;
}

/** Notes once each (engines repeat a store-wide note on every row). */
export function distinctNotes(notes: readonly ConfidenceNote[]): ConfidenceNote[] {
  const seen = new Set<string>();
  return notes.filter((n) => {
    const key = n.reason.en;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
