import { TAOBAO_APIS } from '../apis';
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
  type Json,
} from '../shared/console';
import { keywordTableReader, pickFields, type Parsers } from '../shared/rows';
import { decodeEntities, openTaobao } from './envelope';
import type { KeywordRow, ReadResult, StoreKeywordRow } from '../../types';

// 生意参谋 流量 > 商品来源详情, 手淘搜索 tab (childPageType=se_keyword): the
// search terms that brought visitors to one item, from
// `/flow/v3/new/item/source/detail.json` (older consoles:
// `/flow/new/item/source/detail.json`), the item named by the request's
// `itemId`. Rows at data.data: `pageName.value` is the term (it may hold HTML
// entities such as `&mdash;`), metrics `{value, ratio}` or bare; rates are
// fractions. A sycm "visitor from a search term" is a click on that term's
// result, so `uv` fills `clicks`. The shop-level report
// `/flow/v3/shop/source/detail/v3.json` has the same rows for the whole store:
// it is read as store search terms (utils/sites/taobao/storeKeywords.ts) with
// the row parsing below. Shape: docs/CONSOLES.md (Taobao / Tmall,
// productKeywords and storeKeywords), from public sycm scrapers. Market pages
// (/mc/, 搜索分析/搜索排行) send encrypted payloads: unknown, DOM only.

const FIELD = {
  term: ['pageName'],
  clicks: ['uv'],
  orders: ['payByrCnt'],
  conversionRate: ['payRate'],
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

/** The child page a source-detail request asks for; only the search tab's rows are terms. */
const SEARCH_TAB = 'se_keyword';

/**
 * Why a source-detail request (item or shop) is not a search-term list: it
 * asks for another tab's sources (直通车, 淘内免费…), whose rows are not terms.
 */
export function otherSourceTab(query: URLSearchParams): string | undefined {
  const tab = query.get('childPageType');
  return tab !== null && tab !== SEARCH_TAB
    ? `not recognised: source details of ${tab}, not search terms (${SEARCH_TAB})`
    : undefined;
}

/**
 * The search-term rows of a sycm source-detail answer, item or shop level
 * (rows at data.data, terms entity-decoded); undefined when the answer holds
 * no list.
 */
export function searchTermRows(layers: readonly Json[]): StoreKeywordRow[] | undefined {
  const list = findArray(layers, ['data']);
  if (!list) return undefined;
  const rows: StoreKeywordRow[] = [];
  for (const r of list) {
    if (!isObject(r)) continue;
    const raw = textValue(pick(r, FIELD.term));
    const term = raw === undefined ? undefined : textValue(decodeEntities(raw));
    if (!term) continue;
    rows.push(compact({ term, ...pickFields(r, FIELD, PARSERS) }));
  }
  return rows;
}

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
  const query = apiQuery(capture.apiUrl || capture.api);
  const otherTab = otherSourceTab(query);
  if (otherTab) return failed(base, 'productKeywords', 'unrecognized', otherTab);
  const env = openTaobao(capture.body);
  if (!env.ok) return failed(base, 'productKeywords', env.status, env.reason);
  const productId = idOf(query.get('itemId') ?? ctx.url.searchParams.get('itemId'));
  if (!productId) {
    return failed(
      base,
      'productKeywords',
      'unrecognized',
      'not recognised: the item source request names no itemId',
    );
  }
  const terms = searchTermRows(env.layers);
  if (!terms)
    return failed(
      base,
      'productKeywords',
      'unrecognized',
      'not recognised: no keyword list in the response',
    );
  const rows: KeywordRow[] = terms.map((t) => ({ productId, ...t }));
  return keywordResult(base, rows, ctx, 'json', { period: periodOf(query, ctx.url.searchParams) });
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

// zh-CN, zh-TW/HK (繁體 interface) and en labels.
export const TAOBAO_KEYWORD_COLUMNS: Aliases<Column> = {
  term: [
    '搜索词',
    '关键词',
    '来源名称',
    '搜尋詞',
    '關鍵字',
    'Keyword',
    'Search term',
    'Search keyword',
    'Term',
  ],
  exposure: ['曝光人数', '展现量', '曝光量', 'Impressions', 'Exposure'],
  clicks: ['访客数', '点击人数', 'Visitors', 'Clicks'],
  ctr: ['点击率', 'CTR', 'Click-through rate'],
  orders: ['支付买家数', 'Paying buyers', 'Orders'],
  conversionRate: ['支付转化率', '转化率', 'Conversion rate'],
  searchIndex: ['搜索人气', '搜索热度', 'Search popularity'],
  competition: ['在线商品数', 'Online items', 'Competing items'],
};

const readDomSteps = keywordTableReader({
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
  matchesApi: allowlistMatcher(TAOBAO_APIS.productKeywords),
  readJson,
  readDomSteps,
});

// Fixtures and test URLs: tests/fixtures/cases.ts ('taobao/productKeywords').
