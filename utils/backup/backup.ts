import { ALL_TABLES, DERIVED_TABLES, type StorewiseDB, type TableName } from '../db/db';
import { rebuildDerived } from '../db/compact';
import { canonicalHash } from '../db/canonical';
import { CURRENT_VERSION } from '../db/schema';
import { TABLE_SCHEMAS } from './schemas';

// One JSON file holds every table. Import is all or nothing: the whole file is
// checked (format, schema version, row shapes, row counts, checksum) before
// the database is touched, and the write itself is one transaction, so a
// refused or failed import leaves the seller's data exactly as it was.

export const BACKUP_FORMAT = 'storewise-backup';

export type BackupTables = Record<TableName, unknown[]>;

export interface BackupFile {
  format: typeof BACKUP_FORMAT;
  /** The database schema version the rows follow (utils/db/schema.ts). */
  version: number;
  exportedAt: string;
  /** Rows per table: a cut-off file or a deleted row shows here. */
  counts: Record<TableName, number>;
  /** SHA-256 of the tables in a canonical JSON form: any edited value shows here. */
  checksum: string;
  tables: BackupTables;
}

export interface Progress {
  table: TableName;
  done: number;
  total: number;
}
export type OnProgress = (p: Progress) => void;

export async function checksumOf(tables: BackupTables): Promise<string> {
  return canonicalHash(tables);
}

/** Reads every table in one read transaction: a consistent picture even while a capture lands. */
export async function exportBackup(
  db: StorewiseDB,
  now: Date = new Date(),
  onProgress?: OnProgress,
): Promise<BackupFile> {
  const tables = {} as BackupTables;
  await db.transaction(
    'r',
    ALL_TABLES.map((t) => db.table(t)),
    async () => {
      for (const [i, name] of ALL_TABLES.entries()) {
        tables[name] = await db.table(name).toArray();
        onProgress?.({ table: name, done: i + 1, total: ALL_TABLES.length });
      }
    },
  );
  const counts = Object.fromEntries(ALL_TABLES.map((t) => [t, tables[t].length])) as Record<
    TableName,
    number
  >;
  return {
    format: BACKUP_FORMAT,
    version: CURRENT_VERSION,
    exportedAt: now.toISOString(),
    counts,
    checksum: await checksumOf(tables),
    tables,
  };
}

export const backupFileName = (now: Date): string =>
  `storewise-backup-${now.toISOString().slice(0, 10)}.json`;

/** Why a file was refused, in words a seller can act on (the UI translates the code). */
export type RefusalCode =
  | 'notJson'
  | 'foreign'
  | 'otherVersion'
  | 'missingTable'
  | 'badRow'
  | 'countMismatch'
  | 'checksumMismatch';

export interface Refusal {
  ok: false;
  code: RefusalCode;
  reason: string;
}
export type ParseOutcome = { ok: true; backup: BackupFile } | Refusal;

const refuse = (code: RefusalCode, reason: string): Refusal => ({ ok: false, code, reason });

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Checks a backup file's text completely; nothing is written. */
export async function parseBackup(text: string): Promise<ParseOutcome> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return refuse('notJson', `not a complete JSON file (truncated or damaged): ${detail}`);
  }
  if (!isRecord(data) || data.format !== BACKUP_FORMAT)
    return refuse('foreign', 'not a Storewise backup (the "format" field is missing or different)');
  if (data.version !== CURRENT_VERSION)
    return refuse(
      'otherVersion',
      `made for database version ${String(data.version)}; this Storewise reads version ${CURRENT_VERSION}`,
    );
  const { tables, counts, checksum, exportedAt } = data;
  if (!isRecord(tables) || !isRecord(counts) || typeof checksum !== 'string')
    return refuse('foreign', 'the backup has no tables, counts or checksum');
  if (typeof exportedAt !== 'string') return refuse('foreign', 'the backup has no export date');

  for (const name of ALL_TABLES) {
    const rows = tables[name];
    if (!Array.isArray(rows)) return refuse('missingTable', `table "${name}" is missing`);
    if (counts[name] !== rows.length)
      return refuse(
        'countMismatch',
        `table "${name}" has ${rows.length} rows but the backup recorded ${String(counts[name])} (cut off or edited)`,
      );
    const schema = TABLE_SCHEMAS[name];
    for (const [i, row] of rows.entries()) {
      const parsed = schema.safeParse(row);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        return refuse(
          'badRow',
          `table "${name}", row ${i + 1}: ${issue?.path.join('.') || '(row)'} ${issue?.message ?? 'is malformed'}`,
        );
      }
    }
  }
  const unknownTable = Object.keys(tables).find(
    (t) => !(ALL_TABLES as readonly string[]).includes(t),
  );
  if (unknownTable) return refuse('foreign', `unknown table "${unknownTable}"`);

  const backupTables = tables as BackupTables;
  if ((await checksumOf(backupTables)) !== checksum)
    return refuse(
      'checksumMismatch',
      'the checksum does not match: the file was edited or damaged',
    );

  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: CURRENT_VERSION,
      exportedAt,
      counts: counts as Record<TableName, number>,
      checksum,
      tables: backupTables,
    },
  };
}

/**
 * Replaces every table with the backup's rows in one transaction. Any failure
 * (a duplicate key, storage full) aborts the transaction and the previous
 * data stays as it was.
 */
export async function restoreBackup(
  db: StorewiseDB,
  backup: BackupFile,
  onProgress?: OnProgress,
): Promise<Record<TableName, number>> {
  await db.transaction(
    'rw',
    [...ALL_TABLES, ...DERIVED_TABLES].map((t) => db.table(t)),
    async () => {
      for (const [i, name] of ALL_TABLES.entries()) {
        const table = db.table(name);
        await table.clear();
        await table.bulkAdd(backup.tables[name]);
        onProgress?.({ table: name, done: i + 1, total: ALL_TABLES.length });
      }
      // The compact rows are not in the file: made from the restored rows.
      await rebuildDerived((name) => db.table(name));
    },
  );
  return backup.counts;
}

/** Checks then restores: a refused file changes nothing. */
export async function importBackup(
  db: StorewiseDB,
  text: string,
  onProgress?: OnProgress,
): Promise<{ ok: true; counts: Record<TableName, number> } | Refusal> {
  const parsed = await parseBackup(text);
  if (!parsed.ok) return parsed;
  return { ok: true, counts: await restoreBackup(db, parsed.backup, onProgress) };
}

/** Deletes every row of every table in one transaction. */
export async function deleteAllData(db: StorewiseDB): Promise<void> {
  await db.transaction(
    'rw',
    [...ALL_TABLES, ...DERIVED_TABLES].map((t) => db.table(t)),
    async () => {
      for (const name of [...ALL_TABLES, ...DERIVED_TABLES]) await db.table(name).clear();
    },
  );
}

/** Rows per table, for the storage summary. */
export async function rowCounts(db: StorewiseDB): Promise<Record<TableName, number>> {
  const counts = await Promise.all(ALL_TABLES.map((t) => db.table(t).count()));
  return Object.fromEntries(ALL_TABLES.map((t, i) => [t, counts[i] ?? 0])) as Record<
    TableName,
    number
  >;
}
