import { openDB, type IDBPDatabase } from 'idb';
import type { StoreRecord } from './records';
import type { ProgressScope } from './promo/progress';
import { DB_NAME } from './dbName';

// Read-only access to the extension's database without Dexie, for the toolbar
// popup: it reads a handful of rows on every click, and Dexie would double its
// first scripts (scripts/bench/bundle.bench.ts). Writes never happen here: the
// popup asks the background (utils/protocol.ts `setChecklistItem`), which
// writes through Dexie, so every other page's live queries see them.

export type LiteDb = IDBPDatabase;

/**
 * Opens the database as it is, or resolves undefined when it does not exist
 * yet: the popup never creates it (the background does, with the schema).
 * The connection closes itself when the background upgrades the schema.
 */
export async function openLite(name: string = DB_NAME): Promise<LiteDb | undefined> {
  try {
    const db = await openDB(name, undefined, {
      // Only a database that does not exist needs an upgrade at "no version".
      upgrade: (_db, _old, _new, tx) => {
        tx.done.catch(() => undefined);
        tx.abort();
      },
      blocking: () => db.close(),
    });
    return db;
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') return undefined;
    throw e;
  }
}

export async function readStores(db: LiteDb): Promise<StoreRecord[]> {
  if (!db.objectStoreNames.contains('stores')) return [];
  return (await db.getAll('stores')) as StoreRecord[];
}

/** The ticked items of one store's checklist for one campaign edition (utils/db/promo/progress.ts). */
export async function readDoneItemIds(db: LiteDb, scope: ProgressScope): Promise<Set<string>> {
  if (!db.objectStoreNames.contains('checklistProgress')) return new Set();
  const rows = (await db.getAllFromIndex(
    'checklistProgress',
    '[storeKey+campaignId+year]',
    IDBKeyRange.only([scope.storeKey, scope.campaignId, scope.year]),
  )) as { itemId: string; done: boolean }[];
  return new Set(rows.filter((r) => r.done).map((r) => r.itemId));
}

/**
 * The channel on which Dexie tells every page of the extension that a
 * transaction changed tables (its cross-context live queries listen there;
 * a unit test pins the name, tests/unit/utils/db/lite.test.ts).
 */
export const DEXIE_CHANGES_CHANNEL = 'x-storagemutated-1';

/**
 * Calls `onChange` after every write any context makes through Dexie to one
 * of `tables` (or when a message cannot be read: better one read too many).
 * Returns the unsubscribe function.
 */
export function watchTables(
  tables: readonly string[],
  onChange: () => void,
  dbName: string = DB_NAME,
): () => void {
  if (typeof BroadcastChannel === 'undefined') return () => {};
  const channel = new BroadcastChannel(DEXIE_CHANGES_CHANNEL);
  const prefixes = tables.map((t) => `idb://${dbName}/${t}/`);
  channel.onmessage = (e: MessageEvent<unknown>) => {
    const parts = e.data;
    const keys = parts && typeof parts === 'object' ? Object.keys(parts) : undefined;
    if (!keys || keys.some((k) => k === 'all' || prefixes.some((p) => k.startsWith(p)))) onChange();
  };
  return () => channel.close();
}
