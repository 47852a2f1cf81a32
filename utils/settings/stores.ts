import type { StorewiseDB } from '../db/db';
import type { StoreRecord } from '../db/records';
import { PLATFORM_TIME_ZONE } from '../sites/timeZones';

// The seller's edits to a store row: a display name and the time zone its
// days are counted in. The marketplace (site) and store id come from the
// console and are not editable.

export const MAX_STORE_NAME = 100;

export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** Time zones the browser knows, for the select; the platform zones come first. */
export function timeZoneChoices(): string[] {
  const platform = [...new Set<string>(Object.values(PLATFORM_TIME_ZONE)), 'UTC'];
  const known =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return [...platform, ...known.filter((z) => !platform.includes(z))];
}

export interface StoreEdit {
  name?: string;
  timeZone?: string;
}

/** Applies a store edit; a blank name clears it (the store id is shown instead). */
export async function updateStore(db: StorewiseDB, id: string, edit: StoreEdit): Promise<void> {
  const changes: Partial<StoreRecord> = {};
  if (edit.name !== undefined) {
    const name = edit.name.trim();
    if (name.length > MAX_STORE_NAME)
      throw new RangeError(`store name longer than ${MAX_STORE_NAME} characters`);
    changes.name = name || undefined;
  }
  if (edit.timeZone !== undefined) {
    if (!isValidTimeZone(edit.timeZone)) throw new RangeError(`unknown time zone ${edit.timeZone}`);
    changes.timeZone = edit.timeZone;
  }
  const updated = await db.stores.update(id, changes);
  if (updated === 0) throw new RangeError(`no store ${id}`);
}
