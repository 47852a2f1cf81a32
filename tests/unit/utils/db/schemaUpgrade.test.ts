import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_TABLES, DERIVED_TABLES, StorewiseDB } from '@/utils/db/db';
import {
  CURRENT_VERSION,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
  SCHEMA_VERSIONS,
} from '@/utils/db/schema';

// A database written by every earlier schema must open under the current one
// with every row intact (docs/DECISIONS.md#2026-11-01-one-schema-constant-per-version). Each schema version adds a row
// here: its frozen schema constant and a seed fixture it wrote,
// tests/fixtures/db/v<N>-seed.json. When an upgrade reshapes rows, give its row
// an `expect` that maps the seeded rows to what the upgrade should leave.

interface Seed {
  version: number;
  tables: Partial<Record<string, Record<string, unknown>[]>>;
}

interface OldVersion {
  version: number;
  /** Every table's schema at that version (Dexie needs them all for a fresh database). */
  schema: Record<string, string>;
  seed: string;
}

const V2_SCHEMA = { ...SCHEMA_V1, ...SCHEMA_V2 };
const V3_SCHEMA = { ...V2_SCHEMA, ...SCHEMA_V3 };
const V4_SCHEMA = { ...V3_SCHEMA, ...SCHEMA_V4 };
const V5_SCHEMA = { ...V4_SCHEMA, ...SCHEMA_V5 };
const V6_SCHEMA = { ...V5_SCHEMA, ...SCHEMA_V6 };
// v7 drops productHistory (null in SCHEMA_V7): Dexie needs the other tables' schemas only.
const V7_SCHEMA: Record<string, string> = {};
for (const [table, spec] of Object.entries({ ...V6_SCHEMA, ...SCHEMA_V7 }))
  if (spec !== null) V7_SCHEMA[table] = spec;

const OLD_VERSIONS: readonly OldVersion[] = [
  { version: 1, schema: SCHEMA_V1, seed: 'v1-seed.json' },
  { version: 2, schema: V2_SCHEMA, seed: 'v2-seed.json' },
  { version: 3, schema: V3_SCHEMA, seed: 'v3-seed.json' },
  { version: 4, schema: V4_SCHEMA, seed: 'v4-seed.json' },
  { version: 5, schema: V5_SCHEMA, seed: 'v5-seed.json' },
  { version: 6, schema: V6_SCHEMA, seed: 'v6-seed.json' },
  { version: 7, schema: V7_SCHEMA, seed: 'v7-seed.json' },
];

const HISTORY_DAYS = 46;
/** A history column of the pack: NaN but on the days given (by day index). */
const column = (cells: Record<number, number>) => {
  const out = new Float64Array(HISTORY_DAYS).fill(Number.NaN);
  for (const [day, v] of Object.entries(cells)) out[Number(day)] = v;
  return out;
};
const presentOn = (days: number[]) => {
  const out = new Uint8Array(HISTORY_DAYS);
  for (const d of days) out[d] = 1;
  return out;
};

/**
 * The derived rows every seed must have after opening, written out: the store
 * packs (the v1 seed's product and customer; its two days, 2026-11-19 and -20,
 * at indexes 44 and 45 of the 46 days back from 2026-11-20), the newest keyword
 * report and the store summary.
 */
const EXPECTED_DERIVED: Record<string, Record<string, unknown>[]> = {
  storePacks: [
    {
      storeKey: 'aliexpress:2001234',
      kind: 'products',
      rows: [
        {
          storeKey: 'aliexpress:2001234',
          productId: '1005006123456789',
          title: 'Women Summer Linen Dress Casual Loose V-Neck',
          price: { amount: 18.99, currency: 'USD' },
          stock: 120,
          views: 1830,
          orders: 42,
          conversionRate: 0.023,
          firstSeenAt: '2026-11-01T02:00:00.000Z',
          updatedAt: '2026-11-20T10:00:00.000Z',
          from: {
            pageKind: 'productList',
            capturedAt: '2026-11-20T10:00:00.000Z',
            source: 'dom',
          },
        },
      ],
    },
    {
      storeKey: 'taobao:default',
      kind: 'customers',
      rows: [
        {
          storeKey: 'taobao:default',
          buyerId: 't***8',
          orders: 3,
          totalSpent: { amount: 356.7, currency: 'CNY' },
          firstOrderAt: '2026-06-18',
          lastOrderAt: '2026-11-11',
          updatedAt: '2026-11-19T01:00:00.000Z',
        },
      ],
    },
    {
      storeKey: 'aliexpress:2001234',
      kind: 'history',
      firstDay: '2026-10-06',
      dayCount: HISTORY_DAYS,
      productIds: ['1005006123456789'],
      present: presentOn([44, 45]),
      metrics: {
        stock: column({ 44: 122, 45: 120 }),
        views: column({ 44: 95, 45: 101 }),
        orders: column({ 44: 2, 45: 2 }),
      },
    },
  ],
  keywordLatest: [
    {
      storeKey: 'aliexpress:2001234',
      productId: '1005006123456789',
      day: '2026-11-20',
      period: { from: '2026-11-14', to: '2026-11-20' },
      readAt: '2026-11-20T10:05:00.000Z',
      rows: [
        {
          productId: '1005006123456789',
          term: 'linen dress women',
          exposure: 5400,
          clicks: 160,
          ctr: 0.0296,
          orders: 4,
          searchIndex: 8800,
        },
      ],
    },
  ],
  storeSummary: [
    { storeKey: 'aliexpress:2001234', productDay: '2026-11-20', abilityDay: '2026-11-20' },
  ],
};

/** A typed array as a seed writes it (JSON has none): its constructor's name and values, null for NaN. */
const reviveTyped = (_: string, v: unknown): unknown => {
  if (!v || typeof v !== 'object' || !('$typed' in v)) return v;
  const { $typed, values } = v as { $typed: string; values: (number | null)[] };
  const numbers = values.map((x) => x ?? Number.NaN);
  if ($typed === 'Uint8Array') return Uint8Array.from(numbers);
  if ($typed === 'Float64Array') return Float64Array.from(numbers);
  throw new Error(`a seed names an unknown typed array: ${$typed}`);
};

const loadSeed = (file: string): Seed =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../fixtures/db', file), 'utf8'),
    reviveTyped,
  ) as Seed;

/** Rows in a stable order (by their content with sorted keys), compared as objects. */
function sortedRows(rows: unknown[]): unknown[] {
  const stable = (v: unknown): string =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${k}:${stable((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);
  return [...rows].sort((a, b) => (stable(a) < stable(b) ? -1 : 1));
}

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

describe('schema upgrade', () => {
  it('every schema version up to the current one has a seeded-database test', () => {
    expect(OLD_VERSIONS.map((v) => v.version)).toEqual([...SCHEMA_VERSIONS]);
    expect(SCHEMA_VERSIONS.at(-1)).toBe(CURRENT_VERSION);
    // The current version's tables are every table the database has.
    expect(Object.keys(V7_SCHEMA).sort()).toEqual([...ALL_TABLES, ...DERIVED_TABLES].sort());
  });

  it.each(OLD_VERSIONS)(
    'a database written by schema v$version opens under the current schema with every row intact',
    async ({ version, schema, seed: file }) => {
      const seed = loadSeed(file);
      expect(seed.version).toBe(version);
      // The seed fills every stored table of its version, so a table an upgrade drops or mangles shows up.
      const own = ALL_TABLES.filter((t) => schema[t] !== undefined);
      for (const table of own) expect(seed.tables[table]?.length ?? 0).toBeGreaterThan(0);

      counter += 1;
      const name = `storewise-upgrade-v${version}-${counter}`;
      const old = new Dexie(name);
      old.version(version).stores(schema);
      const seeded = Object.keys(seed.tables);
      await old.transaction('rw', seeded, async () => {
        for (const table of seeded) await old.table(table).bulkAdd(seed.tables[table] ?? []);
      });
      old.close();

      const current = new StorewiseDB(name);
      opened.push(current);
      await current.open();
      expect(current.verno).toBe(CURRENT_VERSION);
      for (const table of ALL_TABLES) {
        const rows = await current.table(table).toArray();
        expect(sortedRows(rows), table).toEqual(sortedRows(seed.tables[table] ?? []));
      }
      for (const table of DERIVED_TABLES) {
        const rows = await current.table(table).toArray();
        expect(sortedRows(rows), table).toEqual(sortedRows(EXPECTED_DERIVED[table] ?? []));
      }
      // The indexes the side panel queries answer on upgraded data too.
      expect(await current.products.where('storeKey').equals('aliexpress:2001234').count()).toBe(
        (seed.tables.products ?? []).filter((p) => p.storeKey === 'aliexpress:2001234').length,
      );
      expect(
        await current.checklistProgress
          .where('[storeKey+campaignId+year]')
          .equals(['aliexpress:2001234', '11.11-2026', 2026])
          .count(),
      ).toBe(1);
    },
  );
});
