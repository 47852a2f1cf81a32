import type { LiteDb } from '../db/lite';
import { overrideMapFrom, OVERRIDE_PREFIX, type OverrideMap } from '../db/promo/overrideMap';
import type { LanguageSetting } from '../i18n/core';
import { clockOffsetOf } from './appClock';

// The few settings rows the toolbar popup needs, read without Dexie or zod
// (utils/db/lite.ts says why). Each value gets the registry's rule
// (utils/settings/settings.ts): what does not parse reads as the default. A
// unit test holds these checks to the registry's schemas
// (tests/unit/utils/settings/popupSettings.test.ts).

/** A read of the side panel's status line, as far as the popup uses it: which store a page named. */
export interface PopupReadEvent {
  url: string;
  storeKey?: string;
}

export interface PopupSettings {
  language: LanguageSetting;
  clockOffsetMs: number;
  /** Newest first, as utils/db/readLog.ts keeps it. */
  readLog: PopupReadEvent[];
  overrides: OverrideMap;
}

/** The language setting's rule: one of the choices, else `auto`. */
export function languageSettingOf(value: unknown): LanguageSetting {
  return value === 'en' || value === 'zh-CN' ? value : 'auto';
}

/** The read log's entries that name a page; anything else is left out. */
export function readLogOf(value: unknown): PopupReadEvent[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((e: unknown) => {
    if (typeof e !== 'object' || e === null) return [];
    const { url, storeKey } = e as { url?: unknown; storeKey?: unknown };
    if (typeof url !== 'string') return [];
    if (storeKey !== undefined && typeof storeKey !== 'string') return [];
    return [storeKey === undefined ? { url } : { url, storeKey }];
  });
}

const EMPTY: PopupSettings = { language: 'auto', clockOffsetMs: 0, readLog: [], overrides: {} };

/** The popup's settings in one read transaction; defaults when the table is not there yet. */
export async function readPopupSettings(db: LiteDb | undefined): Promise<PopupSettings> {
  if (!db?.objectStoreNames.contains('settings')) return EMPTY;
  const tx = db.transaction('settings');
  const table = tx.objectStore('settings');
  const valueOf = async (key: string): Promise<unknown> =>
    ((await table.get(key)) as { value?: unknown } | undefined)?.value;
  const [language, clockOffsetMs, readLog, overrideRows] = await Promise.all([
    valueOf('language'),
    valueOf('clockOffsetMs'),
    valueOf('readLog'),
    // Every `promoOverride:` key: the prefix up to the highest code unit.
    table.getAll(IDBKeyRange.bound(OVERRIDE_PREFIX, `${OVERRIDE_PREFIX}\uffff`)) as Promise<
      { key: string; value: unknown }[]
    >,
  ]);
  await tx.done;
  return {
    language: languageSettingOf(language),
    clockOffsetMs: clockOffsetOf(clockOffsetMs),
    readLog: readLogOf(readLog),
    overrides: overrideMapFrom(overrideRows),
  };
}
