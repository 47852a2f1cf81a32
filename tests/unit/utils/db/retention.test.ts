import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorewiseDB, TableName } from '@/utils/db/db';
import {
  isQuotaError,
  pruneExpiredSnapshots,
  pruneOldestSnapshots,
  StorageFullError,
  withQuotaRecovery,
} from '@/utils/db/retention';
import { ingest } from '@/utils/db/ingest';
import { handleReportRead } from '@/entrypoints/background/ingestHandler';
import { canonicalJson } from '@/utils/db/canonical';
import { readLog } from '@/utils/db/readLog';
import { freshDb, productList, seed } from '../backup/seed';

let db: StorewiseDB;
beforeEach(async () => {
  db = freshDb();
  await seed(db);
});
afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const HISTORY = [
  'stores',
  'products',
  'productDaily',
  'keywordDaily',
  'abilityScores',
  'customers',
  'campaigns',
  'checklistProgress',
  'settings',
] as const;

async function dump(tables: readonly TableName[]) {
  const out: Record<string, string[]> = {};
  for (const t of tables) out[t] = (await db.table(t).toArray()).map(canonicalJson).sort();
  return out;
}

const capturedAts = async () => (await db.snapshots.toArray()).map((s) => s.capturedAt).sort();

describe('pruneExpiredSnapshots', () => {
  it('removes only raw snapshots older than the retention, in every store', async () => {
    const history = await dump(HISTORY);
    // Seed captures: 11-20 and 11-24 (AliExpress), 11-24 +08:00 (Taobao).
    const deleted = await pruneExpiredSnapshots(db, 3, new Date('2026-11-25T00:00:00Z'));
    expect(deleted).toBe(1);
    expect(await capturedAts()).not.toContain('2026-11-20T08:00:00Z');
    expect(await db.snapshots.count()).toBe(5);
    expect(await dump(HISTORY)).toEqual(history);
  });

  it('compares instants, not strings, for captures with a UTC offset', async () => {
    // 2026-11-24T10:00:00+08:00 is 02:00Z; a string compare would call it later than 09:00Z.
    const deleted = await pruneExpiredSnapshots(db, 1, new Date('2026-11-25T03:00:00Z'));
    const left = await capturedAts();
    expect(left).toEqual(['2026-11-24T08:00:00Z', '2026-11-24T09:00:00Z', '2026-11-24T09:05:00Z']);
    expect(deleted).toBe(3);
  });

  it('keeps everything when nothing is past retention', async () => {
    expect(await pruneExpiredSnapshots(db, 30, new Date('2026-11-25T00:00:00Z'))).toBe(0);
    expect(await db.snapshots.count()).toBe(6);
  });
});

describe('pruneOldestSnapshots', () => {
  it('removes the oldest half of raw snapshots across stores and keeps history', async () => {
    const history = await dump(HISTORY);
    // Oldest instants: 11-20 08:00Z, then the Taobao captures (02:00Z and 02:05Z on 11-24).
    expect(await pruneOldestSnapshots(db)).toBe(3);
    expect(await capturedAts()).toEqual([
      '2026-11-24T08:00:00Z',
      '2026-11-24T09:00:00Z',
      '2026-11-24T09:05:00Z',
    ]);
    expect(await dump(HISTORY)).toEqual(history);
  });
});

describe('isQuotaError', () => {
  it.each([
    ['a DOMException', new DOMException('full', 'QuotaExceededError'), true],
    [
      'Dexie wrapping',
      new Dexie.AbortError('aborted', new DOMException('x', 'QuotaExceededError')),
      true,
    ],
    ['Dexie QuotaExceededError', new Dexie.QuotaExceededError('full'), true],
    [
      'a bulk error',
      new Dexie.BulkError('bulk', [new DOMException('x', 'QuotaExceededError')]),
      true,
    ],
    ['a constraint error', new Dexie.ConstraintError('dup'), false],
    ['a string', 'QuotaExceededError', false],
  ])('%s → %s', (_n, err, expected) => {
    expect(isQuotaError(err)).toBe(expected);
  });
});

describe('ingestion when storage is full', () => {
  const next = productList('2026-11-25T08:00:00Z', 12);
  const now = new Date('2026-12-30T00:00:00Z');
  const full = () =>
    Dexie.Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));

  it('prunes raw snapshots past retention, retries and stores the read', async () => {
    const spy = vi.spyOn(db.productDaily, 'bulkPut').mockImplementationOnce(full);
    const { value, recovery } = await withQuotaRecovery(db, () => ingest(db, next, now), {
      retentionDays: 30,
      now,
    });
    expect(spy).toHaveBeenCalledTimes(2);
    expect(value.status).toBe('stored');
    // All six seed snapshots are older than 30 days on 2026-12-30; the new one stays.
    expect(recovery).toEqual({ prunedExpired: 6, prunedOldest: 0 });
    expect(await capturedAts()).toEqual(['2026-11-25T08:00:00Z']);
    expect((await db.products.get(['aliexpress:2001234', '1005006001']))?.orders).toBe(12);
    expect(await db.checklistProgress.count()).toBe(1);
  });

  it('prunes the oldest raw snapshots when none is past retention', async () => {
    vi.spyOn(db.productDaily, 'bulkPut').mockImplementationOnce(full);
    const soon = new Date('2026-11-25T09:00:00Z');
    const { value, recovery } = await withQuotaRecovery(db, () => ingest(db, next, soon), {
      retentionDays: 30,
      now: soon,
    });
    expect(value.status).toBe('stored');
    expect(recovery).toEqual({ prunedExpired: 0, prunedOldest: 3 });
  });

  it('tells the seller and keeps history, settings and checklist progress when it stays full', async () => {
    const history = await dump(HISTORY);
    vi.spyOn(db.productDaily, 'bulkPut').mockImplementation(full);
    const reply = await handleReportRead(db, next, { id: 'self' }, 'self', now);
    expect(reply.ok).toBe(false);
    if (reply.ok) return;
    expect(reply.error).toMatch(/^storage full: /);
    expect(reply.error).toMatch(/history is unchanged/);
    // The failed attempts rolled back: the new capture's product update is nowhere.
    const after = await dump(HISTORY);
    expect(after.products).toEqual(history.products);
    expect(after.productDaily).toEqual(history.productDaily);
    expect(after.checklistProgress).toEqual(history.checklistProgress);
    expect(after.customers).toEqual(history.customers);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh-CN' });
    // The status line says why.
    expect((await readLog(db))[0]).toMatchObject({ status: 'invalid', reason: reply.error });
  });

  it('passes other errors through without pruning anything', async () => {
    vi.spyOn(db.productDaily, 'bulkPut').mockImplementationOnce(() =>
      Dexie.Promise.reject(new Dexie.ConstraintError('dup')),
    );
    await expect(
      withQuotaRecovery(db, () => ingest(db, next, now), { retentionDays: 30, now }),
    ).rejects.toThrow(/dup/);
    expect(await db.snapshots.count()).toBe(6);
  });

  it('StorageFullError is what the handler reports', () => {
    expect(new StorageFullError('storage full: x').name).toBe('StorageFullError');
  });
});
