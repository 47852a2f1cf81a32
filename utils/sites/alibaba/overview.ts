import { ALIBABA_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseNumber } from '../normalise';
import { allowlistMatcher, findArray, isObject, pick } from '../shared/console';
import { openAlibaba } from './envelope';
import { failedAlibaba, okAlibaba } from './results';
import type { ReadResult, StoreMetricRow } from '../../types';

// Alibaba.com store summary (data.alibaba.com home): the store's exposure,
// clicks, visitors, inquirers and orders. JSON only:
// `iName=vip/home/custom/getShopSummary`, `data.returnValue[0]` with
// `{value}`-wrapped `totalImpsCnt`, `totalClkCnt`, `shopUv`, `fbUv`,
// `ordCnt`, `ordAmt` (docs/CONSOLES.md "Alibaba.com", overview; shape from
// Sotofar/wika-alibaba-callback).

const METRICS: readonly [string, StoreMetricRow['metric']][] = [
  ['totalImpsCnt', 'exposure'],
  ['totalClkCnt', 'clicks'],
  ['shopUv', 'visitors'],
  ['fbUv', 'inquirers'],
  ['ordCnt', 'orders'],
  ['ordAmt', 'revenue'],
];

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openAlibaba(capture.body);
  if (!env.ok) return failedAlibaba('storeOverview', ctx, env.status, env.reason);
  const summary = findArray(env.layers, ['returnValue'])?.find(isObject);
  if (!summary)
    return failedAlibaba(
      'storeOverview',
      ctx,
      'unrecognized',
      'not recognised: no returnValue in the store summary',
    );
  const rows: StoreMetricRow[] = [];
  for (const [key, metric] of METRICS) {
    const value = parseNumber(pick(summary, [key]));
    if (value !== undefined) rows.push(compact({ metric, value }));
  }
  if (rows.length === 0)
    return failedAlibaba('storeOverview', ctx, 'empty', 'the store summary shows no figures');
  return okAlibaba('storeOverview', ctx, 'json', rows);
}

export const alibabaOverview = registerReader({
  site: 'alibaba',
  pageKind: 'storeOverview',
  matchesUrl: (url) => url.hostname === 'data.alibaba.com' && /^\/(?:home\b|$)/.test(url.pathname),
  matchesApi: allowlistMatcher(ALIBABA_APIS.storeOverview),
  readJson,
});
