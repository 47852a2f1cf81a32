import type { StorewiseDB } from './db';
import type { PageKind, Site } from '../types';

// The last reads, ok or failed, for the side panel's status line. Kept in the
// settings table as a short list; a failed read is logged here and nowhere else,
// so it never replaces good data.

export interface ReadEvent {
  status: 'ok' | 'duplicate' | 'unrecognized' | 'blocked' | 'empty' | 'invalid';
  site?: Site;
  pageKind?: PageKind;
  storeKey?: string;
  url: string;
  at: string;
  rowCount?: number;
  reason?: string;
}

export const READ_LOG_KEY = 'readLog';
const MAX_EVENTS = 30;

export async function logRead(db: StorewiseDB, event: ReadEvent): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await db.settings.get(READ_LOG_KEY);
    const list = Array.isArray(current?.value) ? (current.value as ReadEvent[]) : [];
    await db.settings.put({ key: READ_LOG_KEY, value: [event, ...list].slice(0, MAX_EVENTS) });
  });
}

export async function readLog(db: StorewiseDB): Promise<ReadEvent[]> {
  const current = await db.settings.get(READ_LOG_KEY);
  return Array.isArray(current?.value) ? (current.value as ReadEvent[]) : [];
}
