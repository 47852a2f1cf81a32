import { ALIEXPRESS_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseInstant, parseNumber, parseRate } from '../normalise';
import { allowlistMatcher, findArray, isObject, pick, textValue } from '../shared/console';
import { openMtop } from '../shared/envelope';
import { ALIEXPRESS_TIME_ZONE, failed, ok } from './store';
import type { ReadResult, StoreMetricRow } from '../../types';

// AliExpress data centre trade analysis (数据纵横 > 成交分析) as store-level
// figures. JSON only: `mtop.aliexpress.dps.query`, a card API whose request
// `data.serviceKey` names the card; the overview card and the trend are read.
// Rows `data.dataSource[]` with `key`, `label`, `value` (+ `statDate` on trend
// rows) (docs/CONSOLES.md "AliExpress", trade overview; shape from
// howtimeschange/crawshrimp-harness adapters/aliexpress-ops-assistant/deal-analysis.js).
// The rates' unit is not stated there: a value over 1 is read as a percent.

export const TRADE_CARDS: readonly string[] = ['tradeOverviewCard', 'tradeTrend'];

/** The console's metric keys and Storewise's names for them; other keys are not read. */
const METRICS: Readonly<Record<string, { metric: StoreMetricRow['metric']; rate?: true }>> = {
  payAmt: { metric: 'revenue' },
  payBuyerCnt: { metric: 'buyers' },
  vstPayRate: { metric: 'conversionRate', rate: true },
  avgPayAmt: { metric: 'avgOrderValue' },
  payOldBuyerCntRate: { metric: 'repeatBuyerRate', rate: true },
  payOrderCnt: { metric: 'orders' },
  payItemQty: { metric: 'items' },
};

/** A trend row's day: `statDate` as epoch ms or as text, on the console's clock. */
function dayOf(v: unknown): string | undefined {
  const instant = parseInstant(v, ALIEXPRESS_TIME_ZONE);
  if (!instant) return undefined;
  if (instant.length === 10) return instant;
  return new Intl.DateTimeFormat('en-CA', { timeZone: ALIEXPRESS_TIME_ZONE }).format(
    new Date(instant),
  );
}

function readTradeJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openMtop(capture.body);
  if (!env.ok) return failed('storeOverview', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['dataSource']);
  if (!list)
    return failed(
      'storeOverview',
      ctx,
      'unrecognized',
      'not recognised: trade analysis response without dataSource',
    );
  const rows: StoreMetricRow[] = [];
  for (const item of list) {
    if (!isObject(item)) continue;
    const key = textValue(item.key);
    const known = key ? METRICS[key] : undefined;
    if (!known) continue;
    const raw = pick(item, ['value']);
    const value = known.rate ? parseRate(raw) : parseNumber(raw);
    if (value === undefined) continue;
    rows.push(
      compact({
        metric: known.metric,
        label: textValue(item.label),
        value,
        day: dayOf(pick(item, ['statDate'])),
      }),
    );
  }
  if (rows.length === 0)
    return failed('storeOverview', ctx, 'empty', 'the trade analysis shows no figures');
  return ok('storeOverview', ctx, 'json', rows);
}

export const aliexpressTradeOverview = registerReader({
  site: 'aliexpress',
  pageKind: 'storeOverview',
  matchesUrl: (url) => /\/m_apps\/[\w-]*sycm[\w-]*\/MakeBargainAnalysis\b/i.test(url.pathname),
  matchesApi: allowlistMatcher(ALIEXPRESS_APIS.storeOverview),
  request: { param: 'data.serviceKey', owns: (card) => TRADE_CARDS.includes(card) },
  readJson: readTradeJson,
});
