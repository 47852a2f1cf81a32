import { ALIBABA_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseCount, parseRate } from '../normalise';
import {
  allowlistMatcher,
  apiQuery,
  findArray,
  isObject,
  periodOf,
  pick,
  readConsoleTable,
  textValue,
} from '../shared/console';
import { parseFields, pickFields, type Parsers } from '../shared/rows';
import { openAlibaba } from './envelope';
import { ALIBABA_KEYWORD_COLUMNS, KEYWORD_TABLE_PARSERS } from './productKeywords';
import { failedAlibaba, okAlibaba } from './results';
import type { ReadResult, StoreKeywordRow } from '../../types';

// Alibaba.com store keyword page (data.alibaba.com/traffic/keyword): the
// search terms that brought buyers to the whole store, so its rows name no
// product. JSON path: `iName=vip/traffic/keyword/getKeywords`,
// `data.keywords.{data, total}`, rows `keyword`, `sumShowCnt`, `sumClickCnt`,
// `ctr`, `pv`, `resultCnt` (docs/CONSOLES.md "Alibaba.com", productKeywords,
// shop level; shape from Sotofar/wika-alibaba-callback). `ctr`'s unit is
// unknown: a value over 1 is read as a percent. `pv` is the term's search
// popularity and `resultCnt` how many sellers compete for it.

const FIELD = {
  term: ['keyword'],
  exposure: ['sumShowCnt'],
  clicks: ['sumClickCnt'],
  ctr: ['ctr'],
  searchIndex: ['pv'],
  competition: ['resultCnt'],
} as const;

const PARSERS: Parsers<StoreKeywordRow> = {
  exposure: parseCount,
  clicks: parseCount,
  ctr: parseRate,
  searchIndex: parseCount,
  competition: parseCount,
};

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openAlibaba(capture.body);
  if (!env.ok) return failedAlibaba('storeKeywords', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['keywords.data', 'keywords.list']);
  if (!list)
    return failedAlibaba(
      'storeKeywords',
      ctx,
      'unrecognized',
      'not recognised: no keywords.data in the response',
    );
  const rows: StoreKeywordRow[] = [];
  for (const r of list) {
    if (!isObject(r)) continue;
    const term = textValue(pick(r, FIELD.term));
    if (term) rows.push(compact({ term, ...pickFields(r, FIELD, PARSERS) }));
  }
  if (rows.length === 0)
    return failedAlibaba('storeKeywords', ctx, 'empty', 'the console shows no search terms');
  const period = periodOf(ctx.url.searchParams, apiQuery(capture.apiUrl || capture.api));
  return okAlibaba('storeKeywords', ctx, 'json', rows, period ? { period } : {});
}

function readDom(doc: Document, ctx: ReadContext): ReadResult {
  const table = readConsoleTable(
    doc,
    ALIBABA_KEYWORD_COLUMNS,
    ['term', 'exposure'],
    'keyword table',
  );
  if ('missing' in table) return failedAlibaba('storeKeywords', ctx, 'unrecognized', table.missing);
  const rows: StoreKeywordRow[] = [];
  for (const cells of table.rows) {
    const term = cells.term?.text;
    if (!term) continue;
    rows.push(
      compact({
        term,
        ...parseFields(KEYWORD_TABLE_PARSERS, (field) => cells[field as keyof typeof cells]?.text),
      }),
    );
  }
  if (rows.length === 0)
    return failedAlibaba('storeKeywords', ctx, 'empty', 'the console shows no search terms');
  const period = periodOf(ctx.url.searchParams);
  return okAlibaba('storeKeywords', ctx, 'dom', rows, period ? { period } : {});
}

export const alibabaStoreKeywords = registerReader({
  site: 'alibaba',
  pageKind: 'storeKeywords',
  matchesUrl: (url) =>
    url.hostname === 'data.alibaba.com' && /^\/traffic\/keyword\b/.test(url.pathname),
  matchesApi: allowlistMatcher(ALIBABA_APIS.storeKeywords),
  readJson,
  readDom,
});
