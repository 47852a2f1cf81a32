import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALL_TABLES, type StorewiseDB } from '@/utils/db/db';
import { canonicalJson } from '@/utils/db/canonical';
import {
  BACKUP_FORMAT,
  checksumOf,
  deleteAllData,
  exportBackup,
  importBackup,
  parseBackup,
  rowCounts,
  type BackupFile,
} from '@/utils/backup/backup';
import { CURRENT_VERSION } from '@/utils/db/schema';
import { freshDb, seed } from './seed';

let db: StorewiseDB;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  await db.delete();
});

/** Every row of every table, sorted canonically: "the same data" in one value. */
async function everything(d: StorewiseDB): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {};
  for (const t of ALL_TABLES) out[t] = (await d.table(t).toArray()).map(canonicalJson).sort();
  return out;
}

const exported = async (): Promise<BackupFile> =>
  exportBackup(db, new Date('2026-11-25T12:00:00Z'));

describe('export', () => {
  it('writes every table with its row count, the schema version and a checksum', async () => {
    const backup = await exported();
    expect(backup.format).toBe(BACKUP_FORMAT);
    expect(backup.version).toBe(CURRENT_VERSION);
    expect(backup.exportedAt).toBe('2026-11-25T12:00:00.000Z');
    expect(Object.keys(backup.tables).sort()).toEqual([...ALL_TABLES].sort());
    expect(backup.counts).toEqual(await rowCounts(db));
    expect(backup.counts).toMatchObject({
      stores: 2,
      snapshots: 6,
      products: 2,
      productDaily: 4,
      keywordDaily: 1,
      abilityScores: 1,
      customers: 1,
      customerSegments: 1,
      campaigns: 1,
      checklistProgress: 1,
      titleWords: 2,
    });
    expect(backup.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reports progress table by table', async () => {
    const seen: string[] = [];
    await exportBackup(db, new Date(), (p) => seen.push(`${p.done}/${p.total}:${p.table}`));
    expect(seen).toHaveLength(ALL_TABLES.length);
    expect(seen.at(-1)).toBe(`${ALL_TABLES.length}/${ALL_TABLES.length}:${ALL_TABLES.at(-1)}`);
  });
});

describe('export → delete all → import', () => {
  it('restores exactly the same rows in every table', async () => {
    const before = await everything(db);
    const compactBefore = await db.storePacks.toArray();
    expect(compactBefore.length).toBeGreaterThan(0);
    const text = JSON.stringify(await exported());
    await deleteAllData(db);
    expect(Object.values(await rowCounts(db)).every((n) => n === 0)).toBe(true);
    // Delete-all covers the compact rows too.
    expect(await db.storePacks.count()).toBe(0);
    expect(await db.storeSummary.count()).toBe(0);

    const outcome = await importBackup(db, text);
    expect(outcome.ok).toBe(true);
    expect(await everything(db)).toEqual(before);
    // The compact rows are not in the file; the restore makes them again.
    expect(await db.storePacks.toArray()).toEqual(compactBefore);
    const product = await db.products.get(['aliexpress:2001234', '1005006001']);
    expect(product).toMatchObject({
      title: 'Women Summer Dress, "Boho" Floral\nMaxi',
      orders: 9,
      price: { amount: 19.99, currency: 'USD' },
    });
  });

  it('replaces rows that appeared after the export (a restore, not a merge)', async () => {
    const text = JSON.stringify(await exported());
    await db.products.put({
      storeKey: 'aliexpress:2001234',
      productId: 'later',
      title: 'added after export',
      firstSeenAt: '2026-11-26T00:00:00Z',
      updatedAt: '2026-11-26T00:00:00Z',
      from: { pageKind: 'productList', capturedAt: '2026-11-26T00:00:00Z', source: 'dom' },
    });
    expect((await importBackup(db, text)).ok).toBe(true);
    expect(await db.products.get(['aliexpress:2001234', 'later'])).toBeUndefined();
    expect(await db.products.count()).toBe(2);
  });
});

describe('import refusals change nothing', () => {
  let good: BackupFile;
  beforeEach(async () => {
    good = await exported();
    // Something to tell "unchanged" from "restored": a row the backup lacks.
    await db.checklistProgress.put({
      storeKey: 'aliexpress:2001234',
      campaignId: '1111',
      year: 2026,
      itemId: 'after-export',
      done: false,
      updatedAt: '2026-11-26T00:00:00Z',
    });
  });

  const clone = (): BackupFile => structuredClone(good);
  const cases: [string, () => string, RegExp][] = [
    ['a truncated file', () => JSON.stringify(good).slice(0, 900), /not a complete JSON file/],
    ['an empty file', () => '', /not a complete JSON file/],
    [
      'a tampered value (checksum)',
      () => {
        const b = clone();
        (b.tables.products[0] as { orders: number }).orders = 9999;
        return JSON.stringify(b);
      },
      /checksum does not match/,
    ],
    [
      'a removed row (row count)',
      () => {
        const b = clone();
        b.tables.productDaily.pop();
        return JSON.stringify(b);
      },
      /table "productDaily" has 3 rows but the backup recorded 4/,
    ],
    [
      'another schema version',
      () => JSON.stringify({ ...clone(), version: CURRENT_VERSION + 1 }),
      new RegExp(`made for database version ${CURRENT_VERSION + 1}`),
    ],
    [
      'a foreign JSON file',
      () => JSON.stringify({ name: 'package', version: 1, dependencies: {} }),
      /not a Storewise backup/,
    ],
    ['a JSON array', () => '[1,2,3]', /not a Storewise backup/],
    [
      'a missing table',
      () => {
        const b = clone() as unknown as { tables: Record<string, unknown> };
        delete b.tables.customers;
        return JSON.stringify(b);
      },
      /table "customers" is missing/,
    ],
    [
      'a table that is not a list',
      () => {
        const b = clone() as unknown as { tables: Record<string, unknown> };
        b.tables.campaigns = { id: 'x' };
        return JSON.stringify(b);
      },
      /table "campaigns" is missing/,
    ],
    [
      'a row of the wrong shape (no key)',
      () => {
        const b = clone();
        delete (b.tables.products[1] as { productId?: string }).productId;
        return JSON.stringify(b);
      },
      /table "products", row 2: productId/,
    ],
    [
      'a row of the wrong shape (text where a number belongs)',
      () => {
        const b = clone();
        (b.tables.checklistProgress[0] as { year: unknown }).year = '2026';
        return JSON.stringify(b);
      },
      /table "checklistProgress", row 1: year/,
    ],
    [
      'an unknown table',
      () => {
        const b = clone() as unknown as { tables: Record<string, unknown> };
        b.tables.passwords = [];
        return JSON.stringify(b);
      },
      /unknown table "passwords"/,
    ],
  ];

  it.each(cases)('refuses %s with a reason', async (_name, make, reason) => {
    const before = await everything(db);
    const outcome = await importBackup(db, make());
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.reason).toMatch(reason);
    expect(await everything(db)).toEqual(before);
  });

  it('a write that fails half-way (duplicate key) rolls back the whole import', async () => {
    const before = await everything(db);
    const b = clone();
    // Two rows with the same primary key pass the shape check but not the write.
    b.tables.settings.push(b.tables.settings[0]);
    b.counts.settings += 1;
    b.checksum = await checksumOf(b.tables);
    await expect(importBackup(db, JSON.stringify(b))).rejects.toThrow();
    expect(await everything(db)).toEqual(before);
  });

  it('parses a good file without writing anything', async () => {
    const before = await everything(db);
    const parsed = await parseBackup(JSON.stringify(good));
    expect(parsed.ok).toBe(true);
    expect(await everything(db)).toEqual(before);
  });
});
