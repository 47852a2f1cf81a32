import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import { pruneExpiredSnapshots } from '@/utils/db/retention';
import { deleteAllData, exportBackup } from '@/utils/backup/backup';
import type { OkResult } from '@/utils/types';
import { freshDb, tableCounts, EMPTY_COUNTS } from './testDb';

// Schema v3's store-level tables: what each new page kind writes, that a
// penalty keeps the moment it was first seen, that backup and delete-all cover
// the tables, and that visitor rows follow the snapshot retention.

const AE = { status: 'ok', site: 'aliexpress', storeId: '2001234', source: 'json' } as const;
const AB = { status: 'ok', site: 'alibaba', source: 'json' } as const;

const overview: OkResult = {
  ...AE,
  pageKind: 'storeOverview',
  url: 'https://csp.aliexpress.com/m_apps/sycm/MakeBargainAnalysis?channelId=2001234',
  capturedAt: '2026-11-20T10:00:00.000Z',
  rows: [
    { metric: 'revenue', label: '支付金额', value: 18234.5 },
    { metric: 'revenue', value: 1200.5, day: '2026-11-18' },
  ],
};
const keywords: OkResult = {
  ...AB,
  pageKind: 'storeKeywords',
  url: 'https://data.alibaba.com/traffic/keyword',
  capturedAt: '2026-11-20T10:00:00.000Z',
  period: { from: '2026-11-20', to: '2026-11-20' },
  rows: [{ term: 'cotton t shirt', exposure: 12000, ctr: 0.0297 }],
};
const penalties = (capturedAt: string): OkResult => ({
  ...AE,
  pageKind: 'penalties',
  url: 'https://csp.aliexpress.com/m_apps/violation-manage/punish-list?channelId=2001234',
  capturedAt,
  rows: [{ punishId: 'PN1', caseId: 'CS1' }],
});
const visitors: OkResult = {
  ...AB,
  pageKind: 'visitors',
  url: 'https://data.alibaba.com/visitor/list',
  capturedAt: '2026-11-20T10:00:00.000Z',
  rows: [
    { visitorId: 'v1', country: 'US', visits: 3, day: '2026-11-10' },
    { visitorId: 'v2', visits: 1 },
  ],
};

describe('store-level tables (schema v3)', () => {
  let db: StorewiseDB;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('store figures land on their own day, or the snapshot day', async () => {
    await ingest(db, overview, new Date('2026-11-20T10:00:00Z'));
    expect(await db.storeMetrics.toArray()).toEqual([
      {
        storeKey: 'aliexpress:2001234',
        metric: 'revenue',
        value: 1200.5,
        day: '2026-11-18',
        updatedAt: '2026-11-20T10:00:00.000Z',
      },
      {
        storeKey: 'aliexpress:2001234',
        metric: 'revenue',
        label: '支付金额',
        value: 18234.5,
        day: '2026-11-20',
        updatedAt: '2026-11-20T10:00:00.000Z',
      },
    ]);
  });

  it('store keywords are kept per term and day with their period', async () => {
    await ingest(db, keywords, new Date('2026-11-20T10:00:00Z'));
    expect(
      await db.storeKeywordDaily.get(['alibaba:default', 'cotton t shirt', '2026-11-20']),
    ).toEqual({
      storeKey: 'alibaba:default',
      term: 'cotton t shirt',
      exposure: 12000,
      ctr: 0.0297,
      day: '2026-11-20',
      period: { from: '2026-11-20', to: '2026-11-20' },
      updatedAt: '2026-11-20T10:00:00.000Z',
    });
  });

  it('a penalty seen again keeps the moment it was first seen', async () => {
    await ingest(db, penalties('2026-11-20T10:00:00.000Z'), new Date('2026-11-20T10:00:00Z'));
    const later = penalties('2026-11-21T10:00:00.000Z');
    if (later.pageKind !== 'penalties') throw new Error('fixture');
    later.rows = [{ punishId: 'PN1', caseId: 'CS1', status: '已结束', open: false }];
    await ingest(db, later, new Date('2026-11-21T10:00:00Z'));
    expect(await db.penalties.get(['aliexpress:2001234', 'PN1'])).toEqual({
      storeKey: 'aliexpress:2001234',
      punishId: 'PN1',
      caseId: 'CS1',
      status: '已结束',
      open: false,
      firstSeenAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
    });
  });

  it('visitor rows follow the snapshot retention; the other tables are kept', async () => {
    for (const r of [overview, keywords, visitors]) await ingest(db, r, new Date(r.capturedAt));
    await pruneExpiredSnapshots(db, 5, new Date('2026-11-19T00:00:00Z'));
    // The cut-off day is 2026-11-14: the visit of 2026-11-10 goes, the one of 2026-11-20 stays.
    expect((await db.visitors.toArray()).map((v) => v.visitorId)).toEqual(['v2']);
    expect(await db.storeMetrics.count()).toBe(2);
    expect(await db.storeKeywordDaily.count()).toBe(1);
  });

  it('backup exports the new tables and delete-all empties them', async () => {
    for (const r of [overview, keywords, penalties('2026-11-20T10:00:00.000Z'), visitors])
      await ingest(db, r, new Date(r.capturedAt));
    const backup = await exportBackup(db, new Date('2026-11-21T00:00:00Z'));
    expect(backup.counts).toMatchObject({
      storeMetrics: 2,
      storeKeywordDaily: 1,
      penalties: 1,
      visitors: 2,
    });
    await deleteAllData(db);
    expect(await tableCounts(db)).toEqual(EMPTY_COUNTS);
  });
});
