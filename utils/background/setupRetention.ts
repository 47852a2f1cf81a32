import { getDb } from '../db/db';
import { pruneExpiredSnapshots } from '../db/retention';
import { getSetting } from '../settings/settings';

export const RETENTION_ALARM = 'storewise-retention';

/** Prunes raw snapshots past the seller's retention; history is never touched. */
export async function runRetention(now: Date = new Date()): Promise<number> {
  const db = getDb();
  return pruneExpiredSnapshots(db, await getSetting(db, 'retentionDays'), now);
}

/**
 * Once a day, prune raw snapshots past retention. The alarm outlives the
 * service worker, which wakes often; creating it on every wake would push it
 * back each time, so it is created only when missing.
 */
export function setupRetention(): void {
  void browser.alarms.get(RETENTION_ALARM).then((existing) => {
    if (!existing)
      return browser.alarms.create(RETENTION_ALARM, {
        delayInMinutes: 5,
        periodInMinutes: 24 * 60,
      });
  });
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === RETENTION_ALARM) void runRetention();
  });
}
