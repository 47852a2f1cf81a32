import { ALIEXPRESS_APIS } from '../apis';
import { registerReader, requestParam, type Capture, type ReadContext } from '../registry';
import { readTable, type Aliases } from '../dom';
import { compact, parseInstant } from '../normalise';
import {
  allowlistMatcher,
  findArray,
  idOf,
  isObject,
  pick,
  textValue,
  type Json,
} from '../shared/console';
import { openMtop, pickAny } from '../shared/envelope';
import { ALIEXPRESS_TIME_ZONE, failed, missingColumns, ok } from './store';
import type { CampaignRow, ReadResult } from '../../types';

// AliExpress platform campaigns (营销活动 > 平台活动). JSON path: the
// merchants activity list, `data.data.campaignList[].activityList[]`, times in
// epoch milliseconds (docs/CONSOLES.md "AliExpress", campaigns; shape from
// xinhuaya/aliexpress-activity-helper). The list's registration deadline has
// no publicly known field: the DOM path reads it when the page shows one.
// Wall-clock text is read on the console's US Pacific clock.

export const CAMPAIGN_LIST_API = 'mtop.global.campaign.merchants.activity.list.nodada.data';

const JSON_FIELDS = {
  id: ['activityId'],
  name: ['activityName'],
  start: ['onlineStartTime'],
  end: ['onlineEndTime'],
  /** A JSON string (or object) with the activity's local times; its inner keys are not public. */
  localTime: ['localizeActTime'],
} as const;

/** The request's tab (`PASS` registered, `AUDITING` under review, `ALL`): the rows' status when it is one tab. */
const TAB_STATUS: Readonly<Record<string, string>> = { PASS: 'PASS', AUDITING: 'AUDITING' };

type Field = 'name' | 'id' | 'period' | 'start' | 'end' | 'deadline' | 'status';

export const CAMPAIGN_COLUMNS: Aliases<Field> = {
  name: ['活动名称', '活动', 'Campaign', 'Campaign name', 'Activity name', 'Event name'],
  id: ['活动ID', '活动编号', 'Campaign ID', 'Activity ID'],
  period: ['活动时间', '活动周期', 'Campaign period', 'Campaign time', 'Event time'],
  start: ['开始时间', '活动开始时间', 'Start time', 'Starts'],
  end: ['结束时间', '活动结束时间', 'End time', 'Ends'],
  deadline: [
    '报名截止时间',
    '报名截止',
    'Registration deadline',
    'Sign-up deadline',
    'Registration ends',
  ],
  status: ['状态', '活动状态', '报名状态', 'Status'],
};

const time = (v: unknown) => parseInstant(v, ALIEXPRESS_TIME_ZONE);

/** localizeActTime: a JSON string whose keys are not public; its first start-ish and end-ish values. */
function localTimes(v: unknown): [unknown, unknown] {
  let obj: unknown = v;
  if (typeof v === 'string') {
    try {
      obj = JSON.parse(v) as unknown;
    } catch {
      return [undefined, undefined];
    }
  }
  if (!isObject(obj)) return [undefined, undefined];
  const entries = Object.entries(obj);
  const find = (re: RegExp) => entries.find(([k]) => re.test(k))?.[1];
  return [find(/start|begin/i), find(/end/i)];
}

function campaignFromJson(
  activity: Json,
  campaign: Json,
  status?: string,
): CampaignRow | undefined {
  const name =
    textValue(pick(activity, JSON_FIELDS.name)) ?? textValue(pick(campaign, ['campaignName']));
  if (!name) return undefined;
  const [localStart, localEnd] = localTimes(pickAny(activity, JSON_FIELDS.localTime));
  return compact({
    campaignId: idOf(pick(activity, JSON_FIELDS.id)) ?? idOf(pick(campaign, ['campaignId'])),
    name,
    start: time(pick(activity, JSON_FIELDS.start)) ?? time(localStart),
    end: time(pick(activity, JSON_FIELDS.end)) ?? time(localEnd),
    status,
  });
}

function readCampaignsJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openMtop(capture.body);
  if (!env.ok) return failed('campaigns', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['campaignList']);
  if (!list)
    return failed(
      'campaigns',
      ctx,
      'unrecognized',
      'not recognised: campaign response without campaignList',
    );
  const tab = requestParam(capture.apiUrl, 'data.tabType');
  const status = tab ? TAB_STATUS[tab] : undefined;
  const rows: CampaignRow[] = [];
  for (const campaign of list) {
    if (!isObject(campaign)) continue;
    const activities = Array.isArray(campaign.activityList) ? campaign.activityList : [campaign];
    for (const activity of activities) {
      const row = isObject(activity) ? campaignFromJson(activity, campaign, status) : undefined;
      if (row) rows.push(row);
    }
  }
  if (rows.length === 0)
    return failed('campaigns', ctx, 'empty', 'no campaigns are open to this store');
  return ok('campaigns', ctx, 'json', rows);
}

/** `2026-11-11 00:00 ~ 2026-11-13 23:59` → start and end. */
function splitPeriod(text: string | undefined): [string | undefined, string | undefined] {
  if (!text) return [undefined, undefined];
  const parts = text.split(/\s*(?:~|至|\bto\b|–|—)\s*/);
  return [time(parts[0]), time(parts[1])];
}

function readCampaignsDom(doc: Document, ctx: ReadContext): ReadResult {
  const table = readTable(doc, CAMPAIGN_COLUMNS, ['name']);
  if (!table.ok) return missingColumns('campaigns', ctx, 'campaign table', table.missing);
  const rows: CampaignRow[] = [];
  for (const cells of table.rows) {
    const name = cells.name?.text.replace(/\bID\s*[:：]\s*\d+/, '').trim();
    if (!name) continue;
    const [pStart, pEnd] = splitPeriod(cells.period?.text);
    const link = cells.name?.el.querySelector('a[href*="ctivityId="], a[href*="ampaignId="]');
    const fromLink = /(?:activityId|campaignId)=(\d+)/.exec(link?.getAttribute('href') ?? '')?.[1];
    const fromText = /\bID\s*[:：]\s*(\d+)/.exec(cells.name?.text ?? '')?.[1];
    rows.push(
      compact({
        campaignId: idOf(cells.id?.text) ?? fromLink ?? fromText,
        name,
        registrationDeadline: time(cells.deadline?.text),
        start: time(cells.start?.text) ?? pStart,
        end: time(cells.end?.text) ?? pEnd,
        status: cells.status?.text || undefined,
      }),
    );
  }
  if (rows.length === 0)
    return failed('campaigns', ctx, 'empty', 'no campaigns are open to this store');
  return ok('campaigns', ctx, 'dom', rows, { doc });
}

export const aliexpressCampaigns = registerReader({
  site: 'aliexpress',
  pageKind: 'campaigns',
  // Campaign lists live under several apps; any page naming a campaign or activity is one.
  matchesUrl: (url) =>
    /\/m_apps\/[\w-]*(campaign|activity|promotion)[\w-]*\//i.test(url.pathname) ||
    url.searchParams.has('campaignId') ||
    url.searchParams.has('activityId'),
  matchesApi: allowlistMatcher(ALIEXPRESS_APIS.campaigns),
  readDom: readCampaignsDom,
  readJson: readCampaignsJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
