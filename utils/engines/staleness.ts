// When a figure read from a console page no longer describes the store well:
// the side panel's provenance lines and the in-page title advice both warn by
// this one rule.

/** Older than this a read no longer describes the store well. */
export const STALE_AFTER_DAYS = 3;
const DAY_MS = 86_400_000;

/** True when the ISO instant `at` is more than `days` days before `now`; false for a bad date. */
export function isStale(at: string, now: Date, days: number = STALE_AFTER_DAYS): boolean {
  const t = Date.parse(at);
  return Number.isFinite(t) && now.getTime() - t > days * DAY_MS;
}
