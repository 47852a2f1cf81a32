import { TAOBAO_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { allowlistMatcher, apiQuery, periodOf } from '../shared/console';
import { openTaobao } from './envelope';
import { otherSourceTab, searchTermRows } from './productKeywords';
import { taobaoFailed, taobaoOk } from './result';
import type { ReadResult } from '../../types';

// 生意参谋 流量 > 店铺来源, 手淘搜索 detail (childPageType=se_keyword): the search
// terms that brought visitors to the whole store, from
// `/flow/v3/shop/source/detail/v3.json`, requested from the shop-source pages
// (`/flow/monitor/shopsource/…`). Its rows are the item report's rows without
// an item, so they are store search terms, parsed by the productKeywords
// reader's row parsing. Not kept: `newUv`, `payAmt`, `cltItmCnt`, `statDate`
// (the request's `dateRange` is the period). Shape: docs/CONSOLES.md (Taobao /
// Tmall, storeKeywords). The rendered page is not read: its tables list
// traffic channels, not terms.

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const query = apiQuery(capture.apiUrl || capture.api);
  const otherTab = otherSourceTab(query);
  if (otherTab) return taobaoFailed('storeKeywords', ctx, 'unrecognized', otherTab);
  const env = openTaobao(capture.body);
  if (!env.ok) return taobaoFailed('storeKeywords', ctx, env.status, env.reason);
  const rows = searchTermRows(env.layers);
  if (!rows)
    return taobaoFailed(
      'storeKeywords',
      ctx,
      'unrecognized',
      'not recognised: no search-term list in the response',
    );
  if (rows.length === 0)
    return taobaoFailed('storeKeywords', ctx, 'empty', 'the console shows no search terms');
  return taobaoOk('storeKeywords', ctx, rows, periodOf(query, ctx.url.searchParams));
}

export const taobaoStoreKeywords = registerReader({
  site: 'taobao',
  pageKind: 'storeKeywords',
  matchesUrl: (url) =>
    url.hostname === 'sycm.taobao.com' && /^\/flow\/monitor\/shopsource\b/.test(url.pathname),
  matchesApi: allowlistMatcher(TAOBAO_APIS.storeKeywords),
  readJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts ('taobao/storeKeywords').
