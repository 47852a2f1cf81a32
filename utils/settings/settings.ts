import { liveQuery, type Subscription } from 'dexie';
import { z } from 'zod';
import type { StorewiseDB } from '../db/db';
import { parseCampaignOverride, type CampaignOverride } from '../engines/promo/override';
import { OVERRIDE_PREFIX } from '../db/promo/overrideMap';
import { MAX_CLOCK_OFFSET_MS } from './appClock';
import { parseToastState } from '../engines/promo/toastRule';
import {
  resolveTierThresholds,
  type TierThresholdOverrides,
  type TierThresholds,
} from '../engines/data/tierThresholds';
import { TITLE_LIMITS, type TitleLimit } from '../engines/data/titleLimits';
import { SITES, type Site } from '../sites/hosts';
import { pageKindSchema, siteSchema } from '../types';

// Every row of the Dexie `settings` table is declared here, and only this
// module touches the table (a unit test keeps it so): the seller's options
// (SETTINGS), the app's own state kept there (APP_STATE) and the key families
// with one row per campaign edition or listing (SETTING_FAMILIES). Every read
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

// The seller's campaign dates: one check, shared with the popup's reads, which
// load no schema library (utils/engines/promo/override.ts).
const campaignOverrideSchema = z
  .custom<CampaignOverride>((v) => parseCampaignOverride(v) !== undefined, {
    message: 'expected campaign dates (YYYY-MM-DD) or null',
  })
  .transform((v) => parseCampaignOverride(v) ?? {});

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

/** One read of the side panel's status line (utils/db/readLog.ts keeps the list). */
export const readEventSchema = z.object({
  status: z.enum(['ok', 'duplicate', 'unrecognized', 'blocked', 'empty', 'invalid']),
  site: siteSchema.optional(),
  pageKind: pageKindSchema.optional(),
  storeKey: z.string().optional(),
  url: z.string(),
  at: z.string(),
  rowCount: z.number().optional(),
  reason: z.string().optional(),
  /** The request URL of the captured response the read came from (JSON path only). */
  apiUrl: z.string().optional(),
  /** A failed read's redacted sample, for "Copy a redacted sample" (utils/redact/sample.ts). */
  sample: z.string().optional(),
});
export type ReadEvent = z.infer<typeof readEventSchema>;

// State the app keeps in the settings table; never shown in the options page.
export const APP_STATE = {
  // The last reads, newest first; an entry that does not parse is dropped, the rest kept.
  readLog: {
    schema: z.array(z.unknown()).transform((list) =>
      list.flatMap((e) => {
        const parsed = readEventSchema.safeParse(e);
        return parsed.success ? [parsed.data] : [];
      }),
    ),
    fallback: [] as ReadEvent[],
  },
  // Support/test shift of the app clock, in ms (utils/settings/clock.ts).
  clockOffsetMs: {
    schema: z
      .number()
      .finite()
      .refine((ms) => Math.abs(ms) <= MAX_CLOCK_OFFSET_MS)
      .transform((ms) => Math.trunc(ms)),
    fallback: 0,
  },
  // The days the in-page big-sale toast was shown (utils/engines/promo/toastRule.ts).
  promoToastShown: {
    schema: z.record(z.string(), z.unknown()).transform((v) => parseToastState(v)),
    fallback: {} as Record<string, string>,
  },
} as const satisfies Record<string, { schema: z.ZodType; fallback: unknown }>;

// Families of keys: `<prefix><id>`, one row per id, all with the same schema.
export const SETTING_FAMILIES = {
  // The seller's campaign dates, `promoOverride:<campaignId>:<year>` (utils/db/promo/overrides.ts).
  promoOverride: {
    prefix: OVERRIDE_PREFIX,
    schema: campaignOverrideSchema,
    fallback: undefined,
  },
  // Words offered from the Market tab to one own listing, `marketCompetitorWords:<storeKey>:<productId>`.
  competitorWords: {
    prefix: 'marketCompetitorWords:',
    schema: z.array(z.string()),
    fallback: [] as string[],
  },
} as const satisfies Record<string, { prefix: string; schema: z.ZodType; fallback: unknown }>;

type Entry = { schema: z.ZodType; fallback: unknown };
const KEYED: Record<string, Entry> = { ...SETTINGS, ...APP_STATE };
type Keyed = typeof SETTINGS & typeof APP_STATE;
type Families = typeof SETTING_FAMILIES;
export type SettingFamily = keyof Families;
export type FamilyKey<F extends SettingFamily> = `${Families[F]['prefix']}${string}`;

/** The seller's options (the options page, getSettings). */
export type SettingKey = keyof typeof SETTINGS;
/** Every key the settings table may hold. */
export type StoredKey = keyof Keyed | FamilyKey<SettingFamily>;
type FamilyOf<K> = {
  [F in SettingFamily]: K extends FamilyKey<F> ? F : never;
}[SettingFamily];
export type StoredValue<K extends StoredKey> = K extends keyof Keyed
  ? z.infer<Keyed[K]['schema']>
  : z.infer<Families[FamilyOf<K>]['schema']> | Families[FamilyOf<K>]['fallback'];
export type SettingValue<K extends SettingKey> = StoredValue<K>;
export type Settings = { [K in SettingKey]: SettingValue<K> };
export const SETTING_KEYS = Object.keys(SETTINGS) as SettingKey[];

function entryOf(key: string): Entry | undefined {
  if (Object.hasOwn(KEYED, key)) return KEYED[key];
  return Object.values(SETTING_FAMILIES).find((f) => key.startsWith(f.prefix));
}

/** A stored value if it is valid, else the default. Never throws on bad data. */
export function parseSetting<K extends StoredKey>(key: K, stored: unknown): StoredValue<K> {
  const entry = entryOf(key);
  if (!entry) return undefined as StoredValue<K>;
  const parsed = entry.schema.safeParse(stored);
  return (parsed.success ? parsed.data : entry.fallback) as StoredValue<K>;
}

export async function getSetting<K extends StoredKey>(
  db: StorewiseDB,
  key: K,
): Promise<StoredValue<K>> {
  const row = await db.settings.get(key);
  return parseSetting(key, row?.value);
}

export async function getSettings(db: StorewiseDB): Promise<Settings> {
  const rows = await db.settings.bulkGet(SETTING_KEYS);
  return Object.fromEntries(
    SETTING_KEYS.map((k, i) => [k, parseSetting(k, rows[i]?.value)]),
  ) as Settings;
}

/** Every valid row of a family, in key order; rows that do not parse are left out. */
export async function listSettings<F extends SettingFamily>(
  db: StorewiseDB,
  family: F,
): Promise<{ key: FamilyKey<F>; value: z.infer<Families[F]['schema']> }[]> {
  const { prefix, schema } = SETTING_FAMILIES[family];
  const rows = await db.settings.where('key').startsWith(prefix).toArray();
  return rows.flatMap((row) => {
    const parsed = schema.safeParse(row.value);
    return parsed.success
      ? [{ key: row.key as FamilyKey<F>, value: parsed.data as z.infer<Families[F]['schema']> }]
      : [];
  });
}

export class InvalidSettingError extends Error {
  override name = 'InvalidSettingError';
}

/** Stores a setting; an invalid value is refused (the form shows why) and nothing is written. */
export async function putSetting<K extends StoredKey>(
  db: StorewiseDB,
  key: K,
  value: StoredValue<K>,
): Promise<void> {
  const entry = entryOf(key);
  if (!entry) throw new InvalidSettingError(`${key}: not a setting`);
  const parsed = entry.schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InvalidSettingError(
      `${key}${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`,
    );
  }
  await db.settings.put({ key, value: parsed.data });
}

/** Forgets the stored value: the default applies again. */
export async function deleteSetting(db: StorewiseDB, key: StoredKey): Promise<void> {
  await db.settings.delete(key);
}

/**
 * Follows one setting while the context lives: `onChange` runs once at start
 * and after every write from any context, with the validated value.
 */
export function watchSetting<K extends StoredKey>(
  db: StorewiseDB,
  key: K,
  onChange: (value: StoredValue<K>) => void,
): Subscription {
  return liveQuery(() => getSetting(db, key)).subscribe({
    next: onChange,
    error: (e: unknown) => console.warn('setting', key, e),
  });
}

/** Runs `fn` in one read-write transaction on the settings table (read, then write, atomically). */
export function settingsTransaction<T>(db: StorewiseDB, fn: () => Promise<T>): Promise<T> {
  return db.transaction('rw', db.settings, fn);
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
