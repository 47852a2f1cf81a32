import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import {
  effectiveTierThresholds,
  effectiveTitleLimits,
  getSetting,
  getSettings,
  InvalidSettingError,
  parseSetting,
  deleteSetting,
  putSetting,
  withOverride,
} from '@/utils/settings/settings';
import { isValidTimeZone, updateStore } from '@/utils/settings/stores';
import { TIER_THRESHOLDS } from '@/utils/engines/data/tierThresholds';
import { TITLE_LIMITS } from '@/utils/engines/data/titleLimits';
import { freshDb, seed } from '../backup/seed';

let db: StorewiseDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('settings defaults and validation', () => {
  it('an empty database gives the defaults', async () => {
    expect(await getSettings(db)).toEqual({
      language: 'auto',
      reminderLeadDays: 3,
      retentionDays: 30,
      tierThresholds: {},
      titleLimits: {},
      marketAlertPriceCut: false,
      marketPriceCutPercent: 10,
      marketAlertTitle: false,
      marketAlertRankDrop: false,
      marketRankDropPlaces: 5,
    });
  });

  it.each([
    ['language', 'fr'],
    ['language', null],
    ['reminderLeadDays', -1],
    ['reminderLeadDays', 2.5],
    ['reminderLeadDays', '3'],
    ['retentionDays', 0],
    ['retentionDays', Number.NaN],
    ['tierThresholds', { capability: { minOrders: 'many' } }],
    ['tierThresholds', { capability: { minOrders: -5 } }],
    ['tierThresholds', [1, 2]],
    ['titleLimits', { aliexpress: { limit: 0, unit: 'chars' } }],
    ['titleLimits', { ebay: { limit: 80, unit: 'chars' } }],
    ['titleLimits', { taobao: { limit: 60, unit: 'words' } }],
  ] as const)('a stored %s of %j reads as the default', async (key, bad) => {
    await db.settings.put({ key, value: bad });
    expect(await getSetting(db, key)).toEqual(parseSetting(key, undefined));
  });

  it('a valid stored value is read back', async () => {
    await putSetting(db, 'reminderLeadDays', 7);
    await putSetting(db, 'language', 'zh-CN');
    await putSetting(db, 'titleLimits', { taobao: { limit: 90, unit: 'bytes' } });
    expect(await getSetting(db, 'reminderLeadDays')).toBe(7);
    // The key components/i18n.tsx reads, with the raw value it expects.
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh-CN' });
  });

  it('refuses an invalid value with the reason and writes nothing', async () => {
    await putSetting(db, 'retentionDays', 60);
    await expect(putSetting(db, 'retentionDays', 0 as unknown as number)).rejects.toBeInstanceOf(
      InvalidSettingError,
    );
    await expect(putSetting(db, 'retentionDays', 0)).rejects.toThrow(/retentionDays/);
    expect(await getSetting(db, 'retentionDays')).toBe(60);
  });

  it('reset brings the default back', async () => {
    await putSetting(db, 'reminderLeadDays', 10);
    await deleteSetting(db, 'reminderLeadDays');
    expect(await getSetting(db, 'reminderLeadDays')).toBe(3);
  });
});

describe('playbook overrides', () => {
  it('tier thresholds: only the overridden leaf changes', async () => {
    await putSetting(db, 'tierThresholds', { capability: { minOrders: 100 } });
    const t = await effectiveTierThresholds(db);
    expect(t.capability.minOrders).toBe(100);
    expect(t.capability.tierTopAt).toBe(TIER_THRESHOLDS.capability.tierTopAt);
    expect(t.customers).toEqual(TIER_THRESHOLDS.customers);
  });

  it('withOverride sets and clears one leaf, dropping an emptied section', () => {
    const a = withOverride({}, 'restock', 'soldShare', 0.4);
    expect(a).toEqual({ restock: { soldShare: 0.4 } });
    const b = withOverride(a, 'restock', 'spikeFactor', 3);
    expect(b).toEqual({ restock: { soldShare: 0.4, spikeFactor: 3 } });
    expect(
      withOverride(
        withOverride(b, 'restock', 'soldShare', undefined),
        'restock',
        'spikeFactor',
        undefined,
      ),
    ).toEqual({});
  });

  it('title limits: a site override replaces that site only', async () => {
    await putSetting(db, 'titleLimits', { taobao: { limit: 90, unit: 'bytes' } });
    const limits = await effectiveTitleLimits(db);
    expect(limits.taobao).toEqual({ limit: 90, unit: 'bytes' });
    expect(limits.aliexpress).toEqual(TITLE_LIMITS.aliexpress);
  });
});

describe('store edits', () => {
  beforeEach(() => seed(db));

  it('renames a store and changes its time zone, leaving site and id', async () => {
    await updateStore(db, 'aliexpress:2001234', {
      name: '  Boho Shop  ',
      timeZone: 'Europe/Madrid',
    });
    expect(await db.stores.get('aliexpress:2001234')).toMatchObject({
      id: 'aliexpress:2001234',
      site: 'aliexpress',
      storeId: '2001234',
      name: 'Boho Shop',
      timeZone: 'Europe/Madrid',
    });
  });

  it('a blank name clears it', async () => {
    await updateStore(db, 'aliexpress:2001234', { name: 'X' });
    await updateStore(db, 'aliexpress:2001234', { name: '   ' });
    expect((await db.stores.get('aliexpress:2001234'))?.name).toBeUndefined();
  });

  it('refuses an unknown time zone, a too-long name and an unknown store', async () => {
    await expect(
      updateStore(db, 'aliexpress:2001234', { timeZone: 'Mars/Olympus' }),
    ).rejects.toThrow(/unknown time zone/);
    await expect(updateStore(db, 'aliexpress:2001234', { name: 'x'.repeat(101) })).rejects.toThrow(
      /longer than 100/,
    );
    await expect(updateStore(db, 'nope:1', { name: 'x' })).rejects.toThrow(/no store/);
    expect((await db.stores.get('aliexpress:2001234'))?.timeZone).toBe('America/Los_Angeles');
  });

  it('knows real time zones', () => {
    expect(isValidTimeZone('Asia/Shanghai')).toBe(true);
    expect(isValidTimeZone('Nowhere/Land')).toBe(false);
  });
});
