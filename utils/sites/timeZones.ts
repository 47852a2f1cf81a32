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

/** YYYY-MM-DD of `instant` in `timeZone`. */
export function dayIn(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).formatToParts(instant);
  const get = (t: string) => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
