// Calendar arithmetic on local dates ('YYYY-MM-DD') and conversion between a
// campaign's local dates and instants. Campaign phases are whole local days in
// the platform's time zone (docs/ADVICE.md#promo-phases), so the engines compare local date
// strings and only turn them into instants at the edges. Intl.DateTimeFormat
// with `timeZone` carries the tz database, DST included; no date library.

/** A calendar date 'YYYY-MM-DD' with no zone attached. */
export type LocalDate = string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function isLocalDate(value: string): value is LocalDate {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDay(y, mo, d);
}

export function isValidDay(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toLocalDate(year: number, month: number, day: number): LocalDate {
  // Date.UTC normalises overflow (day 32, month 0), which the day-offset rules rely on.
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

function utcOf(date: LocalDate): number {
  const m = ISO_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

export function addDays(date: LocalDate, days: number): LocalDate {
  return new Date(utcOf(date) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole calendar days from `a` to `b` (negative when b is earlier). */
export function daysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((utcOf(b) - utcOf(a)) / DAY_MS);
}

export function yearOf(date: LocalDate): number {
  return Number(date.slice(0, 4));
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(instant)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  return {
    year: parts.year ?? NaN,
    month: parts.month ?? NaN,
    day: parts.day ?? NaN,
    hour: parts.hour ?? NaN,
    minute: parts.minute ?? NaN,
    second: parts.second ?? NaN,
  };
}

/** The local calendar date of `instant` in `timeZone`. */
export function localDateOf(instant: Date, timeZone: string): LocalDate {
  const w = wallClock(instant, timeZone);
  return toLocalDate(w.year, w.month, w.day);
}

/** Offset of `timeZone` from UTC at `instant`, in ms (America/Los_Angeles in July: -7 h). */
export function zoneOffsetMs(instant: Date, timeZone: string): number {
  const w = wallClock(instant, timeZone);
  const asUtc = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute, w.second);
  return asUtc - Math.floor(instant.getTime() / 1000) * 1000;
}

/**
 * The instant local `date` begins in `timeZone`. Tries the offset in force
 * just before and just after the guess, so a DST change on that day is
 * handled; where midnight itself is skipped by a DST jump, the day begins at
 * the first local instant that exists.
 */
export function startOfLocalDay(date: LocalDate, timeZone: string): Date {
  const wall = utcOf(date);
  const candidates = new Set<number>();
  for (const probe of [wall - DAY_MS / 2, wall, wall + DAY_MS / 2]) {
    candidates.add(wall - zoneOffsetMs(new Date(probe), timeZone));
  }
  const onDay = [...candidates]
    .filter((t) => localDateOf(new Date(t), timeZone) === date)
    .sort((a, b) => a - b);
  if (onDay[0] !== undefined) {
    // The earliest candidate that is on the day may still be after midnight if
    // the day starts in a gap; walk back hour by hour while still on the day.
    let t = onDay[0];
    while (localDateOf(new Date(t - 3_600_000), timeZone) === date) t -= 3_600_000;
    return new Date(t);
  }
  // No candidate lands on the day (a zone that skipped it entirely): use the next day's start.
  return startOfLocalDay(addDays(date, 1), timeZone);
}

/** The instant after the last moment of local `date` (the next local midnight). */
export function endOfLocalDay(date: LocalDate, timeZone: string): Date {
  return startOfLocalDay(addDays(date, 1), timeZone);
}

export function isValidTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
