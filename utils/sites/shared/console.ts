import { apiNameFromUrl } from '../apis';
import { readTableSteps, textOf, type Aliases, type TableCell } from '../dom';
import { runSteps, type Steps } from '../steps';
import { clipText, foldSpace, unwrapValue } from '../normalise';
import type { ReadContext } from '../registry';
import type { KeywordRow, Period, ProductRow, ReadResult, Site } from '../../types';

// Helpers shared by the Alibaba-group consoles utils/sites/taobao/ and
// utils/sites/alibaba/ read (Taobao sycm/myseller and Alibaba.com): envelope
// checks, depth-tolerant JSON walking, and the result builders. Pure: no
// browser API, so the same code runs in the content script, tests and the CLI.

export type Json = Record<string, unknown>;

export const isObject = (v: unknown): v is Json =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A failed envelope, already classified: session/security problems are `blocked`. */
export interface EnvelopeFailure {
  status: 'blocked' | 'unrecognized';
  reason: string;
}

/** Error codes and messages that mean "sign in again / pass the security check", on both consoles. */
const BLOCKED_CODE =
  /session|login|not_?login|FAIL_SYS_USER_VALIDATE|RGV587|FAIL_SYS_TOKEN|punish|security|令牌|登录|登陆|安全验证|滑块/i;

const MAX_WHY_CHARS = 300;

export function classifyFailure(message: string): EnvelopeFailure {
  // The message is the API's own text: cut it so the reason stays within the contract.
  const why = clipText(message, MAX_WHY_CHARS);
  return BLOCKED_CODE.test(why)
    ? {
        status: 'blocked',
        reason: `the console refused the request (${why}): sign in again or pass the security check, then reload`,
      }
    : { status: 'unrecognized', reason: `the console API failed: ${why}` };
}

export type Opened = { ok: true; root: Json } | ({ ok: false } & EnvelopeFailure);

/** A raw body that may still be text (the capture channel hands over parsed JSON, but be tolerant). */
export function parseBody(body: unknown): Opened {
  let root = body;
  if (typeof root === 'string') {
    try {
      root = JSON.parse(root) as unknown;
    } catch {
      return { ok: false, status: 'unrecognized', reason: 'the response is not JSON' };
    }
  }
  if (!isObject(root)) {
    return { ok: false, status: 'unrecognized', reason: 'the response is not an object' };
  }
  return { ok: true, root };
}

/** The object layers body, data, data.data, data.data.data (docs/CONSOLES.md step 3). */
export function layersOf(root: Json, first = 'data'): Json[] {
  const layers: Json[] = [root];
  let cur: unknown = root[first];
  for (let depth = 0; depth < 3 && isObject(cur); depth++) {
    layers.push(cur);
    cur = cur.data;
  }
  return layers;
}

/** A dotted path, unwrapping `{value, cycleCrc}` at the end. */
export function at(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (!isObject(cur)) return undefined;
    cur = cur[key];
  }
  return unwrapValue(cur);
}

/**
 * The value of the first alias path that holds a scalar: `price` may be a
 * string on one console release and `{text}` on the next, so an object under
 * an alias falls through to the next alias instead of ending the search.
 */
export function pick(row: Json, aliases: readonly string[]): unknown {
  for (const path of aliases) {
    const v = at(row, path);
    if (v !== undefined && v !== null && v !== '' && typeof v !== 'object') return v;
  }
  return undefined;
}

/** The first array at one of `paths` in any layer, deepest layer first. */
export function findArray(
  layers: readonly Json[],
  paths: readonly string[],
): unknown[] | undefined {
  for (let i = layers.length - 1; i >= 0; i--) {
    for (const path of paths) {
      const v = at(layers[i], path);
      if (Array.isArray(v)) return v;
    }
  }
  return undefined;
}

export function idOf(v: unknown): string | undefined {
  if (typeof v === 'number' && Number.isSafeInteger(v) && v > 0) return String(v);
  if (typeof v === 'string' && /^[\w-]{1,64}$/.test(v.trim())) return v.trim();
  return undefined;
}

export function textValue(v: unknown): string | undefined {
  if (typeof v === 'string') return foldSpace(v) || undefined;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

/** The API name of a capture: the live script posts the bare name, a recorded `apiUrl` carries the query too. */
export function apiName(api: string): string {
  return apiNameFromUrl(api) ?? api;
}

/**
 * A reader's matchesApi from its allowlist pattern (utils/sites/apis.ts), so
 * what the MAIN-world script captures and what a reader reads are one list.
 */
export function allowlistMatcher(pattern: RegExp | undefined): (api: string) => boolean {
  return (api) => pattern?.test(apiName(api)) === true;
}

/** The query of a recorded `apiUrl` (empty for a bare API name). */
export function apiQuery(api: string): URLSearchParams {
  const q = api.indexOf('?');
  return new URLSearchParams(q >= 0 ? api.slice(q + 1) : '');
}

/**
 * The report period: sycm and data.alibaba.com both carry it as
 * `dateRange=YYYY-MM-DD|YYYY-MM-DD` (or startDate/endDate) in the page URL or
 * the request. Absent when neither shows one.
 */
export function periodOf(...sources: URLSearchParams[]): Period | undefined {
  const day = /^\d{4}-\d{2}-\d{2}$/;
  for (const q of sources) {
    const range = q.get('dateRange')?.split('|');
    if (range?.length === 2 && range.every((d) => day.test(d))) {
      return { from: range[0] ?? '', to: range[1] ?? '' };
    }
    const from = q.get('startDate');
    const to = q.get('endDate');
    if (from && to && day.test(from) && day.test(to)) return { from, to };
  }
  return undefined;
}

// ---------------------------------------------------------------- results

export interface ResultBase {
  site: Site;
  url: string;
}

export function failed(
  base: ResultBase,
  pageKind: 'productList' | 'productRank' | 'productKeywords',
  status: 'blocked' | 'unrecognized' | 'empty',
  reason: string,
): ReadResult {
  return { ...base, pageKind, status, reason };
}

interface OkExtras {
  storeId?: string;
  period?: Period;
  source: 'json' | 'dom';
  capturedAt: string;
}

function extras(ctx: ReadContext, source: 'json' | 'dom', opts: Partial<OkExtras>): OkExtras {
  const out: OkExtras = { source, capturedAt: ctx.now.toISOString() };
  if (opts.storeId) out.storeId = opts.storeId;
  if (opts.period) out.period = opts.period;
  return out;
}

export function productResult(
  base: ResultBase,
  pageKind: 'productList' | 'productRank',
  rows: ProductRow[],
  ctx: ReadContext,
  source: 'json' | 'dom',
  opts: Partial<OkExtras> = {},
): ReadResult {
  if (rows.length === 0) {
    return failed(base, pageKind, 'empty', 'the console shows no products for this page');
  }
  const x = extras(ctx, source, opts);
  return pageKind === 'productList'
    ? { ...base, ...x, status: 'ok', pageKind: 'productList', rows }
    : { ...base, ...x, status: 'ok', pageKind: 'productRank', rows };
}

export function keywordResult(
  base: ResultBase,
  rows: KeywordRow[],
  ctx: ReadContext,
  source: 'json' | 'dom',
  opts: Partial<OkExtras> = {},
): ReadResult {
  if (rows.length === 0) {
    return failed(base, 'productKeywords', 'empty', 'the console shows no keywords for this page');
  }
  return {
    ...base,
    ...extras(ctx, source, opts),
    status: 'ok',
    pageKind: 'productKeywords',
    rows,
  };
}

// ---------------------------------------------------------------- DOM

export type TableRow<F extends string> = Partial<Record<F, TableCell>>;

/**
 * Reads the table whose headers name `required`, or a result naming the
 * missing column (docs/DECISIONS.md#2026-11-01-columns-by-header-text: a layout change degrades to a clear
 * "not recognised" instead of wrong numbers).
 */
export function readConsoleTable<F extends string>(
  doc: Document,
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
  what: string,
): { rows: TableRow<F>[] } | { missing: string } {
  return runSteps(readConsoleTableSteps(doc, aliases, required, what));
}

/** readConsoleTable as steps (utils/sites/steps.ts). */
export function* readConsoleTableSteps<F extends string>(
  doc: Document,
  aliases: Aliases<F>,
  required: readonly NoInfer<F>[],
  what: string,
): Steps<{ rows: TableRow<F>[] } | { missing: string }> {
  const table = yield* readTableSteps(doc, aliases, required);
  if (!table.ok)
    return { missing: `not recognised: ${what} without column ${table.missing.join(', ')}` };
  return { rows: table.rows };
}

/** Product ids the consoles print beside titles (`ID: 6789…`, `商品ID：6789…`) or put in item links. */
export function productIdIn(cell: Element, linkPatterns: readonly RegExp[]): string | undefined {
  const text = textOf(cell);
  const m = /(?:商品|产品|宝贝|Product\s*)?ID\s*[:：]\s*(\d{6,20})\b/i.exec(text);
  if (m?.[1]) return m[1];
  for (const el of Array.from(
    cell.querySelectorAll('[data-item-id], [data-product-id], a[href]'),
  )) {
    const data = el.getAttribute('data-item-id') ?? el.getAttribute('data-product-id');
    if (data && /^\d{6,20}$/.test(data)) return data;
    const href = el.getAttribute('href') ?? '';
    for (const re of linkPatterns) {
      const hit = re.exec(href);
      if (hit?.[1]) return hit[1];
    }
  }
  return undefined;
}

/** The title alone: a title attribute or the first link's text, else the cell text without the id. */
export function titleIn(cell: Element): string {
  const link = cell.querySelector('a[title], [title]');
  const fromAttr = link?.getAttribute('title')?.trim();
  if (fromAttr) return fromAttr;
  const a = cell.querySelector('a');
  const fromLink = textOf(a);
  if (fromLink && !/^\s*(?:商品|产品|宝贝|Product\s*)?ID\s*[:：]/i.test(fromLink)) return fromLink;
  return foldSpace(
    textOf(cell).replace(/(?:商品|产品|宝贝|Product\s*)?ID\s*[:：]\s*\d{6,20}/gi, ''),
  );
}
