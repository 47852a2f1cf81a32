import { ALIBABA_APIS } from '../apis';
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
import { openAlibaba } from './envelope';
import type { KeywordRow, ReadResult } from '../../types';

// Alibaba.com product 360 词分析: the search terms that led buyers to one
// product. JSON path: `iName=vip/product/360/wordAnalysis/content`, rows as a
// list or as `{list}` with `searchKeyword`, `searchImps`, `searchClicks`,
// `fbUv` (visitors who sent an inquiry), `crtOrdUv`; the product is named by
// the request (docs/CONSOLES.md "Alibaba.com", productKeywords; shape from
// Sotofar/wika-alibaba-callback). The store-wide keyword page is
// utils/sites/alibaba/storeKeywords.ts.

const FIELD = {
  term: ['searchKeyword'],
  exposure: ['searchImps'],
  clicks: ['searchClicks'],
  inquiries: ['fbUv'],
  orders: ['crtOrdUv'],
} as const;

const PARSERS: Parsers<KeywordRow> = {
  exposure: parseCount,
  clicks: parseCount,
  inquiries: parseCount,
  orders: parseCount,
};

/** The product a request or page names (`prodId`, `productId`). */
export function productIdOf(...sources: URLSearchParams[]): string | undefined {
  for (const q of sources) {
    const id = idOf(q.get('prodId') ?? q.get('productId'));
    if (id) return id;
  }
  return undefined;
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'alibaba', url: ctx.url.href } as const;
  const env = openAlibaba(capture.body);
  if (!env.ok) return failed(base, 'productKeywords', env.status, env.reason);
  const query = apiQuery(capture.apiUrl || capture.api);
  const list = findArray(env.layers, ['list', 'data']);
  if (!list)
    return failed(
      base,
      'productKeywords',
      'unrecognized',
      'not recognised: no keyword rows in the response',
    );
  // The request names the product; the page URL is the fallback (a POST keeps it in its body).
  const productId = productIdOf(query, ctx.url.searchParams);
  const rows: KeywordRow[] = [];
  for (const r of list) {
    if (!isObject(r)) continue;
    const term = textValue(pick(r, FIELD.term));
    if (!term) continue;
    rows.push(compact({ productId, term, ...pickFields(r, FIELD, PARSERS) }));
  }
  return keywordResult(base, rows, ctx, 'json', { period: periodOf(ctx.url.searchParams, query) });
}

type Column = 'term' | 'exposure' | 'clicks' | 'ctr' | 'searchIndex' | 'competition' | 'inquiries';

export const ALIBABA_KEYWORD_COLUMNS: Aliases<Column> = {
  term: ['关键词', '搜索词', '關鍵字', '搜尋詞', 'Keyword', 'Keywords', 'Search term'],
  exposure: ['曝光量', '曝光', '搜索曝光', '搜尋曝光', 'Impressions', 'Exposure'],
  clicks: ['点击量', '点击', '搜索点击', '搜尋點擊', 'Clicks'],
  ctr: ['点击率', 'CTR', 'Click-through rate'],
  searchIndex: [
    '搜索热度',
    '搜索指数',
    '搜尋熱度',
    '搜尋指數',
    'Search popularity',
    'Search index',
  ],
  competition: ['卖家竞争度', '竞争度', 'Seller competition', 'Competition'],
  inquiries: ['询盘人数', '询盘', 'Inquiries'],
};

/** DOM parsers of a keyword table; the rate is a percent in the page text. */
export const KEYWORD_TABLE_PARSERS: Parsers<KeywordRow> = {
  exposure: parseCount,
  clicks: parseCount,
  ctr: parseRate,
  searchIndex: parseCount,
  competition: parseCount,
  inquiries: parseCount,
};

const readDomSteps = keywordTableReader({
  site: 'alibaba',
  columns: ALIBABA_KEYWORD_COLUMNS,
  required: ['term', 'exposure'],
  what: 'keyword table',
  parsers: KEYWORD_TABLE_PARSERS,
  productId: (url) => productIdOf(url.searchParams),
});

export const alibabaProductKeywords = registerReader({
  site: 'alibaba',
  pageKind: 'productKeywords',
  matchesUrl: (url) =>
    url.hostname === 'data.alibaba.com' &&
    /^\/product\/(?:360|detail|keyword)\b/.test(url.pathname),
  matchesApi: allowlistMatcher(ALIBABA_APIS.productKeywords),
  readJson,
  readDomSteps,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
