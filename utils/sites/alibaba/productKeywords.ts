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

// Alibaba.com keyword analysis: product 360 词分析 (iName
// vip/product/360/wordAnalysis/content) and the store keyword page
// (data.alibaba.com/traffic/keyword). `pv` is the keyword's search index and
// `resultCnt` its seller-count (competition) index. sumShowCnt/sumClickCnt
// include the P4P share (sumP4pShowCnt/sumP4pClickCnt), which the KeywordRow
// contract has no field for.

const FIELD = {
  term: ['keyword', 'word', 'searchWord', 'term'],
  exposure: ['sumShowCnt', 'showCnt', 'impression'],
  clicks: ['sumClickCnt', 'clickCnt', 'click'],
  ctr: ['ctr', 'clickRate'],
  searchIndex: ['pv', 'searchIndex'],
  competition: ['resultCnt', 'sellerCompetition'],
} as const;

const PARSERS: Parsers<KeywordRow> = {
  exposure: parseCount,
  clicks: parseCount,
  ctr: parseRate,
  searchIndex: parseCount,
  competition: parseCount,
};

function productIdOf(...sources: URLSearchParams[]): string | undefined {
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
  const list = findArray(env.layers, ['data', 'list', 'result']);
  if (!list)
    return failed(
      base,
      'productKeywords',
      'unrecognized',
      'not recognised: no keyword rows in the response',
    );
  const productId = productIdOf(ctx.url.searchParams, query);
  const rows: KeywordRow[] = [];
  for (const r of list) {
    if (!isObject(r)) continue;
    const term = textValue(pick(r, FIELD.term));
    if (!term) continue;
    rows.push(compact({ productId, term, ...pickFields(r, FIELD, PARSERS) }));
  }
  return keywordResult(base, rows, ctx, 'json', { period: periodOf(ctx.url.searchParams, query) });
}

type Column = 'term' | 'exposure' | 'clicks' | 'ctr' | 'searchIndex' | 'competition';

export const ALIBABA_KEYWORD_COLUMNS: Aliases<Column> = {
  term: ['关键词', '搜索词', 'Keyword', 'Keywords', 'Search term'],
  exposure: ['曝光量', '曝光', '搜索曝光', 'Impressions', 'Exposure'],
  clicks: ['点击量', '点击', '搜索点击', 'Clicks'],
  ctr: ['点击率', 'CTR', 'Click-through rate'],
  searchIndex: ['搜索热度', '搜索指数', 'Search popularity', 'Search index'],
  competition: ['卖家竞争度', '竞争度', 'Seller competition', 'Competition'],
};

const readDom = keywordTableReader({
  site: 'alibaba',
  columns: ALIBABA_KEYWORD_COLUMNS,
  required: ['term', 'exposure'],
  what: 'keyword table',
  parsers: PARSERS,
  productId: (url) => productIdOf(url.searchParams),
});

export const alibabaProductKeywords = registerReader({
  site: 'alibaba',
  pageKind: 'productKeywords',
  matchesUrl: (url) =>
    url.hostname === 'data.alibaba.com' &&
    /^\/(?:traffic\/keyword|product\/(?:360|detail|keyword))\b/.test(url.pathname),
  matchesApi: allowlistMatcher('alibaba', 'productKeywords'),
  readJson,
  readDom,
});

/*
Fixtures
- alibaba/productKeywords/keyword-zh.html: zh labels, 1.2万 impressions, 2.35% CTR, `--`, extra 操作 column
- alibaba/productKeywords/keyword-en.html: en labels, columns reordered
- alibaba/productKeywords/keyword-empty.html: no keywords in the period
- alibaba/productKeywords/keyword-punish.html: the _____tmd_____/punish iframe
- alibaba/productKeywords/word-analysis.json: {apiUrl:/self/.json?…iName=vip/product/360/wordAnalysis/content…, body}
- alibaba/productKeywords/word-analysis-empty.json: data.data = []
- alibaba/productKeywords/word-analysis-failed.json: success false, a system error code

Test URLs
https://data.alibaba.com/traffic/keyword
https://data.alibaba.com/product/360?prodId=1600123456789&statisticsType=week
*/
