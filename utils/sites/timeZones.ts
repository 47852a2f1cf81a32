import type { Site } from './hosts';

/**
 * Each platform's own time zone (docs/ADVICE.md#promo-phases): it decides
 * which day a capture belongs to, how a console's local times are read and
 * when a campaign phase begins. The one table every reader, ingest and the
 * campaign calendar use.
 */
export const PLATFORM_TIME_ZONE = {
  aliexpress: 'America/Los_Angeles',
  taobao: 'Asia/Shanghai',
  alibaba: 'Asia/Shanghai',
} as const satisfies Record<Site, string>;

/** Formatters by time zone: making one costs more than formatting with it. */
const DAY_FORMATS = new Map<string, Intl.DateTimeFormat>();

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  let format = DAY_FORMATS.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    DAY_FORMATS.set(timeZone, format);
  }
  const parts = format.formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
