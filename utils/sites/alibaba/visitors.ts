import { ALIBABA_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseCount, parseDay } from '../normalise';
import { allowlistMatcher, findArray, idOf, isObject, pick, textValue } from '../shared/console';
import { openAlibaba } from './envelope';
import { failedAlibaba, okAlibaba } from './results';
import type { ReadResult, VisitorRow } from '../../types';

// Alibaba.com visitor list (data.alibaba.com visitor pages): who looked at the
// store, from where, after searching what. JSON only: `iName=getVisitors`
// (CommonAction `{successed, value}`), rows `value.data[]` with `visitorId`,
// `buyerCountry`, `serKeywords`, `visitPv`, `staySecond`, `totalVisitPv`,
// `totalVisitSellerCnt`, `totalMcFbCnt`, `statDate` (docs/CONSOLES.md
// "Alibaba.com", visitors). `serKeywords` may be one text of several terms;
// it is split on commas. The buyer's cookie id is not kept.

function searchTerms(v: unknown): string[] | undefined {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,，;；]/) : [];
  const terms = list
    .map((t) => textValue(t))
    .filter((t): t is string => t !== undefined)
    .slice(0, 50)
    .map((t) => t.slice(0, 500));
  return terms.length > 0 ? terms : undefined;
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openAlibaba(capture.body);
  if (!env.ok) return failedAlibaba('visitors', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['data', 'list']);
  if (!list)
    return failedAlibaba(
      'visitors',
      ctx,
      'unrecognized',
      'not recognised: no visitor rows in the response',
    );
  const rows: VisitorRow[] = [];
  const seen = new Set<string>();
  for (const r of list) {
    if (!isObject(r)) continue;
    const visitorId = idOf(pick(r, ['visitorId']));
    const day = parseDay(textValue(pick(r, ['statDate'])));
    const key = `${visitorId}|${day}`;
    if (!visitorId || seen.has(key)) continue;
    seen.add(key);
    rows.push(
      compact({
        visitorId,
        country: textValue(pick(r, ['buyerCountry']))?.slice(0, 100),
        searchTerms: searchTerms(r.serKeywords),
        visits: parseCount(pick(r, ['visitPv'])),
        staySeconds: parseCount(pick(r, ['staySecond'])),
        totalVisits: parseCount(pick(r, ['totalVisitPv'])),
        sellersVisited: parseCount(pick(r, ['totalVisitSellerCnt'])),
        inquiries: parseCount(pick(r, ['totalMcFbCnt'])),
        day,
      }),
    );
  }
  if (rows.length === 0)
    return failedAlibaba('visitors', ctx, 'empty', 'the console shows no visitors');
  return okAlibaba('visitors', ctx, 'json', rows);
}

export const alibabaVisitors = registerReader({
  site: 'alibaba',
  pageKind: 'visitors',
  matchesUrl: (url) => url.hostname === 'data.alibaba.com' && /\/visitor/i.test(url.pathname),
  matchesApi: allowlistMatcher(ALIBABA_APIS.visitors),
  readJson,
});
