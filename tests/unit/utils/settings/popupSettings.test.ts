import { afterEach, describe, expect, it } from 'vitest';
import { openLite } from '@/utils/db/lite';
import { logRead } from '@/utils/db/readLog';
import { saveOverride } from '@/utils/db/promo/overrides';
import { parseSetting, putSetting } from '@/utils/settings/settings';
import { languageSettingOf, readLogOf, readPopupSettings } from '@/utils/settings/popupSettings';
import { clockOffsetOf } from '@/utils/settings/appClock';
import { freshDb } from '../db/testDb';

// The popup reads its settings rows without the registry (no Dexie, no zod):
// each value must read as the registry reads it, defaults included.

const open: { close(): void }[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

describe('the popup’s settings (utils/settings/popupSettings.ts)', () => {
  it('reads what the registry wrote: language, clock offset, read log and campaign dates', async () => {
    const dexie = freshDb();
    open.push(dexie);
    await putSetting(dexie, 'language', 'zh-CN');
    await putSetting(dexie, 'clockOffsetMs', 86_400_000);
    await logRead(dexie, {
      status: 'ok',
      site: 'aliexpress',
      storeKey: 'aliexpress:2001234',
      url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage',
      at: '2026-11-05T12:00:00.000Z',
    });
    await logRead(dexie, {
      status: 'unrecognized',
      url: 'https://csp.aliexpress.com/x',
      at: '2026-11-05T12:01:00.000Z',
    });
    await saveOverride(dexie, 'aliexpress-1111', 2026, {
      phases: [{ id: 'burst', start: '2026-11-11', end: '2026-11-13' }],
      deadlines: [],
    });
    const lite = await openLite(dexie.name);
    open.push(lite!);
    expect(await readPopupSettings(lite)).toEqual({
      language: 'zh-CN',
      clockOffsetMs: 86_400_000,
      readLog: [
        { url: 'https://csp.aliexpress.com/x' },
        {
          url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage',
          storeKey: 'aliexpress:2001234',
        },
      ],
      overrides: {
        'aliexpress-1111': {
          2026: { phases: { burst: { start: '2026-11-11', end: '2026-11-13' } }, deadlines: {} },
        },
      },
    });
  });

  it('reads bad rows as the defaults, and no database as all defaults', async () => {
    const dexie = freshDb();
    open.push(dexie);
    // Raw rows, as an older build or a hand edit might have left them.
    await dexie.table('settings').bulkPut([
      { key: 'language', value: 'fr' },
      { key: 'clockOffsetMs', value: 'soon' },
      { key: 'readLog', value: { not: 'a list' } },
      { key: 'promoOverride:aliexpress-1111:2026', value: { phases: { burst: 'soon' } } },
      { key: 'promoOverride:no-such-campaign:2026', value: {} },
    ]);
    const lite = await openLite(dexie.name);
    open.push(lite!);
    const empty = { language: 'auto', clockOffsetMs: 0, readLog: [], overrides: {} };
    expect(await readPopupSettings(lite)).toEqual(empty);
    expect(await readPopupSettings(undefined)).toEqual(empty);
  });

  it.each([
    ['en', 'en'],
    ['zh-CN', 'zh-CN'],
    ['auto', 'auto'],
    ['zh', 'auto'],
    [undefined, 'auto'],
    [3, 'auto'],
  ])('language %j reads as %j, as the registry reads it', (stored, expected) => {
    expect(languageSettingOf(stored)).toBe(expected);
    expect(parseSetting('language', stored)).toBe(expected);
  });

  it.each([
    [86_400_000, 86_400_000],
    [-1500.7, -1500],
    [10 * 366 * 86_400_000, 316_224_000_000],
    [10 * 366 * 86_400_000 + 1, 0],
    [Number.NaN, 0],
    [Number.POSITIVE_INFINITY, 0],
    ['5', 0],
    [undefined, 0],
  ])('clock offset %j reads as %j, as the registry reads it', (stored, expected) => {
    expect(clockOffsetOf(stored)).toBe(expected);
    expect(parseSetting('clockOffsetMs', stored)).toBe(expected);
  });

  it('keeps the read log’s entries that name a page and drops the others', () => {
    expect(
      readLogOf([
        { url: 'https://a.test/', storeKey: 'aliexpress:1', status: 'ok' },
        { url: 'https://b.test/' },
        { url: 42 },
        { url: 'https://c.test/', storeKey: 7 },
        null,
      ]),
    ).toEqual([{ url: 'https://a.test/', storeKey: 'aliexpress:1' }, { url: 'https://b.test/' }]);
  });
});
