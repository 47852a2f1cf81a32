import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { RETENTION_ALARM, setupRetention } from '@/entrypoints/background/setupRetention';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { freshDb, seed } from '../../utils/backup/seed';

let db: StorewiseDB;
beforeEach(async () => {
  db = freshDb();
  setDb(db);
  await seed(db);
});
afterEach(async () => {
  setDb(undefined);
  await db.delete();
});

describe('daily retention alarm', () => {
  it('is created once, daily, and not pushed back when the service worker wakes again', async () => {
    setupRetention();
    await vi.waitFor(async () =>
      expect(await fakeBrowser.alarms.get(RETENTION_ALARM)).toBeDefined(),
    );
    const first = await fakeBrowser.alarms.get(RETENTION_ALARM);
    expect(first?.periodInMinutes).toBe(24 * 60);
    setupRetention();
    await new Promise((r) => setTimeout(r, 20));
    expect((await fakeBrowser.alarms.get(RETENTION_ALARM))?.scheduledTime).toBe(
      first?.scheduledTime,
    );
  });

  it('prunes raw snapshots past the seller’s retention when it fires, and keeps history', async () => {
    // The seed's captures are from 20-24 November 2026; on 1 December, 5 days' retention keeps none.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-01T00:00:00Z'));
    onTestFinished(() => {
      vi.useRealTimers();
    });
    await db.settings.put({ key: 'retentionDays', value: 5 });
    const products = await db.products.count();
    setupRetention();
    await fakeBrowser.alarms.onAlarm.trigger({
      name: 'another-feature',
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    expect(await db.snapshots.count()).toBe(6);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: RETENTION_ALARM,
      scheduledTime: Date.now(),
      persistAcrossSessions: false,
    });
    await vi.waitFor(async () => expect(await db.snapshots.count()).toBe(0));
    expect(await db.products.count()).toBe(products);
    expect(await db.checklistProgress.count()).toBe(1);
  });
});
