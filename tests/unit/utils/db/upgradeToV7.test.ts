import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { ALL_TABLES, DERIVED_TABLES, StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import { CURRENT_VERSION, SCHEMA_V1 } from '@/utils/db/schema';
import type { OkResult, OkResultOf } from '@/utils/types';
import { freshDb, product, productList } from './testDb';
import { historyDays } from '@/utils/db/packs';
import { rebuildDerived } from '@/utils/db/compact';
import type { HistoryPackRecord } from '@/utils/db/records';

// The derived rows (v7's store packs, v2's keyword reports and summaries): a
// database written by schema v1 (real IndexedDB in fake-indexeddb, opened at
// version 1 with rows) opened under the current schema keeps every row and
// gets the same derived rows as ingesting the same reads afresh.

const SK = 'aliexpress:2001234';
const URL_LIST = 'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234';

const onDay = (day: string, rows: ReturnType<typeof product>[]) =>
  productList(rows, { capturedAt: `${day}T10:00:00.000Z`, period: { from: day, to: day } });

function keywords(
  productId: string,
  day: string,
  terms: [string, number][],
): OkResultOf<'productKeywords'> {
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind: 'productKeywords',
    storeId: '2001234',
    url: `https://gsp.aliexpress.com/m_apps/sycm/product-analyse?productId=${productId}&channelId=2001234`,
    capturedAt: `${day}T11:00:00.000Z`,
    source: 'json',
    period: { from: day, to: day },
    rows: terms.map(([term, exposure]) => ({ term, exposure })),
  };
}

function ability(day: string, value: number): OkResultOf<'abilityModel'> {
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind: 'abilityModel',
    storeId: '2001234',
    url: URL_LIST,
    capturedAt: `${day}T12:00:00.000Z`,
    source: 'json',
    period: { from: day, to: day },
    rows: [{ dimension: '商品能力', indicator: '动销率', value, higherIsBetter: true }],
  };
}

/** Sixty days of p1, two of p2 (the second out of order), keyword reports and ability models. */
function reads(): OkResult[] {
  const out: OkResult[] = [];
  for (let d = 1; d <= 60; d++) {
    const day = new Date(Date.UTC(2026, 8, 30 + d)).toISOString().slice(0, 10);
    out.push(onDay(day, [product('p1', { exposure: d * 10 })]));
  }
  out.push(onDay('2026-11-28', [product('p2', { exposure: 500 })]));
  out.push(onDay('2026-11-20', [product('p2', { exposure: 700 })]));
  out.push(
    keywords('p1', '2026-11-27', [
      ['linen dress', 900],
      ['summer', 300],
    ]),
  );
  out.push(keywords('p1', '2026-11-28', [['linen dress', 950]]));
  // An older report read later must not replace the newest one.
  out.push(keywords('p1', '2026-11-26', [['boho', 100]]));
  out.push(ability('2026-11-28', 42));
  out.push(ability('2026-11-27', 41));
  return out;
}

let counter = 0;
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.delete();
});

async function ingestAll(db: StorewiseDB): Promise<void> {
  for (const r of reads()) {
    const at = new Date(r.capturedAt);
    expect((await ingest(db, r, at)).status).toBe('stored');
  }
}

const byKey = (rows: Record<string, unknown>[]) =>
  [...rows].sort((a, b) =>
    JSON.stringify([a.storeKey, a.productId, a.kind]) <
    JSON.stringify([b.storeKey, b.productId, b.kind])
      ? -1
      : 1,
  );

async function historyPack(db: StorewiseDB): Promise<HistoryPackRecord> {
  const pack = await db.storePacks.get([SK, 'history']);
  if (pack?.kind !== 'history') throw new Error('no history pack');
  return pack;
}

describe('schema v7: upgradeToV7', () => {
  it('opens a seeded v1 database with no row lost and derived rows equal to a fresh ingest', async () => {
    // The reference: the same reads ingested into a fresh current database.
    const fresh = freshDb();
    opened.push(fresh);
    await ingestAll(fresh);

    // The same raw rows, written by a database at schema v1.
    counter += 1;
    const name = `storewise-v1-to-v7-${process.pid}-${counter}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    // Only the v1 tables: the reads ingested here fill no later table.
    const v1Tables = ALL_TABLES.filter((t) => t in SCHEMA_V1);
    const raw = await Promise.all(v1Tables.map((t) => fresh.table(t).toArray()));
    await v1.transaction('rw', v1Tables, async () => {
      for (const [i, t] of v1Tables.entries()) await v1.table(t).bulkAdd(raw[i] ?? []);
    });
    expect(await v1.table('productDaily').count()).toBe(62);
    v1.close();

    const upgraded = new StorewiseDB(name);
    opened.push(upgraded);
    await upgraded.open();
    expect(upgraded.verno).toBe(CURRENT_VERSION);
    for (const t of ALL_TABLES) {
      expect(await upgraded.table(t).toArray(), t).toEqual(await fresh.table(t).toArray());
    }
    for (const t of DERIVED_TABLES) {
      const got = byKey(await upgraded.table(t).toArray());
      expect(got, t).toEqual(byKey(await fresh.table(t).toArray()));
      expect(got.length, t).toBeGreaterThan(0);
    }

    // The values, written out: the store keeps the 45 days back from its newest
    // day (2026-11-29), p1's exposure 10 × its day number from 2026-10-01 on.
    const pack = await historyPack(upgraded);
    expect(pack.firstDay).toBe('2026-10-15');
    expect(pack.dayCount).toBe(46);
    expect(pack.productIds).toEqual(['p1', 'p2']);
    expect(Object.keys(pack.metrics).sort()).toEqual(['exposure', 'orders', 'stock']);
    const exposure = pack.metrics.exposure as Float64Array;
    expect([exposure[0], exposure[45]]).toEqual([150, 600]);
    // p2's row: its two days only (2026-11-20 is day 36, 2026-11-28 day 44).
    expect(Array.from(pack.present.subarray(46)).flatMap((x, j) => (x ? [j] : []))).toEqual([
      36, 44,
    ]);
    expect([exposure[46 + 36], exposure[46 + 44]]).toEqual([700, 500]);
    const days = historyDays(pack, '2026-11-01');
    expect(days.p1).toHaveLength(29);
    expect(days.p2?.map((d) => [d.day, d.exposure])).toEqual([
      ['2026-11-20', 700],
      ['2026-11-28', 500],
    ]);
    expect(await upgraded.keywordLatest.get([SK, 'p1'])).toEqual({
      storeKey: SK,
      productId: 'p1',
      day: '2026-11-28',
      period: { from: '2026-11-28', to: '2026-11-28' },
      readAt: '2026-11-28T11:00:00.000Z',
      rows: [{ productId: 'p1', term: 'linen dress', exposure: 950 }],
    });
    expect(await upgraded.storeSummary.get(SK)).toEqual({
      storeKey: SK,
      productDay: '2026-11-29',
      abilityDay: '2026-11-28',
    });
  });

  it('a database with no history upgrades to empty derived tables', async () => {
    counter += 1;
    const name = `storewise-v1-empty-${process.pid}-${counter}`;
    const v1 = new Dexie(name);
    v1.version(1).stores(SCHEMA_V1);
    await v1.open();
    v1.close();
    const upgraded = new StorewiseDB(name);
    opened.push(upgraded);
    await upgraded.open();
    for (const t of DERIVED_TABLES) expect(await upgraded.table(t).count(), t).toBe(0);
  });

  it('ingestion keeps the store pack to its window as days arrive', async () => {
    const db = freshDb();
    opened.push(db);
    await ingest(db, onDay('2026-11-01', [product('p1', { exposure: 1 })]));
    await ingest(db, onDay('2026-12-20', [product('p2', { exposure: 2 })]));
    // 2026-11-01 is 49 days before 2026-12-20: outside the 45-day window, and
    // p1 has no other day, so its row goes.
    let pack = await historyPack(db);
    expect([pack.firstDay, pack.productIds]).toEqual(['2026-11-05', ['p2']]);
    // The test product carries stock 40 and orders 3 besides its exposure.
    expect(historyDays(pack, '2026-01-01')).toEqual({
      p2: [{ day: '2026-12-20', stock: 40, orders: 3, exposure: 2 }],
    });
    // A re-read of the same day replaces that day's figures.
    await ingest(db, onDay('2026-12-20', [product('p2', { exposure: 3, orders: 7 })]));
    pack = await historyPack(db);
    expect(historyDays(pack, '2026-01-01')).toEqual({
      p2: [{ day: '2026-12-20', stock: 40, exposure: 3, orders: 7 }],
    });
  });
});

describe('rebuildDerived', () => {
  it('walks a keyword table of more than one page (5,000 rows) and keeps each product’s newest report', async () => {
    const db = freshDb();
    opened.push(db);
    const rows = [];
    // p1: 3,000 rows over 100 days; p2: 2,100 rows over 70 days; p1's page break falls inside p2.
    for (const [productId, days] of [
      ['p1', 100],
      ['p2', 70],
    ] as const) {
      for (let d = 0; d < days; d++) {
        const day = new Date(Date.UTC(2026, 6, 1 + d)).toISOString().slice(0, 10);
        for (let t = 0; t < 30; t++)
          rows.push({
            storeKey: SK,
            productId,
            term: `term ${t}`,
            day,
            exposure: d * 100 + t,
            updatedAt: `${day}T08:00:00.000Z`,
          });
      }
    }
    expect(rows).toHaveLength(5100);
    await db.keywordDaily.bulkAdd(rows);
    await db.transaction('rw', [...ALL_TABLES, ...DERIVED_TABLES], () =>
      rebuildDerived((name) => db.table(name)),
    );
    const p1 = await db.keywordLatest.get([SK, 'p1']);
    const p2 = await db.keywordLatest.get([SK, 'p2']);
    expect([p1?.day, p1?.rows.length, p1?.rows[0]]).toEqual([
      '2026-10-08',
      30,
      { productId: 'p1', term: 'term 0', exposure: 9900 },
    ]);
    expect([p2?.day, p2?.rows.length, p2?.rows.at(-1)?.exposure]).toEqual(['2026-09-08', 30, 6909]);
  });
});
