import { getDb } from '../../utils/db/db';
import { pruneExpiredSnapshots } from '../../utils/db/retention';
import { getSetting } from '../../utils/settings/settings';
import { pruneMarketSnapshots } from '../../utils/market/watch';

export const RETENTION_ALARM = 'storewise-retention';

/** Prunes raw snapshots past the seller's retention; history is never touched. */
export async function runRetention(now: Date = new Date()): Promise<number> {
  const db = getDb();
  const days = await getSetting(db, 'retentionDays');
  // Market-watch visits follow the same retention (each watch keeps its newest).
  await pruneMarketSnapshots(db, days, now);
  return pruneExpiredSnapshots(db, days, now);
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
