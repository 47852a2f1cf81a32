import { reminders, type Reminder } from './phase';
import type { Site } from '../../types';
import type { OverrideMap } from '../../db/promo/overrides';
import { editionsFor } from './selection';

// Which chrome.alarms exist at an instant: one at each phase start and one at
// the start of the day `leadDays` before each registration deadline, for the
// campaigns of every marketplace the seller has a store on. Pure, so the rule
// "which alarms for which instant" is tested without a browser.

export const PROMO_ALARM_PREFIX = 'storewise-promo:';

/** chrome.alarms has a per-extension ceiling (500 in current Chromium); a year ahead stays far below it. */
const HORIZON_MS = 400 * 86_400_000;

export interface PlannedAlarm {
  /** `storewise-promo:<campaign>:<year>:phase:<phase>` or `…:deadline:<id>`. */
  name: string;
  /** App-clock instant (utils/settings/clock.ts); convert with toRealTime() before scheduling. */
  at: Date;
  site: Site;
  reminder: Reminder;
}

export function alarmPlan(
  sites: Iterable<Site>,
  instant: Date,
  overrides: OverrideMap,
  leadDays: number,
): PlannedAlarm[] {
  const seen = new Set<string>();
  const out: PlannedAlarm[] = [];
  const until = instant.getTime() + HORIZON_MS;
  for (const site of new Set(sites)) {
    for (const campaign of editionsFor(site, instant, overrides)) {
      for (const reminder of reminders(campaign, { leadDays, after: instant })) {
        const name = PROMO_ALARM_PREFIX + reminder.id;
        if (seen.has(name) || reminder.at.getTime() > until) continue;
        seen.add(name);
        out.push({ name, at: reminder.at, site, reminder });
      }
    }
  }
  return out.sort((a, b) => a.at.getTime() - b.at.getTime());
}

export interface ParsedAlarmName {
  campaignKey: string;
  kind: 'phase' | 'deadline';
  ref: string;
}

/** Reads an alarm name back: `storewise-promo:aliexpress-1111:2026:phase:burst`. */
export function parseAlarmName(name: string): ParsedAlarmName | undefined {
  if (!name.startsWith(PROMO_ALARM_PREFIX)) return undefined;
  const m = /^(.+:\d{4}):(phase|deadline):([^:]+)$/.exec(name.slice(PROMO_ALARM_PREFIX.length));
  if (!m) return undefined;
  return { campaignKey: m[1]!, kind: m[2] as 'phase' | 'deadline', ref: m[3]! };
}
