import {
  classifyFailure,
  isObject,
  layersOf,
  parseBody,
  type EnvelopeFailure,
  type Json,
} from './console';
import { unwrapValue } from '../normalise';
import type { ReadContext } from '../registry';
import type { FailedResult, OkResultOf, PageKind, Period, RowsByKind, Site } from '../../types';

// Envelope and result helpers every site's readers share (docs/CONSOLES.md
// "How to read a page"): the mtop envelope `{api, data, ret, v}` that
// AliExpress (seller-acs.aliexpress.com) and Taobao (h5api.m.taobao.com)
// answer with, Alibaba.com's two data envelopes, and one set of result
// builders so every reader reports failures in the same words.

export type Opened = { ok: true; layers: Json[] } | ({ ok: false } & EnvelopeFailure);

/**
 * The mtop `ret` check: `ret[0]` not starting with SUCCESS is a failed read,
 * never "no data". Session and token failures (FAIL_SYS_SESSION_EXPIRED,
 * FAIL_SYS_TOKEN_EMPTY, FAIL_SYS_USER_VALIDATE) come back `blocked`.
 */
export function mtopFailure(root: Json): EnvelopeFailure | undefined {
  if (!Array.isArray(root.ret)) return undefined;
  const first = typeof root.ret[0] === 'string' ? root.ret[0] : '';
  if (first.startsWith('SUCCESS')) return undefined;
  const why = root.ret.filter((r): r is string => typeof r === 'string').join('; ');
  return classifyFailure(why || 'no ret code');
}

/** Opens an mtop envelope (or a bare payload): the object layers body, data, data.data, data.data.data. */
export function openMtop(body: unknown): Opened {
  const parsed = parseBody(body);
  if (!parsed.ok) return parsed;
  const failure = mtopFailure(parsed.root);
  if (failure) return { ok: false, ...failure };
  return { ok: true, layers: layersOf(parsed.root) };
}

/** The first value of `key` found in any layer, deepest first, `{value}` unwrapped. */
export function findValue(layers: readonly Json[], key: string): unknown {
  for (let i = layers.length - 1; i >= 0; i--) {
    const v = layers[i]?.[key];
    if (v !== undefined && v !== null) return unwrapValue(v);
  }
  return undefined;
}

/**
 * The value of the first alias path that is present, objects included (a
 * `localizeActTime` may be an object or its JSON string); compare `pick` in
 * utils/sites/shared/console.ts, which wants scalars.
 */
export function pickAny(row: Json, aliases: readonly string[]): unknown {
  for (const path of aliases) {
    let cur: unknown = row;
    for (const key of path.split('.')) cur = isObject(cur) ? cur[key] : undefined;
    const v = unwrapValue(cur);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

// ---------------------------------------------------------------- results

export interface ResultBuilders {
  failed(
    pageKind: PageKind,
    ctx: ReadContext,
    status: FailedResult['status'],
    reason: string,
  ): FailedResult;
  missingColumns(
    pageKind: PageKind,
    ctx: ReadContext,
    what: string,
    missing: readonly string[],
  ): FailedResult;
  ok<K extends PageKind>(
    pageKind: K,
    ctx: ReadContext,
    source: 'json' | 'dom',
    rows: RowsByKind[K][],
    opts?: { doc?: Document; period?: Period },
  ): OkResultOf<K>;
}

/** Result builders of one site; `storeIdOf` finds the store id on the page or in its URL. */
export function resultBuilders(
  site: Site,
  storeIdOf: (doc: Document | undefined, url: URL) => string | undefined = () => undefined,
): ResultBuilders {
  const failed: ResultBuilders['failed'] = (pageKind, ctx, status, reason) => ({
    status,
    site,
    pageKind,
    url: ctx.url.href,
    reason,
  });
  return {
    failed,
    missingColumns: (pageKind, ctx, what, missing) =>
      failed(
        pageKind,
        ctx,
        'unrecognized',
        `not recognised: ${what} without column ${missing.join(', ')}`,
      ),
    ok: (pageKind, ctx, source, rows, opts = {}) => {
      const storeId = storeIdOf(opts.doc ?? ctx.doc, ctx.url);
      return {
        status: 'ok',
        site,
        pageKind,
        url: ctx.url.href,
        ...(storeId ? { storeId } : {}),
        capturedAt: ctx.now.toISOString(),
        source,
        ...(opts.period ? { period: opts.period } : {}),
        rows,
      } as unknown as OkResultOf<typeof pageKind>;
    },
  };
}
