import type { Subscription } from 'dexie';
import type { StorewiseDB } from '../db/db';
import { getSetting, parseSetting, watchSetting } from './settings';
import { clockOffset, setClockOffset } from './appClock';

// The app's idea of "now". Everything time-dependent in the promo area (phase,
// countdown, reminders, toast) reads it instead of `new Date()`, so a support
// or test setting can shift it without touching the operating system's clock.
//
// Support/test setting: the settings row `clockOffsetMs` (a number of
// milliseconds, may be negative) is added to the real time. It is read when a
// context starts (service worker, side panel, popup) and followed while the
// context lives. It is not shown in the options page: sellers never need it;
// e2e tests and support sessions ("what will the panel show on 11.11?") do.

export const CLOCK_OFFSET_KEY = 'clockOffsetMs' as const;

export { clockOffset, now, setClockOffset, toRealTime } from './appClock';

/** The stored row's value as an offset, 0 when missing or malformed (the registry's rule). */
export function parseClockOffset(value: unknown): number {
  return parseSetting(CLOCK_OFFSET_KEY, value);
}

/** Reads the offset once (call at startup, before the first `now()` that matters). */
export async function loadClockOffset(db: StorewiseDB): Promise<number> {
  setClockOffset(await getSetting(db, CLOCK_OFFSET_KEY));
  return clockOffset();
}

/**
 * Follows the setting while the context lives; `onChange` runs after every
 * change (and once at start), e.g. to re-plan reminders.
 */
export function watchClockOffset(db: StorewiseDB, onChange?: (ms: number) => void): Subscription {
  return watchSetting(db, CLOCK_OFFSET_KEY, (ms) => {
    setClockOffset(ms);
    onChange?.(clockOffset());
  });
}
