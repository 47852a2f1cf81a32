// The app's idea of "now" (utils/settings/clock.ts explains the support
// setting that shifts it). Only the clock itself lives here, with no Dexie or
// zod, so the toolbar popup can follow the shifted clock on its small scripts;
// clock.ts loads and watches the stored row.

/** Largest support clock shift accepted: ten years either way; anything else is bad data. */
export const MAX_CLOCK_OFFSET_MS = 10 * 366 * 86_400_000;

/** A stored offset in whole ms, 0 when missing or malformed (the settings registry's rule). */
export function clockOffsetOf(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  if (Math.abs(value) > MAX_CLOCK_OFFSET_MS) return 0;
  return Math.trunc(value);
}

let offsetMs = 0;

/** The app's current instant. */
export function now(): Date {
  return new Date(Date.now() + offsetMs);
}

export function clockOffset(): number {
  return offsetMs;
}

/** For tests and for the loaders (utils/settings/clock.ts, the popup). */
export function setClockOffset(ms: unknown): void {
  offsetMs = clockOffsetOf(ms);
}

/** Converts an app instant to the real (wall-clock) time, e.g. for chrome.alarms `when`. */
export function toRealTime(appInstant: Date): number {
  return appInstant.getTime() - offsetMs;
}
