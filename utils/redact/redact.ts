import { parseBody } from '../sites/shared/record';

// "Copy a redacted sample": what a seller can paste into a bug report when a
// console response or table cannot be read. Keys and structure stay; every
// value becomes a marker naming its type and a size class, so no id, title,
// number or name survives. Markers contain no digits, so not even a count
// leaks. Pure and dependency-free: the content scripts, the CLI and the tests
// share it.

export interface RedactOptions {
  /** Array items kept (the rest become one "<more:…>" marker). */
  maxItems?: number;
  /** Nesting kept; deeper values become "<object>" / "<array>". */
  maxDepth?: number;
}

/** Keys that read like names (camelCase, snake_case, dotted). Others (ids, dates, titles as keys) are data. */
const NAME_KEY = /^[A-Za-z_$][\w$.-]{0,63}$/;

function sizeClass(n: number): string {
  return n <= 16 ? 'short' : n <= 128 ? 'medium' : 'long';
}

function countClass(n: number): string {
  return n < 10 ? 'few' : n < 100 ? 'some' : 'many';
}

/** A text value's marker: empty, number-like ("1,234", "¥ 19.80", "12.5%", "--"), or text by length. */
export function redactText(text: string): string {
  const t = text.trim();
  if (t === '') return '<string:empty>';
  if (/^[-+]?(?:[¥￥$€£]|US\s?\$|[A-Z]{3})?\s?[\d,]*\.?\d+\s?(?:%|万|亿)?$/.test(t))
    return '<string:number>';
  if (/^-{1,2}$/.test(t)) return '<string:dash>';
  if (/^\d{4}-\d\d-\d\d([ T][\d:.]+(Z|[+-][\d:]+)?)?$/.test(t)) return '<string:date>';
  if (/^(https?:)?\/\//i.test(t)) return '<string:url>';
  return `<string:${sizeClass(t.length)}>`;
}

function isNameKey(key: string): boolean {
  return NAME_KEY.test(key) && !/\d{4}/.test(key);
}

function jsonInside(text: string): unknown {
  const t = text.trim();
  if (!/^[[{]/.test(t)) return undefined;
  try {
    const v = JSON.parse(t) as unknown;
    return v && typeof v === 'object' ? v : undefined;
  } catch {
    return undefined;
  }
}

function walk(value: unknown, depth: number, opts: Required<RedactOptions>): unknown {
  if (value === null) return null;
  switch (typeof value) {
    case 'string': {
      // A field holding more JSON (Taobao's data.result) keeps its structure too.
      const inner = jsonInside(value);
      return inner === undefined ? redactText(value) : { '<json>': walk(inner, depth, opts) };
    }
    case 'number':
      return Number.isInteger(value) ? '<number:int>' : '<number:decimal>';
    case 'boolean':
      return '<boolean>';
    case 'object':
      break;
    default:
      return `<${typeof value}>`;
  }
  if (Array.isArray(value)) {
    if (depth >= opts.maxDepth) return value.length ? '<array>' : [];
    const kept = value.slice(0, opts.maxItems).map((v) => walk(v, depth + 1, opts));
    if (value.length > opts.maxItems)
      kept.push(`<more:${countClass(value.length - opts.maxItems)}>`);
    return kept;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (depth >= opts.maxDepth) return entries.length ? '<object>' : {};
  const out: Record<string, unknown> = {};
  let dataKeys = 0;
  for (const [key, v] of entries) {
    if (isNameKey(key)) {
      out[key] = walk(v, depth + 1, opts);
      continue;
    }
    // A map keyed by ids or titles: one example entry shows its shape.
    if (dataKeys++ === 0) out['<key>'] = walk(v, depth + 1, opts);
  }
  if (dataKeys > 1) out['<more keys>'] = `<more:${countClass(dataKeys - 1)}>`;
  return out;
}

/** Every value replaced by its type and size class; keys and structure kept. */
export function redact(value: unknown, options: RedactOptions = {}): unknown {
  return walk(value, 0, { maxItems: 3, maxDepth: 24, ...options });
}

/** A raw response text (JSON, JSONP, or anything else), redacted. */
export function redactBody(text: string, options: RedactOptions = {}): unknown {
  const trimmed = text.trim();
  const parsed = parseBody(trimmed);
  if (parsed === undefined) return redactText(trimmed);
  // JSONP: the callback name (jsonp_<time>_<random>) is dropped with the wrapper.
  const isJsonp = !/^[[{"\d-]|^(true|false|null)$/.test(trimmed);
  return isJsonp ? { '<jsonp>': redact(parsed, options) } : redact(parsed, options);
}

/**
 * Request parameters whose values name a table, an action or a period, not
 * seller data: kept in a redacted request URL when they look like names.
 */
const ROUTE_PARAMS = new Set([
  'action',
  'iName',
  'api',
  'v',
  'type',
  'dataType',
  'dateType',
  'statisticsType',
  'childPageType',
  'pageId',
  'pPageId',
  'pageLevel',
  'showType',
  'domainCode',
  'tabType',
  'querier',
  'rankType',
  'serviceKey',
  'from',
  'url',
]);

const ROUTE_VALUE = /^[A-Za-z/][\w./-]{0,80}$/;

function keepRoute(key: string, value: unknown): boolean {
  return (
    ROUTE_PARAMS.has(key) &&
    typeof value === 'string' &&
    ROUTE_VALUE.test(value) &&
    !/\d{4}/.test(value)
  );
}

/** A request's JSON parameter (mtop `data`), redacted but for its routing names (the AliExpress table `url`). */
function redactRequestJson(value: unknown, options: RedactOptions): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return redact(value, options);
  const out: Record<string, unknown> = {};
  const redacted = redact(value, options) as Record<string, unknown>;
  for (const [key, v] of Object.entries(redacted)) {
    const raw = (value as Record<string, unknown>)[key];
    out[key] = keepRoute(key, raw) ? raw : v;
  }
  return out;
}

/**
 * A request or page URL, redacted: scheme, host and path stay (a path segment
 * with a long digit run or non-ASCII text is data and becomes a marker);
 * query keys stay, values become markers except routing names.
 */
export function redactUrl(href: string, options: RedactOptions = {}): unknown {
  let url: URL;
  // A relative URL (a recorded page-relative request) keeps its path without a host.
  const relative = !/^[a-z][\w+.-]*:/i.test(href);
  try {
    url = new URL(href, 'https://relative.invalid/');
  } catch {
    return redactText(href);
  }
  if (relative && !href.startsWith('/')) return redactText(href);
  const path = url.pathname
    .split('/')
    .map((seg) =>
      /\d{4}/.test(seg) || /[^\w.$-]/.test(decodeURIComponentSafe(seg)) ? '<segment>' : seg,
    )
    .join('/');
  const query: Record<string, unknown> = {};
  for (const [key, value] of url.searchParams) {
    if (!isNameKey(key) || key in query) continue;
    const inner = jsonInside(value);
    query[key] = keepRoute(key, value)
      ? value
      : inner !== undefined
        ? { '<json>': redactRequestJson(inner, options) }
        : redactText(value);
  }
  const where = relative ? path : `${url.protocol}//${url.host}${path}`;
  return Object.keys(query).length ? { url: where, query } : { url: where };
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
