import Dexie from 'dexie';
import type { StorewiseDB } from '../db/db';
import { dayIn } from '../sites/timeZones';
import { PLATFORM_TIME_ZONE } from '../sites/timeZones';
import type {
  ListingState,
  MarketSnapshotRecord,
  MarketWatchRecord,
  SearchPosition,
} from '../db/records';
import type { OkResultOf } from '../types';

// Market watch storage: only what the seller chose. A page of a listing or
// search nobody watches leaves no trace; a watched one adds a dated snapshot
// per visit, and a visit that shows nothing new on the same day adds none.

export type BuyerResult = OkResultOf<'searchResults'> | OkResultOf<'listing'>;

const normaliseQuery = (q: string) => q.trim().replace(/\s+/g, ' ').toLowerCase();

export function watchIdOf(result: BuyerResult): string | undefined {
  if (result.pageKind === 'listing') {
    const id = result.rows[0]?.productId;
    return id ? `${result.site}:listing:${id}` : undefined;
  }
  const q = normaliseQuery(result.query);
  return q ? `${result.site}:search:${q}` : undefined;
}

function listingState(result: OkResultOf<'listing'>): ListingState | undefined {
  const row = result.rows[0];
  if (!row) return undefined;
  const { productId: _id, ...state } = row;
  return state;
}

/** The seller's own product ids on `site` (any store) and the listings watched there. */
async function interesting(db: StorewiseDB, site: string) {
  const storeKeys = (await db.stores.where('site').equals(site).primaryKeys()).map(String);
  const own = new Set<string>();
  if (storeKeys.length > 0) {
    const keys = await db.products.where('storeKey').anyOf(storeKeys).primaryKeys();
    for (const k of keys) own.add(String((k as unknown as [string, string])[1]));
  }
  const watched = new Set(
    (await db.marketWatches.where('site').equals(site).toArray())
      .filter((w) => w.kind === 'listing' && w.productId)
      .map((w) => w.productId as string),
  );
  return { own, watched };
}

async function snapshotOf(
  db: StorewiseDB,
  watchId: string,
  result: BuyerResult,
  now: Date,
): Promise<MarketSnapshotRecord | undefined> {
  const base = { watchId, at: now.toISOString(), day: dayIn(now, PLATFORM_TIME_ZONE[result.site]) };
  if (result.pageKind === 'listing') {
    const listing = listingState(result);
    return listing ? { ...base, listing } : undefined;
  }
  const { own, watched } = await interesting(db, result.site);
  const positions: SearchPosition[] = result.rows
    .filter((r) => own.has(r.productId) || watched.has(r.productId))
    .map((r) => ({
      productId: r.productId,
      position: r.position,
      own: own.has(r.productId),
      title: r.title,
    }));
  return { ...base, positions, resultCount: result.rows.length };
}

const sameContent = (a: MarketSnapshotRecord, b: MarketSnapshotRecord) =>
  JSON.stringify([a.listing, a.positions, a.resultCount]) ===
  JSON.stringify([b.listing, b.positions, b.resultCount]);

export async function latestSnapshot(
  db: StorewiseDB,
  watchId: string,
): Promise<MarketSnapshotRecord | undefined> {
  return db.marketSnapshots
    .where('[watchId+at]')
    .between([watchId, Dexie.minKey], [watchId, Dexie.maxKey])
    .last();
}

export function snapshotsOf(db: StorewiseDB, watchId: string): Promise<MarketSnapshotRecord[]> {
  return db.marketSnapshots
    .where('[watchId+at]')
    .between([watchId, Dexie.minKey], [watchId, Dexie.maxKey])
    .toArray();
}

export interface Visit {
  watch?: MarketWatchRecord;
  prev?: MarketSnapshotRecord;
  next?: MarketSnapshotRecord;
  stored: boolean;
}

/** A visit of a buyer-side page: a snapshot when the seller watches it, nothing otherwise. */
export async function recordVisit(db: StorewiseDB, result: BuyerResult, now: Date): Promise<Visit> {
  const id = watchIdOf(result);
  if (!id) return { stored: false };
  return db.transaction(
    'rw',
    [db.marketWatches, db.marketSnapshots, db.stores, db.products],
    async () => {
      const watch = await db.marketWatches.get(id);
      if (!watch) return { stored: false };
      const next = await snapshotOf(db, id, result, now);
      if (!next) return { watch, stored: false };
      const prev = await latestSnapshot(db, id);
      if (prev && prev.day === next.day && sameContent(prev, next))
        return { watch, prev, stored: false };
      await db.marketSnapshots.put(next);
      const label = result.pageKind === 'listing' ? next.listing?.title : result.query;
      const updated = {
        ...watch,
        url: result.url,
        label: label || watch.label,
        updatedAt: next.at,
      };
      await db.marketWatches.put(updated);
      return { watch: updated, prev, next, stored: true };
    },
  );
}

/** The seller chose to track a search or watch a listing: the watch and its first snapshot. */
export async function startWatching(
  db: StorewiseDB,
  result: BuyerResult,
  now: Date,
): Promise<Visit> {
  const id = watchIdOf(result);
  if (!id) return { stored: false };
  const at = now.toISOString();
  await db.transaction('rw', db.marketWatches, async () => {
    if (await db.marketWatches.get(id)) return;
    const watch: MarketWatchRecord =
      result.pageKind === 'listing'
        ? {
            id,
            kind: 'listing',
            site: result.site,
            productId: result.rows[0]?.productId,
            url: result.url,
            label: result.rows[0]?.title ?? '',
            createdAt: at,
            updatedAt: at,
          }
        : {
            id,
            kind: 'search',
            site: result.site,
            query: result.query,
            url: result.url,
            label: result.query,
            createdAt: at,
            updatedAt: at,
          };
    await db.marketWatches.add(watch);
  });
  return recordVisit(db, result, now);
}

/** Stops a watch and deletes its history. */
export async function stopWatching(db: StorewiseDB, watchId: string): Promise<void> {
  await db.transaction('rw', db.marketWatches, db.marketSnapshots, async () => {
    await db.marketWatches.delete(watchId);
    await db.marketSnapshots
      .where('[watchId+at]')
      .between([watchId, Dexie.minKey], [watchId, Dexie.maxKey])
      .delete();
  });
}

export async function isWatched(db: StorewiseDB, result: BuyerResult): Promise<boolean> {
  const id = watchIdOf(result);
  return id ? (await db.marketWatches.get(id)) !== undefined : false;
}

const DAY_MS = 86_400_000;

/**
 * Retention (the seller's raw-snapshot setting) for market history: visits
 * older than the cut-off go, except each watch's newest, so a watch never
 * loses what it last showed.
 */
export async function pruneMarketSnapshots(
  db: StorewiseDB,
  retentionDays: number,
  now: Date = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS).toISOString();
  return db.transaction('rw', db.marketSnapshots, async () => {
    const old = await db.marketSnapshots.where('at').below(cutoff).toArray();
    const keep = new Set<string>();
    for (const id of new Set(old.map((s) => s.watchId))) {
      const last = await latestSnapshot(db, id);
      if (last) keep.add(`${id}\u0000${last.at}`);
    }
    const gone = old
      .filter((s) => !keep.has(`${s.watchId}\u0000${s.at}`))
      .map((s) => [s.watchId, s.at] as [string, string]);
    await db.marketSnapshots.bulkDelete(gone);
    return gone.length;
  });
}
