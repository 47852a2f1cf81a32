import type { ReadContext } from '../registry';
import type { FailedResult, OkResultOf, PageKind, Period, RowsByKind } from '../../types';
import { aliexpressStoreId } from './store';

// Result builders shared by the AliExpress readers, so every reader reports
// failures in the same words and fills storeId/period the same way.

export function failed<K extends PageKind>(
  pageKind: K,
  ctx: ReadContext,
  status: FailedResult['status'],
  reason: string,
): FailedResult {
  return { status, site: 'aliexpress', pageKind, url: ctx.url.href, reason };
}

export function missingColumns<K extends PageKind>(
  pageKind: K,
  ctx: ReadContext,
  what: string,
  missing: readonly string[],
): FailedResult {
  return failed(
    pageKind,
    ctx,
    'unrecognized',
    `not recognised: ${what} without column ${missing.join(', ')}`,
  );
}

export function ok<K extends PageKind>(
  pageKind: K,
  ctx: ReadContext,
  source: 'json' | 'dom',
  rows: RowsByKind[K][],
  opts: { doc?: Document; period?: Period } = {},
): OkResultOf<K> {
  const storeId = aliexpressStoreId(opts.doc ?? ctx.doc, ctx.url);
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind,
    url: ctx.url.href,
    ...(storeId ? { storeId } : {}),
    capturedAt: ctx.now.toISOString(),
    source,
    ...(opts.period ? { period: opts.period } : {}),
    rows,
  } as unknown as OkResultOf<K>;
}

/** The AliExpress consoles and their data centre run on US Pacific time (PLAYBOOK §3, AliExpress 11.11). */
export const ALIEXPRESS_TIME_ZONE = 'America/Los_Angeles';
