import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_TABLES, StorewiseDB, type TableName } from '@/utils/db/db';
import { CURRENT_VERSION, SCHEMA_V1, SCHEMA_V4, SCHEMA_VERSIONS } from '@/utils/db/schema';

// A database written by every earlier schema must open under the current one
// with every row intact (STYLE.md practice 7). Each schema version adds a row
// here: its frozen schema constant and a seed fixture it wrote,
// tests/fixtures/db/v<N>-seed.json. When an upgrade reshapes rows, give its row
// an `expect` that maps the seeded rows to what the upgrade should leave.

interface Seed {
  version: number;
  tables: Record<TableName, Record<string, unknown>[]>;
}

interface OldVersion {
  version: number;
  schema: Partial<Record<TableName, string>>;
  seed: string;
}

const OLD_VERSIONS: readonly OldVersion[] = [
  { version: 1, schema: SCHEMA_V1, seed: 'v1-seed.json' },
  { version: 4, schema: { ...SCHEMA_V1, ...SCHEMA_V4 }, seed: 'v4-seed.json' },
];

const loadSeed = (file: string): Seed =>
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/db', file), 'utf8')) as Seed;

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
    expect(SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]).toBe(CURRENT_VERSION);
  });

  it.each(OLD_VERSIONS)(
    'a database written by schema v$version opens under the current schema with every row intact',
    async ({ version, schema, seed: file }) => {
      const seed = loadSeed(file);
      expect(seed.version).toBe(version);
      // The tables that version had; a later version's tables start empty.
      const tables = ALL_TABLES.filter((t) => t in schema);
      // The seed fills every table, so a table an upgrade drops or mangles shows up.
      for (const table of tables) expect(seed.tables[table]?.length ?? 0).toBeGreaterThan(0);

      counter += 1;
      const name = `storewise-upgrade-v${version}-${counter}`;
      const old = new Dexie(name);
      old.version(version).stores(schema);
      await old.transaction('rw', tables as unknown as string[], async () => {
        for (const table of tables) await old.table(table).bulkAdd(seed.tables[table]);
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
      // The indexes the side panel queries answer on upgraded data too.
      expect(await current.products.where('storeKey').equals('aliexpress:2001234').count()).toBe(
        seed.tables.products.filter((p) => p.storeKey === 'aliexpress:2001234').length,
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
