import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { setClockOffset } from '@/utils/settings/clock';
import { checklistFor } from '@/utils/engines/promo/checklist';
import { getTemplate, resolveCampaign } from '@/utils/engines/promo/campaign';
import { alarmPlan, parseAlarmName, PROMO_ALARM_PREFIX } from '@/utils/engines/promo/reminderPlan';
import {
  reminderInputs,
  rescheduleReminders,
  reminderNotification,
} from '@/entrypoints/background/setupReminders';
import { handlePromoToast } from '@/entrypoints/background/setupToast';
import { promoTimeline } from '@/utils/engines/promo/selection';
import {
  alreadyShown,
  recordShown,
  toastCandidate,
  TOAST_STATE_KEY,
} from '@/utils/engines/promo/toastRule';
import { setItemDone } from '@/utils/db/promo/progress';
import { overrideKey } from '@/utils/db/promo/overrides';
import { freshDb } from '../../utils/db/testDb';
import { addStore, at } from '../sidepanel/promo/fixtures';

let db: StorewiseDB;
beforeEach(() => {
  db = freshDb();
  setDb(db);
});
afterEach(async () => {
  setClockOffset(0);
  setDb(undefined);
  await db.delete();
});

describe('alarm plan', () => {
  const instant = at('2026-11-05T12:00:00Z');

  it('schedules the 11.11 burst at midnight Pacific and drops phases already begun', () => {
    const plan = alarmPlan(['aliexpress'], instant, {}, 3);
    const names = plan.map((p) => p.name);
    const burst = plan.find(
      (p) => p.name === `${PROMO_ALARM_PREFIX}aliexpress-1111:2026:phase:burst`,
    );
    expect(burst?.at.toISOString()).toBe('2026-11-11T08:00:00.000Z');
    expect(names).not.toContain(`${PROMO_ALARM_PREFIX}aliexpress-1111:2026:phase:warmup`);
    expect(plan.every((p) => p.at.getTime() > instant.getTime())).toBe(true);
    expect(plan[0]?.name).toBe(`${PROMO_ALARM_PREFIX}aliexpress-1111:2026:phase:burst`);
    expect(new Set(names).size).toBe(names.length);
  });

  it('reminds N days before a deadline, N from the lead-time setting', () => {
    const name = `${PROMO_ALARM_PREFIX}aliexpress-black-friday:2027:deadline:platform-campaigns`;
    const three = alarmPlan(['aliexpress'], instant, {}, 3).find((p) => p.name === name);
    const seven = alarmPlan(['aliexpress'], instant, {}, 7).find((p) => p.name === name);
    // 21 Oct 2027 minus 3 and 7 days, at the start of the Pacific day (PDT, UTC-7).
    expect(three?.at.toISOString()).toBe('2027-10-18T07:00:00.000Z');
    expect(seven?.at.toISOString()).toBe('2027-10-14T07:00:00.000Z');
  });

  it('covers only the marketplaces the seller has stores on', () => {
    expect(alarmPlan([], instant, {}, 3)).toEqual([]);
    const tb = alarmPlan(['taobao'], instant, {}, 3);
    expect(tb.length).toBeGreaterThan(0);
    expect(tb.every((p) => p.site === 'taobao' && p.name.includes(':taobao-'))).toBe(true);
  });

  it('moves an alarm when the seller edits the dates', () => {
    const overrides = {
      'aliexpress-1111': {
        2026: { phases: { burst: { start: '2026-11-12', end: '2026-11-12' } } },
      },
    };
    const burst = alarmPlan(['aliexpress'], instant, overrides, 3).find((p) =>
      p.name.endsWith('aliexpress-1111:2026:phase:burst'),
    );
    expect(burst?.at.toISOString()).toBe('2026-11-12T08:00:00.000Z');
  });

  it('reads alarm names back', () => {
    expect(parseAlarmName(`${PROMO_ALARM_PREFIX}aliexpress-1111:2026:phase:burst`)).toEqual({
      campaignKey: 'aliexpress-1111:2026',
      kind: 'phase',
      ref: 'burst',
    });
    expect(parseAlarmName('storewise-retention')).toBeUndefined();
  });
});

describe('chrome.alarms scheduling', () => {
  it('writes alarms only when the reminders’ inputs change, not on every page read', async () => {
    await addStore(db, 'aliexpress', '2001234');
    await db.settings.put({
      key: 'clockOffsetMs',
      value: Date.parse('2026-11-05T12:00:00Z') - Date.now(),
    });
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const clear = vi.spyOn(fakeBrowser.alarms, 'clear');
    const before = await reminderInputs(db);
    const plan = await rescheduleReminders(db);
    expect(plan.length).toBeGreaterThan(0);
    expect(create).toHaveBeenCalledTimes(plan.length);

    // A page read of the same store moves only lastSeenAt: same inputs, no write.
    create.mockClear();
    await addStore(db, 'aliexpress', '2001234', '2026-11-05T11:00:00.000Z');
    expect(await reminderInputs(db)).toBe(before);
    await rescheduleReminders(db);
    expect(create).not.toHaveBeenCalled();
    expect(clear).not.toHaveBeenCalled();

    // A longer lead time moves the deadline reminders only.
    await db.settings.put({ key: 'reminderLeadDays', value: 7 });
    expect(await reminderInputs(db)).not.toBe(before);
    const moved = await rescheduleReminders(db);
    const deadlines = moved.filter((p) => p.name.includes(':deadline:'));
    expect(deadlines.length).toBeGreaterThan(0);
    expect(create).toHaveBeenCalledTimes(deadlines.length);
    expect(clear).not.toHaveBeenCalled();
  });

  it('creates the plan at real times under a shifted clock and clears stale promo alarms only', async () => {
    await addStore(db, 'aliexpress', '2001234');
    const offset = Date.parse('2026-11-05T12:00:00Z') - Date.now();
    await db.settings.put({ key: 'clockOffsetMs', value: offset });
    await fakeBrowser.alarms.create(`${PROMO_ALARM_PREFIX}aliexpress-1111:2025:phase:burst`, {
      when: Date.now() + 1000,
    });
    await fakeBrowser.alarms.create('storewise-retention', { delayInMinutes: 5 });
    const plan = await rescheduleReminders(db);
    const alarms = await fakeBrowser.alarms.getAll();
    const names = alarms.map((a) => a.name);
    expect(names).toContain('storewise-retention');
    expect(names).not.toContain(`${PROMO_ALARM_PREFIX}aliexpress-1111:2025:phase:burst`);
    expect(names.filter((n) => n.startsWith(PROMO_ALARM_PREFIX)).sort()).toEqual(
      plan.map((p) => p.name).sort(),
    );
    const burst = alarms.find((a) => a.name.endsWith('aliexpress-1111:2026:phase:burst'))!;
    // Real time = app time minus the offset: within a minute of "now + 5 d 20 h".
    const expected = Date.now() + (5 * 24 + 20) * 3_600_000;
    expect(Math.abs(burst.scheduledTime - expected)).toBeLessThan(60_000);
  });

  it('writes the notification in the seller’s language with checklist progress', async () => {
    const store = await addStore(db, 'aliexpress', '2001234');
    const c = resolveCampaign(getTemplate('aliexpress-1111')!, 2026);
    const burstItems = checklistFor(c, { phase: 'burst' });
    await setItemDone(
      db,
      { storeKey: store, campaignId: c.id, year: 2026 },
      burstItems[0]!.id,
      true,
      at('2026-11-10T00:00:00Z'),
    );
    await db.settings.put({ key: 'language', value: 'en' });
    const en = await reminderNotification(
      db,
      `${PROMO_ALARM_PREFIX}aliexpress-1111:2026:phase:burst`,
      at('2026-11-11T08:00:00Z'),
    );
    expect(en).toEqual({
      title: 'Storewise: big-sale reminder',
      message: `AliExpress 11.11: Burst (official) starts now — 1 of ${burstItems.length} checklist items done`,
    });
    await db.settings.put({ key: 'language', value: 'zh-CN' });
    const zh = await reminderNotification(
      db,
      `${PROMO_ALARM_PREFIX}aliexpress-black-friday:2027:deadline:store-discounts`,
      at('2027-10-27T07:00:00Z'),
    );
    expect(zh?.message).toMatch(
      /^速卖通黑五：请在 2027-10-30 前报名店铺大促单品折扣活动（还剩 3 天）— 清单已完成 0\/\d+ 项$/,
    );
    expect(
      await reminderNotification(
        db,
        `${PROMO_ALARM_PREFIX}gone:2026:phase:burst`,
        at('2026-11-11T08:00:00Z'),
      ),
    ).toBeUndefined();
  });
});

describe('sale toast', () => {
  it('shows before the warm-up (within the lead time) and during warm-up and burst only', () => {
    const before = at('2026-10-26T12:00:00Z');
    const c1 = toastCandidate(promoTimeline('aliexpress', before, {}), before, 3);
    expect(c1).toMatchObject({
      key: 'aliexpress-1111:2026:warmup',
      kind: 'before',
      days: 2,
      checklistPhase: 'momentum',
    });
    const during = at('2026-11-05T12:00:00Z');
    expect(toastCandidate(promoTimeline('aliexpress', during, {}), during, 3)).toMatchObject({
      key: 'aliexpress-1111:2026:warmup',
      kind: 'during',
      // 5 to 10 Nov inclusive: six days of warm-up left, today included.
      days: 6,
    });
    // 9 Nov: the burst starts in 2 days, which beats "warm-up is on".
    const soon = at('2026-11-09T12:00:00Z');
    expect(toastCandidate(promoTimeline('aliexpress', soon, {}), soon, 3)?.key).toBe(
      'aliexpress-1111:2026:burst',
    );
    const quiet = at('2026-10-10T12:00:00Z');
    expect(toastCandidate(promoTimeline('aliexpress', quiet, {}), quiet, 3)).toBeUndefined();
  });

  it('remembers a boundary for the day it was shown', () => {
    const shown = recordShown({ old: '2026-01-01' }, { key: 'k', day: '2026-11-05' });
    expect(shown).toEqual({ k: '2026-11-05' });
    expect(alreadyShown(shown, { key: 'k', day: '2026-11-05' })).toBe(true);
    expect(alreadyShown(shown, { key: 'k', day: '2026-11-06' })).toBe(false);
  });

  it('is answered once per boundary per day, with the checklist count', async () => {
    const store = await addStore(db, 'aliexpress', '2001234');
    await db.settings.put({ key: 'language', value: 'en' });
    const c = resolveCampaign(getTemplate('aliexpress-1111')!, 2026);
    const momentum = checklistFor(c, { phase: 'momentum' });
    for (const item of momentum.slice(0, 5))
      await setItemDone(
        db,
        { storeKey: store, campaignId: c.id, year: 2026 },
        item.id,
        true,
        at('2026-10-20T00:00:00Z'),
      );
    const sender = { id: 'own', tab: { id: 3 } };
    const ask = (iso: string) =>
      handlePromoToast(db, { site: 'aliexpress' }, sender, 'own', at(iso));
    expect(await ask('2026-10-26T12:00:00Z')).toEqual({
      text: `AliExpress 11.11 Warm-up starts in 2 days — 5 of ${momentum.length} checklist items done`,
      dismissLabel: 'Dismiss',
      label: 'Storewise big-sale reminder',
    });
    expect(await ask('2026-10-26T20:00:00Z')).toBeNull();
    expect((await ask('2026-10-27T12:00:00Z'))?.text).toMatch(/starts in 1 days/);
    expect(await db.settings.get(TOAST_STATE_KEY)).toEqual({
      key: TOAST_STATE_KEY,
      value: { 'aliexpress-1111:2026:warmup': '2026-10-27' },
    });
  });

  it('refuses requests from outside the extension or with a bad payload', async () => {
    const when = at('2026-10-26T12:00:00Z');
    expect(
      await handlePromoToast(
        db,
        { site: 'aliexpress' },
        { id: 'evil', tab: { id: 1 } },
        'own',
        when,
      ),
    ).toBeNull();
    expect(
      await handlePromoToast(db, { site: 'ebay' }, { id: 'own', tab: { id: 1 } }, 'own', when),
    ).toBeNull();
    expect(await db.settings.get(TOAST_STATE_KEY)).toBeUndefined();
  });

  it('follows the seller’s dates', async () => {
    await db.settings.put({
      key: overrideKey('aliexpress-1111', 2026),
      value: {
        phases: {
          momentum: { start: '2026-10-01', end: '2026-10-28' },
          warmup: { start: '2026-10-29', end: '2026-11-10' },
        },
      },
    });
    const ask = (iso: string) =>
      handlePromoToast(db, { site: 'aliexpress' }, { id: 'own', tab: { id: 1 } }, 'own', at(iso));
    expect(await ask('2026-10-24T12:00:00Z')).toBeNull();
    expect((await ask('2026-10-26T12:00:00Z'))?.text).toMatch(
      /^AliExpress 11.11 Warm-up starts in 3 days — 0 of \d+ checklist items done$/,
    );
  });
});
