import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import {
  deleteSetting,
  getSetting,
  InvalidSettingError,
  listSettings,
  putSetting,
  watchSetting,
} from '@/utils/settings/settings';
import { clockOffset, loadClockOffset, setClockOffset } from '@/utils/settings/clock';
import { logRead, readLog } from '@/utils/db/readLog';
import { loadOverrides, overrideKey } from '@/utils/db/promo/overrides';
import { competitorWordsKey } from '@/entrypoints/sidepanel/market/marketView';
import { freshDb } from '../backup/seed';

// Every row of the settings table, not only the options page's: a value that
// does not parse reads as absent (the default), and no reader throws on it.

let db: StorewiseDB;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  setClockOffset(0);
  await db.delete();
});

const at = '2026-11-11T02:00:00.000Z';

describe('app state keys are validated on read', () => {
  it.each([
    ['readLog', 'not a list', []],
    ['readLog', { status: 'ok' }, []],
    ['clockOffsetMs', 'tomorrow', 0],
    ['clockOffsetMs', 1e15, 0],
    ['clockOffsetMs', Number.POSITIVE_INFINITY, 0],
    ['promoToastShown', [1, 2], {}],
    ['promoToastShown', 'x', {}],
  ] as const)('a stored %s of %j reads as %j', async (key, bad, expected) => {
    await db.settings.put({ key, value: bad });
    expect(await getSetting(db, key)).toEqual(expected);
  });

  it('keeps the read-log entries that parse and drops the others', async () => {
    await db.settings.put({
      key: 'readLog',
      value: [
        { status: 'ok', url: 'https://a.example/p', at },
        { status: 'weird', url: 'u', at },
        42,
      ],
    });
    expect(await readLog(db)).toEqual([{ status: 'ok', url: 'https://a.example/p', at }]);
    await logRead(db, { status: 'empty', url: 'https://a.example/q', at });
    expect(await readLog(db)).toEqual([
      { status: 'empty', url: 'https://a.example/q', at },
      { status: 'ok', url: 'https://a.example/p', at },
    ]);
  });

  it('a whole-millisecond clock offset is kept; a fraction is cut', async () => {
    await db.settings.put({ key: 'clockOffsetMs', value: -86_400_000.6 });
    expect(await loadClockOffset(db)).toBe(-86_400_000);
    await db.settings.put({ key: 'clockOffsetMs', value: 'soon' });
    expect(await loadClockOffset(db)).toBe(0);
    expect(clockOffset()).toBe(0);
  });

  it('toast state keeps only day strings', async () => {
    await db.settings.put({
      key: 'promoToastShown',
      value: { 'aliexpress-1111:2026:burst': '2026-11-11', other: 3 },
    });
    expect(await getSetting(db, 'promoToastShown')).toEqual({
      'aliexpress-1111:2026:burst': '2026-11-11',
    });
  });
});

describe('key families', () => {
  it('competitor words: the key names the listing; a bad value reads as none', async () => {
    const key = competitorWordsKey('aliexpress:9001', '1005001');
    expect(key).toBe('marketCompetitorWords:aliexpress:9001:1005001');
    expect(await getSetting(db, key)).toEqual([]);
    await putSetting(db, key, ['wireless', 'charger']);
    expect(await getSetting(db, key)).toEqual(['wireless', 'charger']);
    await db.settings.put({ key, value: ['wireless', 7] });
    expect(await getSetting(db, key)).toEqual([]);
    await db.settings.put({ key, value: 'wireless' });
    expect(await getSetting(db, key)).toEqual([]);
  });

  it('campaign dates: an edit that does not parse is absent, the valid ones are listed', async () => {
    const good = overrideKey('aliexpress-1111', 2026);
    const bad = overrideKey('aliexpress-black-friday', 2026);
    expect(good).toBe('promoOverride:aliexpress-1111:2026');
    await putSetting(db, good, { deadlines: { register: '2026-10-20' } });
    await db.settings.put({ key: bad, value: { phases: { burst: { start: 'soon' } } } });
    expect(await getSetting(db, bad)).toBeUndefined();
    expect(await listSettings(db, 'promoOverride')).toEqual([
      {
        key: 'promoOverride:aliexpress-1111:2026',
        value: { deadlines: { register: '2026-10-20' } },
      },
    ]);
    expect(await loadOverrides(db)).toEqual({
      'aliexpress-1111': { 2026: { deadlines: { register: '2026-10-20' } } },
    });
    await deleteSetting(db, good);
    expect(await listSettings(db, 'promoOverride')).toEqual([]);
  });

  it('refuses to write an invalid family value or an unknown key', async () => {
    await expect(
      putSetting(db, competitorWordsKey('s', 'p'), [1] as unknown as string[]),
    ).rejects.toBeInstanceOf(InvalidSettingError);
    await expect(putSetting(db, 'noSuchKey' as 'language', 'en')).rejects.toBeInstanceOf(
      InvalidSettingError,
    );
    expect(await db.settings.count()).toBe(0);
  });
});

describe('watchSetting', () => {
  it('reports the validated value at start and after each write', async () => {
    const seen: number[] = [];
    const sub = watchSetting(db, 'clockOffsetMs', (ms) => seen.push(ms));
    await vi.waitFor(() => expect(seen).toEqual([0]));
    await db.settings.put({ key: 'clockOffsetMs', value: 5_000 });
    await vi.waitFor(() => expect(seen).toEqual([0, 5_000]));
    await db.settings.put({ key: 'clockOffsetMs', value: 'bad' });
    await vi.waitFor(() => expect(seen).toEqual([0, 5_000, 0]));
    sub.unsubscribe();
  });
});
