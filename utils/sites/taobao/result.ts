import type { ReadContext } from '../registry';
import type { FailedResult, OkResultOf, PageKind, Period, RowsByKind } from '../../types';
import { PLATFORM_TIME_ZONE } from '../timeZones';

// Result builders of the Taobao readers whose page kinds the shared product
// and keyword builders (utils/sites/shared/console.ts) do not cover.

export function taobaoFailed(
  pageKind: PageKind,
  ctx: ReadContext,
  status: FailedResult['status'],
  reason: string,
): FailedResult {
  return { status, site: 'taobao', pageKind, url: ctx.url.href, reason };
}

export function taobaoOk<K extends PageKind>(
  pageKind: K,
  ctx: ReadContext,
  rows: RowsByKind[K][],
  period?: Period,
): OkResultOf<K> {
  return {
    status: 'ok',
    site: 'taobao',
    pageKind,
    url: ctx.url.href,
    capturedAt: ctx.now.toISOString(),
    source: 'json',
    ...(period ? { period } : {}),
    rows,
  } as unknown as OkResultOf<K>;
}

/** Taobao's consoles run on China Standard Time (wall-clock times in their JSON). */
export const TAOBAO_TIME_ZONE = PLATFORM_TIME_ZONE.taobao;
