import type { Money } from '../types';

// Console number formats (docs/CONSOLES.md): `1,234`, `1.2万`, `3.5亿`, `12.5%`,
// `US $12.99`, `USD 3.63`, `¥19.90`, `-` / `--` for none. Every parser returns
// a finite number or undefined, never NaN.

const NONE = new Set(['', '-', '--', '—', '–', 'n/a', 'N/A', 'null', 'undefined', '暂无', '无']);

const SCALE: Record<string, number> = {
  万: 1e4,
  w: 1e4,
  W: 1e4,
  亿: 1e8,
  k: 1e3,
  K: 1e3,
  m: 1e6,
  M: 1e6,
};

const CURRENCY_MARKS: [RegExp, string][] = [
  [/US\s*\$/i, 'USD'],
  [/\bUSD\b/i, 'USD'],
  [/\bCNY\b|\bRMB\b|￥|¥|元/i, 'CNY'],
  [/\bEUR\b|€/i, 'EUR'],
  [/\bGBP\b|£/i, 'GBP'],
  [/\bRUB\b|₽/i, 'RUB'],
  [/\$/, 'USD'],
];

/**
 * Whitespace runs folded to one space, ends trimmed. Most console cells need
 * only the trim: a test is far cheaper than a global replace, and a 1,000-row
 * read calls this thousands of times.
 */
export function foldSpace(text: string): string {
  return /\s{2}|[^\S ]/.test(text) ? text.replace(/\s+/g, ' ').trim() : text.trim();
}

const clean = foldSpace;

const PLAIN_COUNT = /^(?:\d{1,9}|\d{1,3}(?:,\d{3}){1,2})$/;

/** Parses a console number: `1,234`, `1.2万`, `3.5亿`, `-12.5`; a plain value in `12.5%` is 12.5. */
export function parseNumber(input: unknown): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  if (typeof input !== 'string') return undefined;
  // The common cell, `386` or `49,323`: at most nine digits, so exact as it
  // stands (the rounding below leaves such a number as it is).
  if (PLAIN_COUNT.test(input)) return Number(input.length > 3 ? input.replace(/,/g, '') : input);
  const text = clean(input);
  if (NONE.has(text)) return undefined;
  const m = /([+-]?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(万|亿|[wWkKmM](?![a-zA-Z]))?/.exec(text);
  if (!m) return undefined;
  const digits = m[2]?.includes(',') ? m[2].replace(/,/g, '') : (m[2] ?? '');
  let n = Number(digits);
  if (!Number.isFinite(n)) return undefined;
  const unit = m[3];
  if (unit) n *= SCALE[unit] ?? 1;
  // A long digit run times 万/亿 overflows to Infinity: no number at all.
  if (!Number.isFinite(n)) return undefined;
  if (m[1] === '-') n = -n;
  // Scaling can leave binary noise (1.2 * 1e4 = 11999.999…); a value too
  // large to scale by 1e6 has no fraction worth rounding.
  const rounded = Math.round(n * 1e6) / 1e6;
  return Number.isFinite(rounded) ? rounded : n;
}

/** A count: a non-negative number, or undefined. */
export function parseCount(input: unknown): number | undefined {
  const n = parseNumber(input);
  return n === undefined || n < 0 ? undefined : n;
}

/**
 * A rate in 0..1. `12.5%` → 0.125; a bare number above 1 is read as a percent
 * (consoles send both `0.125` and `12.5`); anything outside 0..1 after that is
 * dropped rather than clamped, so a bad cell never looks like real data.
 */
export function parseRate(input: unknown): number | undefined {
  if (typeof input === 'string' && input.includes('%')) {
    const n = parseNumber(input);
    return inUnit(n === undefined ? undefined : n / 100);
  }
  const n = parseNumber(input);
  if (n === undefined) return undefined;
  return inUnit(n > 1 ? n / 100 : n);
}

function inUnit(n: number | undefined): number | undefined {
  if (n === undefined || n < 0 || n > 1) return undefined;
  return Math.round(n * 1e8) / 1e8;
}

/** Money with its currency: `US $12.99`, `USD 3.63`, `¥19.90`; a range `US $1.00 - 3.00` takes the low end. */
export function parseMoney(input: unknown, defaultCurrency = 'USD'): Money | undefined {
  // The default often comes from the API's own currency field: one that is no
  // currency code (empty, or longer than the contract's 8) names no money.
  const fallback = defaultCurrency.trim();
  const currencyOk = fallback.length > 0 && fallback.length <= 8;
  if (typeof input === 'number') {
    return Number.isFinite(input) && currencyOk ? { amount: input, currency: fallback } : undefined;
  }
  if (typeof input !== 'string') return undefined;
  const text = clean(input);
  const amount = parseNumber(text);
  if (amount === undefined) return undefined;
  const currency = CURRENCY_MARKS.find(([re]) => re.test(text))?.[1];
  if (currency) return { amount, currency };
  return currencyOk ? { amount, currency: fallback } : undefined;
}

/** Unwraps `{value, cycleCrc}` metric objects (Taobao sycm) and plain values alike. */
export function unwrapValue(v: unknown): unknown {
  if (v && typeof v === 'object' && !Array.isArray(v) && 'value' in v) {
    return (v as { value: unknown }).value;
  }
  return v;
}

/**
 * The traditional characters of the consoles' zh-TW labels and their
 * simplified forms, position by position. Labels and aliases are compared
 * folded to simplified, so an alias table lists a zh-TW label only where its
 * wording differs (搜尋 for 搜索), not each character variant: the tables ship
 * in every console page.
 */
const TRADITIONAL =
  '尋詞關鍵來稱數現訪點擊買轉氣熱線資訊寶貝瀏覽購訂單額當庫價總銷賣競爭詢盤產離維標鋪據類層優戶計費時間國區動編號週開結報狀態';
const SIMPLIFIED =
  '寻词关键来称数现访点击买转气热线资讯宝贝浏览购订单额当库价总销卖竞争询盘产离维标铺据类层优户计费时间国区动编号周开结报状态';
const TRADITIONAL_CHAR = new RegExp(`[${TRADITIONAL}]`, 'g');

/** Normalises a header label for alias lookup: lower case, no spaces, brackets or punctuation, simplified characters. */
export function normaliseLabel(label: string): string {
  return label
    .toLowerCase()
    .replace(/[\s\u00a0:：()（）[\]【】/_\-.*]+/g, '')
    .replace(TRADITIONAL_CHAR, (c) => SIMPLIFIED[TRADITIONAL.indexOf(c)] ?? c)
    .trim();
}

const normalisedTables = new WeakMap<object, [string, string[]][]>();

/** An alias table with every alias normalised, in key order; worked out once per table. */
export function normalisedAliases<K extends string>(
  aliases: Readonly<Record<K, readonly string[]>>,
): [K, string[]][] {
  let table = normalisedTables.get(aliases);
  if (!table) {
    table = (Object.keys(aliases) as K[]).map((k) => [k, aliases[k].map(normaliseLabel)]);
    normalisedTables.set(aliases, table);
  }
  return table as [K, string[]][];
}

/** The first alias of `aliases` whose normalised form equals the normalised label. */
export function matchAlias<K extends string>(
  label: string,
  aliases: Readonly<Record<K, readonly string[]>>,
): K | undefined {
  const n = normaliseLabel(label);
  if (!n) return undefined;
  for (const [key, norms] of normalisedAliases(aliases)) {
    if (norms.includes(n)) return key;
  }
  return undefined;
}

/**
 * The longest text the ReadResult contract (utils/types.ts) accepts in each
 * free-text row field. Ids are not here: an id cut short would name another
 * product, so id parsers reject overlong ids instead.
 */
const ROW_TEXT_LIMITS: Readonly<Record<string, number>> = {
  title: 2000,
  term: 500,
  dimension: 200,
  indicator: 200,
  buyerId: 200,
  country: 100,
  name: 500,
  status: 100,
  company: 500,
  lastNote: 2000,
  label: 200,
  reason: 1000,
  shop: 500,
};

/** `text` cut to at most `max` UTF-16 units, never inside a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  return /[\uD800-\uDBFF]$/.test(cut) ? cut.slice(0, -1) : cut;
}

/**
 * Drops keys whose value is undefined, so rows never carry `undefined` fields,
 * and cuts overlong page text to the contract's limits, so one odd cell never
 * voids a whole read.
 */
export function compact<T extends object>(obj: T): T {
  const out = {} as T;
  // for…in over a plain object: its own keys in Object.entries order, without an array per entry.
  for (const k in obj) {
    const v = obj[k];
    if (v === undefined) continue;
    const limit = typeof v === 'string' ? ROW_TEXT_LIMITS[k] : undefined;
    out[k] = limit === undefined ? v : (clipText(v as string, limit) as T[typeof k]);
  }
  return out;
}

const DATE_RE =
  /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})日?(?:[\sT]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;
const US_DATE_RE = /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?/;

const pad = (n: number) => String(n).padStart(2, '0');

function dateParts(text: string): number[] | undefined {
  const iso = DATE_RE.exec(text);
  if (iso) return [1, 2, 3, 4, 5, 6].map((i) => Number(iso[i] ?? 0));
  const us = US_DATE_RE.exec(text);
  if (us) return [3, 1, 2, 4, 5, 6].map((i) => Number(us[i] ?? 0));
  return undefined;
}

/** A calendar day `YYYY-MM-DD` from console text (`2026-11-20 10:21`, `2026/11/20`, `2026年11月20日`, `11/20/2026`). */
export function parseDay(input: unknown): string | undefined {
  if (typeof input !== 'string') return undefined;
  const p = dateParts(input);
  if (!p) return undefined;
  const [y = 0, m = 0, d = 0] = p;
  if (m < 1 || m > 12 || d < 1 || d > 31) return undefined;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Milliseconds `timeZone` is ahead of UTC at `instant`. */
function zoneOffsetMs(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value ?? 0);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/**
 * An instant as ISO-8601 (UTC): epoch milliseconds or seconds as APIs send
 * them, or a console's wall-clock text read in `timeZone` (the platform's
 * clock; AliExpress shows US Pacific). Date-only text stays `YYYY-MM-DD`.
 */
export function parseInstant(input: unknown, timeZone: string): string | undefined {
  const n =
    typeof input === 'number'
      ? input
      : typeof input === 'string' && /^\d{10,13}$/.test(input.trim())
        ? Number(input)
        : undefined;
  if (n !== undefined) {
    if (!Number.isFinite(n) || n <= 0) return undefined;
    const ms = n < 1e11 ? n * 1000 : n;
    const d = new Date(ms);
    return Number.isNaN(d.getTime()) ? undefined : d.toISOString();
  }
  if (typeof input !== 'string') return undefined;
  const p = dateParts(input);
  if (!p) return undefined;
  const [y = 0, m = 0, d = 0, h = 0, mi = 0, s = 0] = p;
  if (m < 1 || m > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return undefined;
  if (!/\d{1,2}:\d{2}/.test(input)) return `${y}-${pad(m)}-${pad(d)}`;
  const wall = Date.UTC(y, m - 1, d, h, mi, s);
  // Two passes settle the offset across a DST change.
  let utc = wall - zoneOffsetMs(wall, timeZone);
  utc = wall - zoneOffsetMs(utc, timeZone);
  return new Date(utc).toISOString();
}
