import { z } from 'zod';
import type { StorewiseDB } from '../db/db';
import {
  resolveTierThresholds,
  type TierThresholdOverrides,
  type TierThresholds,
} from '../engines/data/tierThresholds';
import { TITLE_LIMITS, type TitleLimit } from '../engines/data/titleLimits';
import { SITES, type Site } from '../sites/hosts';
import { siteSchema } from '../types';

// The seller's settings, one row each in the Dexie `settings` table. Every read
// is validated: a value that does not parse (an older build's shape, a hand
// edit, a partial import) falls back to its default instead of breaking a page.
// Only the seller's overrides are stored for the playbook tables (tier
// thresholds, title limits), so a corrected playbook default reaches every
// seller who has not changed that figure.

const finite = z.number().finite();

// Overrides of TIER_THRESHOLDS: section → leaf → number. resolveTierThresholds
// ignores a path the defaults do not have, so an override left by an older
// table shape is harmless.
const tierOverridesSchema = z.record(z.string(), z.record(z.string(), finite.nonnegative()));
export type NumericOverrides = z.infer<typeof tierOverridesSchema>;

export const titleLimitSchema = z.object({
  limit: z.number().int().min(1).max(10_000),
  unit: z.enum(['chars', 'bytes']),
});
export type { TitleLimit };

export const SETTINGS = {
  // The key components/i18n.tsx reads.
  language: { schema: z.enum(['auto', 'en', 'zh-CN']), fallback: 'auto' },
  // Days before a registration deadline that a reminder fires.
  reminderLeadDays: { schema: z.number().int().min(0).max(60), fallback: 3 },
  // Raw snapshots older than this are pruned; derived history is kept forever.
  retentionDays: { schema: z.number().int().min(1).max(3650), fallback: 30 },
  tierThresholds: { schema: tierOverridesSchema, fallback: {} },
  titleLimits: {
    schema: z.partialRecord(siteSchema, titleLimitSchema),
    fallback: {},
  },
  // Market watch alerts, each kind off until the seller switches it on.
  marketAlertPriceCut: { schema: z.boolean(), fallback: false },
  // A watched competitor's price cut, in percent, that raises the alert.
  marketPriceCutPercent: { schema: z.number().min(1).max(90), fallback: 10 },
  marketAlertTitle: { schema: z.boolean(), fallback: false },
  marketAlertRankDrop: { schema: z.boolean(), fallback: false },
  // Places the seller's listing falls on a tracked search before the alert.
  marketRankDropPlaces: { schema: z.number().int().min(1).max(100), fallback: 5 },
} as const satisfies Record<string, { schema: z.ZodType; fallback: unknown }>;

export type SettingKey = keyof typeof SETTINGS;
export type SettingValue<K extends SettingKey> = z.infer<(typeof SETTINGS)[K]['schema']>;
export type Settings = { [K in SettingKey]: SettingValue<K> };
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

/** A stored value if it is valid, else the default. Never throws on bad data. */
export function parseSetting<K extends SettingKey>(key: K, stored: unknown): SettingValue<K> {
  const parsed = SETTINGS[key].schema.safeParse(stored);
  return (parsed.success ? parsed.data : SETTINGS[key].fallback) as SettingValue<K>;
}

export async function getSetting<K extends SettingKey>(
  db: StorewiseDB,
  key: K,
): Promise<SettingValue<K>> {
  const row = await db.settings.get(key);
  return parseSetting(key, row?.value);
}

export async function getSettings(db: StorewiseDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  return Object.fromEntries(
    SETTING_KEYS.map((k, i) => [k, parseSetting(k, rows[i]?.value)]),
  ) as Settings;
}

export class InvalidSettingError extends Error {
  override name = 'InvalidSettingError';
}

/** Stores a setting; an invalid value is refused (the form shows why) and nothing is written. */
export async function setSetting<K extends SettingKey>(
  db: StorewiseDB,
  key: K,
  value: SettingValue<K>,
): Promise<void> {
  const parsed = SETTINGS[key].schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSettingError(
      `${key}${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  await db.settings.put({ key, value: parsed.data });
}

/** Forgets the seller's value: the default applies again. */
export async function resetSetting(db: StorewiseDB, key: SettingKey): Promise<void> {
  await db.settings.delete(key);
}

/** Sets (or, with `undefined`, removes) one override, dropping an emptied section. */
export function withOverride(
  overrides: NumericOverrides,
  section: string,
  leaf: string,
  value: number | undefined,
): NumericOverrides {
  const nextSection = { ...overrides[section] };
  if (value === undefined) delete nextSection[leaf];
  else nextSection[leaf] = value;
  const out = { ...overrides };
  if (Object.keys(nextSection).length === 0) delete out[section];
  else out[section] = nextSection;
  return out;
}

/** The tier thresholds the engines should use: playbook defaults with the seller's overrides. */
export async function effectiveTierThresholds(db: StorewiseDB): Promise<TierThresholds> {
  return resolveTierThresholds((await getSetting(db, 'tierThresholds')) as TierThresholdOverrides);
}

/** Title limits per site: playbook defaults with the seller's overrides. */
export function titleLimitsWith(overrides: Settings['titleLimits']): Record<Site, TitleLimit> {
  const out = { ...TITLE_LIMITS };
  for (const site of SITES) {
    const o = overrides[site];
    if (o) out[site] = o;
  }
  return out;
}

export async function effectiveTitleLimits(db: StorewiseDB): Promise<Record<Site, TitleLimit>> {
  return titleLimitsWith(await getSetting(db, 'titleLimits'));
}
