import { TAOBAO_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseCount, parseRate } from '../normalise';
import {
  allowlistMatcher,
  apiQuery,
  at,
  findArray,
  idOf,
  isObject,
  periodOf,
  textValue,
} from '../shared/console';
import { openTaobao } from './envelope';
import type { ReadResult, TitleWordRow } from '../../types';

// 生意参谋 item archive (商品360) → 标题分析: each word of one item's title
// with the search visitors it brought (guideSeUv) and their conversion
// (payRate, a fraction). A word that brought no search traffic has no
// guideSeUv key at all: it is stored without searchVisitors, which the title
// engine reads as "no search traffic", not as unknown. The item id is in the
// request URL (itemId=). Shape: docs/CONSOLES.md, Taobao productKeywords row
// (rakei076/sycm-cli; petercjl/sycmcli).

const WORD = ['searchWord', 'word', 'titleWord'] as const;

function fail(
  url: string,
  status: 'blocked' | 'unrecognized' | 'empty',
  reason: string,
): ReadResult {
  return { site: 'taobao', pageKind: 'titleWords', url, status, reason };
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const url = ctx.url.href;
  const env = openTaobao(capture.body);
  if (!env.ok) return fail(url, env.status, env.reason);
  const query = apiQuery(capture.apiUrl || capture.api);
  const list = findArray(env.layers, ['data', 'list', 'words']);
  if (!list) return fail(url, 'unrecognized', 'not recognised: no title-word list in the response');
  const productId = idOf(query.get('itemId') ?? ctx.url.searchParams.get('itemId'));
  const rows: TitleWordRow[] = [];
  for (const r of list) {
    if (!isObject(r)) continue;
    const word = WORD.map((k) => textValue(r[k])).find((w) => w !== undefined);
    if (!word) continue;
    rows.push(
      compact({
        productId,
        word,
        // Absent key: no search traffic. A present key is read as it is.
        searchVisitors: 'guideSeUv' in r ? parseCount(at(r, 'guideSeUv')) : undefined,
        payRate: 'payRate' in r ? parseRate(at(r, 'payRate')) : undefined,
      }),
    );
  }
  if (rows.length === 0) return fail(url, 'empty', 'the title-word report lists no words');
  const period = periodOf(ctx.url.searchParams, query);
  return {
    status: 'ok',
    site: 'taobao',
    pageKind: 'titleWords',
    url,
    source: 'json',
    capturedAt: ctx.now.toISOString(),
    ...(period ? { period } : {}),
    rows,
  };
}

export const taobaoTitleWords = registerReader({
  site: 'taobao',
  pageKind: 'titleWords',
  // Captures are routed by API name; a page URL routes here only on the
  // archive's title tab, whose parameter (activeKey=title) is an assumption:
  // no public source shows it.
  matchesUrl: (url) =>
    url.hostname === 'sycm.taobao.com' &&
    url.pathname === '/cc/item_archives' &&
    url.searchParams.get('activeKey') === 'title',
  matchesApi: allowlistMatcher(TAOBAO_APIS.titleWords),
  readJson,
});
