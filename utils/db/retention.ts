import Dexie from 'dexie';
import type { StorewiseDB } from './db';

// Raw snapshots are pruned: they are the evidence behind the derived tables
// and grow fastest (a full page's rows each). So are visitor rows (one per
// visitor and day, about other people's browsing), on the same retention. The
// rest of the derived history (products, productDaily, keywordDaily,
// abilityScores, customers, customerSegments, campaigns, storeMetrics,
// storeKeywordDaily, penalties), settings and checklist progress are kept for good.

const DAY_MS = 86_400_000;
// capturedAt may carry any UTC offset, which string order does not respect;
// the index range reaches this far past the cut-off and each row is then
// compared as an instant.
const MAX_OFFSET_MS = 14 * 3_600_000;

/** Store keys that have raw snapshots, read from the index without loading a snapshot. */
async function snapshotStoreKeys(db: StorewiseDB): Promise<string[]> {
  const keys = await db.snapshots.orderBy('[storeKey+capturedAt]').uniqueKeys();
  return [...new Set(keys.map((k) => String((k as unknown as [string, string])[0])))];
}

/** Deletes each store's raw snapshots captured before `now - retentionDays`. Returns how many. */
export async function pruneExpiredSnapshots(
  db: StorewiseDB,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = now.getTime() - retentionDays * DAY_MS;
  const upper = new Date(cutoff + MAX_OFFSET_MS).toISOString();
  let deleted = 0;
  for (const storeKey of await snapshotStoreKeys(db)) {
    deleted += await db.snapshots
      .where('[storeKey+capturedAt]')
      .between([storeKey, Dexie.minKey], [storeKey, upper], true, true)
      .filter((s) => Date.parse(s.capturedAt) < cutoff)
      .delete();
  }
  await pruneExpiredVisitors(db, new Date(cutoff).toISOString().slice(0, 10));
  return deleted;
}

/** Deletes visitor rows of days before `cutoffDay` (YYYY-MM-DD). Returns how many. */
export async function pruneExpiredVisitors(db: StorewiseDB, cutoffDay: string): Promise<number> {
  return db.visitors.filter((v) => v.day < cutoffDay).delete();
}

/**
 * Last resort when storage is full and nothing is past retention: deletes the
 * oldest `share` of raw snapshots (at least one). Derived rows stay.
 */
export async function pruneOldestSnapshots(db: StorewiseDB, share = 0.5): Promise<number> {
  return db.transaction('rw', db.snapshots, async () => {
    const total = await db.snapshots.count();
    if (total === 0) return 0;
    const n = Math.max(1, Math.floor(total * share));
    const keyed = await db.snapshots.orderBy('[storeKey+capturedAt]').keys();
    const primary = await db.snapshots.orderBy('[storeKey+capturedAt]').primaryKeys();
    const oldest = keyed
      .map((k, i) => ({
        at: Date.parse(String((k as unknown as [string, string])[1])),
        hash: primary[i],
      }))
      .sort((a, b) => a.at - b.at)
      .slice(0, n)
      .map((x) => x.hash)
      .filter((h): h is string => typeof h === 'string');
    await db.snapshots.bulkDelete(oldest);
    return oldest.length;
  });
}

/** IndexedDB's "storage full", however Dexie wraps it. */
export function isQuotaError(err: unknown): boolean {
  const seen = new Set<unknown>();
  let e: unknown = err;
  while (e && typeof e === 'object' && !seen.has(e)) {
    seen.add(e);
    const name = (e as { name?: unknown }).name;
    if (name === 'QuotaExceededError') return true;
    const inner = (e as { inner?: unknown }).inner;
    const failures = (e as { failures?: unknown }).failures;
    // A bulk error carries one failure per row; one full-disk failure is enough.
    if (Array.isArray(failures) && failures.some(isQuotaError)) return true;
    e = inner;
  }
  return false;
}

export class StorageFullError extends Error {
  override name = 'StorageFullError';
}

export interface QuotaRecovery {
  /** Snapshots pruned past retention, then the oldest ones, while recovering. */
  prunedExpired: number;
  prunedOldest: number;
}

/**
 * Runs a write; when it hits "storage full", prunes raw snapshots past
 * retention and retries, then prunes the oldest raw snapshots and retries a
 * last time. Each attempt is the caller's own transaction, so a failed one
 * leaves the previous data intact. Any other error passes through untouched.
 */
export async function withQuotaRecovery<T>(
  db: StorewiseDB,
  write: () => Promise<T>,
  opts: { retentionDays: number; now?: Date },
): Promise<{ value: T; recovery?: QuotaRecovery }> {
  try {
    return { value: await write() };
  } catch (e) {
    if (!isQuotaError(e)) throw e;
  }
  const recovery: QuotaRecovery = {
    prunedExpired: await pruneExpiredSnapshots(db, opts.retentionDays, opts.now),
    prunedOldest: 0,
  };
  if (recovery.prunedExpired > 0) {
    try {
      return { value: await write(), recovery };
    } catch (e) {
      if (!isQuotaError(e)) throw e;
    }
  }
  recovery.prunedOldest = await pruneOldestSnapshots(db);
  try {
    return { value: await write(), recovery };
  } catch (e) {
    if (!isQuotaError(e)) throw e;
    throw new StorageFullError(
      `storage full: the browser refused more data even after removing ${
        recovery.prunedExpired + recovery.prunedOldest
      } old raw snapshots; your stored history is unchanged. Free disk space, or export a backup and lower the retention in Options.`,
    );
  }
}
