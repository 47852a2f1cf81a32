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

const OLD_VERSIONS: readonly OldVersion[] = [
  { version: 1, schema: SCHEMA_V1, seed: 'v1-seed.json' },
  { version: 2, schema: V2_SCHEMA, seed: 'v2-seed.json' },
  { version: 3, schema: V3_SCHEMA, seed: 'v3-seed.json' },
  { version: 4, schema: V4_SCHEMA, seed: 'v4-seed.json' },
  { version: 5, schema: V5_SCHEMA, seed: 'v5-seed.json' },
  { version: 6, schema: V6_SCHEMA, seed: 'v6-seed.json' },
];

/**
 * The compact rows (schema v2) every seed must have after opening: the v1
 * seed's product, its newest keyword report and its newest days, written out.
 */
const EXPECTED_DERIVED: Record<string, Record<string, unknown>[]> = {
  productHistory: [
    {
      storeKey: 'aliexpress:2001234',
      productId: '1005006123456789',
      days: [
        {
          day: '2026-11-19',
          views: 95,
          orders: 2,
          stock: 122,
          updatedAt: '2026-11-19T09:00:00.000Z',
        },
        {
          day: '2026-11-20',
          views: 101,
          orders: 2,
          stock: 120,
          price: { amount: 18.99, currency: 'USD' },
          updatedAt: '2026-11-20T10:00:00.000Z',
        },
      ],
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

const loadSeed = (file: string): Seed =>
  JSON.parse(
    readFileSync(resolve(import.meta.dirname, '../../../fixtures/db', file), 'utf8'),
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
    expect(Object.keys(V6_SCHEMA).sort()).toEqual([...ALL_TABLES, ...DERIVED_TABLES].sort());
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
