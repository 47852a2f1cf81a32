import { ALIEXPRESS_APIS } from '../apis';
import { registerReader, requestParam, type Capture, type ReadContext } from '../registry';
import { readTable, type Aliases } from '../dom';
import { compact, parseCount, parseRate } from '../normalise';
import { adviceTableRows, periodFromText } from './productRank';
import { allowlistMatcher, isObject, pick, textValue, type Json } from '../shared/console';
import { openMtop } from '../shared/envelope';
import { failed, missingColumns, ok } from './store';
import type { KeywordRow, ReadResult } from '../../types';

// AliExpress product analysis, search-keyword tab (数据纵横 > 商品分析 >
// 搜索词). Unknown: DOM only (docs/CONSOLES.md "AliExpress",
// productKeywords): the table API's `url` for this tab and its field names
// are not publicly known. The rendered table is read by header text; a
// table.query response on this page whose table no other reader owns is
// accepted only when its rows carry a search-term field. The JSON aliases
// below are the likely names, not confirmed ones.

type Field = 'term' | 'exposure' | 'clicks' | 'ctr' | 'orders' | 'conversionRate' | 'visitors';

export const KEYWORD_COLUMNS: Aliases<Field> = {
  term: [
    '搜索词',
    '关键词',
    '搜索关键词',
    '搜尋詞',
    '搜尋關鍵詞',
    'Search term',
    'Search terms',
    'Keyword',
    'Search keyword',
  ],
  exposure: [
    '曝光量',
    '搜索曝光量',
    '曝光',
    '搜尋曝光量',
    'Exposure',
    'Impressions',
    'Search exposure',
  ],
  clicks: ['点击量', '点击数', '搜索点击量', 'Clicks', 'Click'],
  ctr: ['点击率', '搜索点击率', 'CTR', 'Click-through rate', 'Click rate'],
  orders: ['订单数', '下单数', '支付订单数', '成交订单数', 'Orders', 'Paid orders'],
  conversionRate: ['转化率', '支付转化率', 'Conversion', 'Conversion rate'],
  visitors: ['访客数', 'Visitors'],
};

const JSON_FIELDS = {
  term: ['keyword', 'searchWord', 'searchKeyword', 'term', 'word', 'query'],
  exposure: ['searchExpPv', 'exposure', 'impression', 'expPv', 'sumShowCnt'],
  clicks: ['searchClkPv', 'clickCnt', 'clicks', 'click', 'sumClickCnt'],
  ctr: ['searchCtr', 'ctr', 'clickRate'],
  orders: ['payOrderCnt', 'orderCnt', 'orders', 'orderBuyerCnt'],
  conversionRate: ['payConversionRate', 'conversionRate', 'orderConversionRate'],
} as const;

/** The product the analysis page is about: `productId` (or `itemId`) in its URL. */
function productIdOf(url: URL): string | undefined {
  const id = url.searchParams.get('productId') ?? url.searchParams.get('itemId');
  return id && /^\d{6,20}$/.test(id) ? id : undefined;
}

function keywordFromJson(item: Json, productId: string | undefined): KeywordRow | undefined {
  const term = textValue(pick(item, JSON_FIELDS.term));
  if (!term) return undefined;
  return compact({
    productId,
    term,
    exposure: parseCount(pick(item, JSON_FIELDS.exposure)),
    clicks: parseCount(pick(item, JSON_FIELDS.clicks)),
    ctr: parseRate(pick(item, JSON_FIELDS.ctr)),
    orders: parseCount(pick(item, JSON_FIELDS.orders)),
    conversionRate: parseRate(pick(item, JSON_FIELDS.conversionRate)),
  });
}

function readKeywordsJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openMtop(capture.body);
  if (!env.ok) return failed('productKeywords', ctx, env.status, env.reason);
  const list = adviceTableRows(env.layers);
  if (!list)
    return failed(
      'productKeywords',
      ctx,
      'unrecognized',
      'not recognised: keyword response without rows',
    );
  if (list.length === 0)
    return failed('productKeywords', ctx, 'empty', 'the keyword table shows no search terms');
  const productId = productIdOf(ctx.url);
  const rows: KeywordRow[] = [];
  for (const item of list) {
    const row = isObject(item) ? keywordFromJson(item, productId) : undefined;
    if (row) rows.push(row);
  }
  // Rows without any term field are another tab's table on the same API.
  if (rows.length === 0) {
    const table = requestParam(capture.apiUrl, 'data.url');
    return failed(
      'productKeywords',
      ctx,
      'unrecognized',
      `not recognised: rows carry no search term field${table ? ` (table ${table})` : ''}`,
    );
  }
  return ok('productKeywords', ctx, 'json', rows);
}

function readKeywordsDom(doc: Document, ctx: ReadContext): ReadResult {
  const table = readTable(doc, KEYWORD_COLUMNS, ['term']);
  if (!table.ok) return missingColumns('productKeywords', ctx, 'keyword table', table.missing);
  const productId = productIdOf(ctx.url);
  const rows: KeywordRow[] = [];
  for (const cells of table.rows) {
    const term = cells.term?.text;
    if (!term) continue;
    rows.push(
      compact({
        productId,
        term,
        exposure: parseCount(cells.exposure?.text),
        clicks: parseCount(cells.clicks?.text),
        ctr: parseRate(cells.ctr?.text),
        orders: parseCount(cells.orders?.text),
        conversionRate: parseRate(cells.conversionRate?.text),
      }),
    );
  }
  if (rows.length === 0)
    return failed('productKeywords', ctx, 'empty', 'the keyword table shows no search terms');
  const period = periodFromText(doc);
  return ok('productKeywords', ctx, 'dom', rows, { doc, ...(period ? { period } : {}) });
}

export const aliexpressProductKeywords = registerReader({
  site: 'aliexpress',
  pageKind: 'productKeywords',
  matchesUrl: (url) => /\/m_apps\/[\w-]*sycm[\w-]*\/product-analyse\b/i.test(url.pathname),
  matchesApi: allowlistMatcher(ALIEXPRESS_APIS.productKeywords),
  // The keyword table's name is unknown: it owns no named table, and takes an
  // unowned one only on its own page.
  request: { param: 'data.url', owns: () => false, unknownOnOwnPage: true },
  readDom: readKeywordsDom,
  readJson: readKeywordsJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
