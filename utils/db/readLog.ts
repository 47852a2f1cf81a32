import type { StorewiseDB } from './db';
import { getSetting, putSetting, settingsTransaction, type ReadEvent } from '../settings/settings';

// The last reads, ok or failed, for the side panel's status line. Kept in the
// settings table as a short list; a failed read is logged here and nowhere else,
// so it never replaces good data.

export type { ReadEvent };

export const READ_LOG_KEY = 'readLog' as const;
const MAX_EVENTS = 30;
/**
 * Samples kept: the newest failures only. The side panel reloads the whole
 * log on every read, so thirty samples of up to 16,000 characters would make
 * each read cost half a megabyte.
 */
const MAX_SAMPLES = 3;

export async function logRead(db: StorewiseDB, event: ReadEvent): Promise<void> {
  await settingsTransaction(db, async () => {
    const list = await getSetting(db, READ_LOG_KEY);
    let samples = 0;
    const kept = [event, ...list].slice(0, MAX_EVENTS).map((e) => {
      if (e.sample === undefined || ++samples <= MAX_SAMPLES) return e;
      const { sample: _dropped, ...rest } = e;
      return rest;
    });
    await putSetting(db, READ_LOG_KEY, kept);
  });
}

export async function readLog(db: StorewiseDB): Promise<ReadEvent[]> {
  return getSetting(db, READ_LOG_KEY);
}
