import { registerReader, type Capture, type ReadContext } from '../registry';
import { readTable, type Aliases } from '../dom';
import { compact, parseInstant } from '../normalise';
import {
  findArray,
  idOf,
  isObject,
  openEnvelope,
  pick,
  sameApi,
  textValue,
  type Json,
} from './mtop';
import { ALIEXPRESS_TIME_ZONE, failed, missingColumns, ok } from './result';
import type { CampaignRow, ReadResult } from '../../types';

// AliExpress platform campaigns (营销活动 > 平台活动). JSON path: the
// merchants activity list (campaignList[].activityList[]); DOM path: the
// campaign table by header text. Times are ISO-8601 instants; wall-clock text
// is read on the console's US Pacific clock.

export const CAMPAIGN_LIST_API = 'mtop.global.campaign.merchants.activity.list.nodada.data';

const JSON_FIELDS = {
  id: ['activityId', 'campaignId', 'id'],
  name: ['activityName', 'name', 'title', 'activityTitle'],
  start: ['activityStartTime', 'startTime', 'gmtStart'],
  end: ['activityEndTime', 'endTime', 'gmtEnd'],
  deadline: ['registerEndTime', 'signUpEndTime', 'enrollEndTime', 'registrationEndTime'],
  status: ['activityStatusDesc', 'statusDesc', 'activityStatus', 'status'],
} as const;

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

function campaignFromJson(activity: Json, campaign: Json): CampaignRow | undefined {
  const name =
    textValue(pick(activity, JSON_FIELDS.name)) ??
    textValue(pick(campaign, ['campaignName', 'name']));
  if (!name) return undefined;
  return compact({
    campaignId: idOf(pick(activity, JSON_FIELDS.id)) ?? idOf(pick(campaign, ['campaignId'])),
    name,
    registrationDeadline: time(pick(activity, JSON_FIELDS.deadline)),
    start: time(pick(activity, JSON_FIELDS.start)),
    end: time(pick(activity, JSON_FIELDS.end)),
    status: textValue(pick(activity, JSON_FIELDS.status)),
  });
}

function readCampaignsJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openEnvelope(capture.body);
  if (!env.ok) return failed('campaigns', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['campaignList']);
  if (!list)
    return failed(
      'campaigns',
      ctx,
      'unrecognized',
      'not recognised: campaign response without campaignList',
    );
  const rows: CampaignRow[] = [];
  for (const campaign of list) {
    if (!isObject(campaign)) continue;
    const activities = Array.isArray(campaign.activityList) ? campaign.activityList : [campaign];
    for (const activity of activities) {
      const row = isObject(activity) ? campaignFromJson(activity, campaign) : undefined;
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
  matchesApi: (api) => sameApi(api, CAMPAIGN_LIST_API),
  readDom: readCampaignsDom,
  readJson: readCampaignsJson,
});

/*
Fixtures: tests/fixtures/aliexpress/campaigns/ — activity-list.json (raw mtop
envelope, campaignList[].activityList[] with ms times), activity-list-empty.json,
activity-list-blocked.json (RGV587 envelope), campaigns-zh.html (zh labels, one
period column), campaigns-en-reordered.html (en labels, separate start/end,
extra columns), campaigns-blocked.html (security-check overlay).
Test URLs:
https://csp.aliexpress.com/m_apps/campaign-manage/campaign-list?channelId=2001234
https://gsp.aliexpress.com/m_apps/promotion-center/platform?activityId=8001234567
*/
