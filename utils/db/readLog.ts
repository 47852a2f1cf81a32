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
  /** The request URL of the captured response the read came from (JSON path only). */
  apiUrl?: string;
  /** A failed read's redacted sample, for "Copy a redacted sample" (utils/redact/sample.ts). */
  sample?: string;
}

export const READ_LOG_KEY = 'readLog';
const MAX_EVENTS = 30;
/**
 * Samples kept: the newest failures only. The side panel reloads the whole
 * log on every read, so thirty samples of up to 16,000 characters would make
 * each read cost half a megabyte.
 */
const MAX_SAMPLES = 3;

export async function logRead(db: StorewiseDB, event: ReadEvent): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const current = await db.settings.get(READ_LOG_KEY);
    const list = Array.isArray(current?.value) ? (current.value as ReadEvent[]) : [];
    let samples = 0;
    const kept = [event, ...list].slice(0, MAX_EVENTS).map((e) => {
      if (e.sample === undefined || ++samples <= MAX_SAMPLES) return e;
      const { sample: _dropped, ...rest } = e;
      return rest;
    });
    await db.settings.put({ key: READ_LOG_KEY, value: kept });
  });
}

export async function readLog(db: StorewiseDB): Promise<ReadEvent[]> {
  const current = await db.settings.get(READ_LOG_KEY);
  return Array.isArray(current?.value) ? (current.value as ReadEvent[]) : [];
}
