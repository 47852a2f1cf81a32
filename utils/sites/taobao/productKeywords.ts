import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { compact, parseCount, parseRate } from '../normalise';
import {
  allowlistMatcher,
  apiQuery,
  failed,
  findArray,
  idOf,
  isObject,
  keywordResult,
  periodOf,
  pick,
  textValue,
} from '../shared/console';
import { keywordTableReader, pickFields, type Parsers } from '../shared/rows';
import { openTaobao } from './envelope';
import type { KeywordRow, ReadResult } from '../../types';

// 生意参谋 流量 > 商品来源详情, 手淘搜索 tab (childPageType=se_keyword): the
// search terms that brought visitors to one item. A sycm "visitor from a
// search term" is a click on that term's result, so `uv` fills `clicks`.
// Market pages (/mc/, 搜索分析/搜索排行) send encrypted payloads: they are
// read from the rendered table only (CONSOLES.md, Taobao).

const FIELD = {
  term: ['keyword', 'term', 'searchWord', 'pageName', 'sourceName'],
  clicks: ['uv', 'clickUv', 'clickCnt'],
  exposure: ['seIpvUv', 'expUv', 'impression'],
  ctr: ['clickRate', 'ctr'],
  orders: ['payByrCnt', 'payOrdCnt'],
  conversionRate: ['payRate', 'payByrRate'],
} as const;

/** The JSON rows carry no search index or competition: FIELD names none, so those parse to nothing there. */
const PARSERS: Parsers<KeywordRow> = {
  exposure: parseCount,
  clicks: parseCount,
  ctr: parseRate,
  orders: parseCount,
  conversionRate: parseRate,
  searchIndex: parseCount,
  competition: parseCount,
};

const isMarketPage = (url: URL) => url.pathname.startsWith('/mc/');

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'taobao', url: ctx.url.href } as const;
  if (isMarketPage(ctx.url)) {
    return failed(
      base,
      'productKeywords',
      'unrecognized',
      'market pages are read from the rendered table only',
    );
  }
  const env = openTaobao(capture.body);
  if (!env.ok) return failed(base, 'productKeywords', env.status, env.reason);
  const query = apiQuery(capture.apiUrl || capture.api);
  const list = findArray(env.layers, ['data', 'list', 'rows']);
  if (!list)
    return failed(
      base,
      'productKeywords',
      'unrecognized',
      'not recognised: no keyword list in the response',
    );
  const productId = idOf(ctx.url.searchParams.get('itemId') ?? query.get('itemId'));
  const rows: KeywordRow[] = [];
  for (const r of list) {
    if (!isObject(r)) continue;
    const term = textValue(pick(r, FIELD.term));
    if (!term) continue;
    rows.push(compact({ productId, term, ...pickFields(r, FIELD, PARSERS) }));
  }
  return keywordResult(base, rows, ctx, 'json', { period: periodOf(ctx.url.searchParams, query) });
}

type Column =
  | 'term'
  | 'exposure'
  | 'clicks'
  | 'ctr'
  | 'orders'
  | 'conversionRate'
  | 'searchIndex'
  | 'competition';

export const TAOBAO_KEYWORD_COLUMNS: Aliases<Column> = {
  term: ['搜索词', '关键词', '来源名称', 'Keyword', 'Search term', 'Search keyword', 'Term'],
  exposure: ['曝光人数', '展现量', '曝光量', 'Impressions', 'Exposure'],
  clicks: ['访客数', '点击人数', 'Visitors', 'Clicks'],
  ctr: ['点击率', 'CTR', 'Click-through rate'],
  orders: ['支付买家数', 'Paying buyers', 'Orders'],
  conversionRate: ['支付转化率', '转化率', 'Conversion rate'],
  searchIndex: ['搜索人气', '搜索热度', 'Search popularity'],
  competition: ['在线商品数', 'Online items', 'Competing items'],
};

const readDom = keywordTableReader({
  site: 'taobao',
  columns: TAOBAO_KEYWORD_COLUMNS,
  required: ['term'],
  what: 'keyword table',
  parsers: PARSERS,
  productId: (url) => (isMarketPage(url) ? undefined : idOf(url.searchParams.get('itemId'))),
});

export const taobaoProductKeywords = registerReader({
  site: 'taobao',
  pageKind: 'productKeywords',
  matchesUrl: (url) =>
    url.hostname === 'sycm.taobao.com' &&
    ((url.pathname === '/flow/monitor/itemsourcedetail' &&
      url.searchParams.get('childPageType') === 'se_keyword') ||
      /^\/mc\/(?:mq\/)?search_(?:analyze|rank)\b/.test(url.pathname)),
  matchesApi: allowlistMatcher('taobao', 'productKeywords'),
  readJson,
  readDom,
});

/*
Fixtures
- taobao/productKeywords/se-keyword-zh.html: zh labels, 1.2万 visitors, 12.5% rates, `--` cells, an extra 操作 column
- taobao/productKeywords/se-keyword-en.html: en labels, columns reordered
- taobao/productKeywords/se-keyword-empty.html: the tab with no rows
- taobao/productKeywords/market-search-rank-zh.html: /mc/ 搜索排行 (搜索人气, 点击率, 在线商品数), DOM only
- taobao/productKeywords/se-keyword.json: {apiUrl:/flow/v3/item/source/detail.json…, body} keyword rows
- taobao/productKeywords/se-keyword-failed.json: sycm code 1003 (bad parameters)

Test URLs
https://sycm.taobao.com/flow/monitor/itemsourcedetail?belong=all&childPageType=se_keyword&dateRange=2024-05-01%7C2024-05-07&dateType=recent7&device=2&itemId=678901234567&pageId=23.s1150
https://sycm.taobao.com/mc/mq/search_rank?activeKey=searchWord&dateRange=2024-05-07%7C2024-05-07&dateType=day
*/
