import { TAOBAO_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { clipText, compact, parseInstant } from '../normalise';
import {
  allowlistMatcher,
  apiQuery,
  findArray,
  isObject,
  textValue,
  type Json,
} from '../shared/console';
import { openTaobao } from './envelope';
import { TAOBAO_TIME_ZONE, taobaoFailed, taobaoOk } from './result';
import type { CampaignRow, ReadResult } from '../../types';

// Taobao/Tmall registered activities (已报名活动). The seller's myseller page
// loads the registered items from sale.taobao.com `/domain/item/query.json`
// with `querier=juItemCompositeQuerier`: rows at data.data[] with `itemId`,
// `activityName`, `statusName`, `onlineStartTime`, `onlineEndTime`,
// `signTime`, `activityPrice`, `originalPrice`, `soldCount`. One row per
// item, so the items are grouped into one campaign per activity, running from
// its earliest start to its latest end. The rows carry no activity id and no
// registration deadline; the activity calendar
// (`/datawar/v4/activity/actList/getActivityCalendar.json`) names activities
// but its deadline field is unknown, so registrationDeadline stays empty.
// Shape: docs/CONSOLES.md (Taobao / Tmall, campaigns), from public
// sale.taobao.com scrapers.

const QUERIER = 'juItemCompositeQuerier';

const time = (v: unknown) => parseInstant(v, TAOBAO_TIME_ZONE);

interface Group {
  name: string;
  start?: string;
  end?: string;
  statuses: Set<string>;
}

/** The earlier (or later) of two ISO-8601 instants; either may be absent. */
function earlier(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return Date.parse(a) <= Date.parse(b) ? a : b;
}
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (!a || !b) return a ?? b;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const querier = apiQuery(capture.apiUrl || capture.api).get('querier');
  if (querier !== null && querier !== QUERIER) {
    return taobaoFailed(
      'campaigns',
      ctx,
      'unrecognized',
      `not recognised: sale.taobao.com query ${clipText(querier, 100)} is not the registered-items list`,
    );
  }
  const env = openTaobao(capture.body);
  if (!env.ok) return taobaoFailed('campaigns', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['data']);
  if (!list) {
    return taobaoFailed(
      'campaigns',
      ctx,
      'unrecognized',
      'not recognised: no registered-items list in the response',
    );
  }
  const groups = new Map<string, Group>();
  for (const item of list) {
    if (!isObject(item)) continue;
    const name = textValue((item as Json).activityName);
    if (!name) continue;
    const g = groups.get(name) ?? { name, statuses: new Set<string>() };
    g.start = earlier(g.start, time(item.onlineStartTime));
    g.end = later(g.end, time(item.onlineEndTime));
    const status = textValue(item.statusName);
    if (status) g.statuses.add(status);
    groups.set(name, g);
  }
  const rows: CampaignRow[] = [...groups.values()].map((g) =>
    compact({
      name: g.name,
      start: g.start,
      end: g.end,
      // Items of one activity in different states have no one status.
      status: g.statuses.size === 1 ? [...g.statuses][0] : undefined,
    }),
  );
  if (rows.length === 0) {
    return taobaoFailed(
      'campaigns',
      ctx,
      'empty',
      'the console shows no registered activity items',
    );
  }
  return taobaoOk('campaigns', ctx, rows);
}

export const taobaoCampaigns = registerReader({
  site: 'taobao',
  pageKind: 'campaigns',
  // The activity pages of myseller (营销中心 / 活动报名); the items list itself is
  // requested from sale.taobao.com and captured on the myseller page.
  matchesUrl: (url) =>
    url.hostname === 'myseller.taobao.com' &&
    /^\/home\.htm\/qianniu-service-market\b/.test(url.pathname),
  matchesApi: allowlistMatcher(TAOBAO_APIS.campaigns),
  readJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts ('taobao/campaigns').
