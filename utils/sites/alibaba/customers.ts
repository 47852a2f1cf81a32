import { ALIBABA_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseCount, parseInstant, parseNumber } from '../normalise';
import { allowlistMatcher, findArray, idOf, isObject, pick, textValue } from '../shared/console';
import { openAlibaba } from './envelope';
import { failedAlibaba, okAlibaba } from './results';
import type { CustomerRow, CustomerStage, ReadResult } from '../../types';
import { PLATFORM_TIME_ZONE } from '../timeZones';

// Alibaba.com customer manager (客户通, alicrm.alibaba.com). JSON only: POST
// `…/eggCrmQn/crm/customerQueryServiceI/queryCustomerList.json`,
// `data.{data[], total}`, rows `customerId`, `companyName`, `countryCode`,
// `customerGroup` (0 inquiry, 1 sample order, 2 deal), `importanceLevel`,
// `potentialScore`, `marketingGroups[].groupName`, `recentNote{noteTime,
// content}`, `willLoss` (docs/CONSOLES.md "Alibaba.com", customers). These are
// B2B accounts, not a buyer list: no order count or spend, so the rows carry
// the stage and the last note instead. Contact names and login ids are not kept.

const STAGES: Readonly<Record<string, CustomerStage>> = {
  '0': 'inquiry',
  '1': 'sample',
  '2': 'deal',
};

/** The console's clock for note times without a zone. */
const ALIBABA_TIME_ZONE = PLATFORM_TIME_ZONE.alibaba;

function groupsOf(v: unknown): string[] | undefined {
  if (!Array.isArray(v)) return undefined;
  const names = v
    .map((g) => (isObject(g) ? textValue(g.groupName) : undefined))
    .filter((n): n is string => n !== undefined)
    .slice(0, 50)
    .map((n) => n.slice(0, 200));
  return names.length > 0 ? names : undefined;
}

function customerFromJson(r: Record<string, unknown>): CustomerRow | undefined {
  const buyerId = idOf(pick(r, ['customerId']));
  if (!buyerId) return undefined;
  const group = textValue(pick(r, ['customerGroup']));
  const willLoss = r.willLoss;
  return compact({
    buyerId,
    company: textValue(pick(r, ['companyName'])),
    country: textValue(pick(r, ['countryCode']))?.slice(0, 100),
    stage: group ? STAGES[group] : undefined,
    importance: parseCount(pick(r, ['importanceLevel'])),
    potentialScore: parseNumber(pick(r, ['potentialScore'])),
    groups: groupsOf(r.marketingGroups),
    lastNote: textValue(pick(r, ['recentNote.content'])),
    lastNoteAt: parseInstant(pick(r, ['recentNote.noteTime']), ALIBABA_TIME_ZONE),
    willLose: typeof willLoss === 'boolean' ? willLoss : undefined,
  });
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openAlibaba(capture.body);
  if (!env.ok) return failedAlibaba('customers', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['data']);
  if (!list)
    return failedAlibaba(
      'customers',
      ctx,
      'unrecognized',
      'not recognised: no customer rows in the response',
    );
  const rows: CustomerRow[] = [];
  const seen = new Set<string>();
  for (const r of list) {
    const row = isObject(r) ? customerFromJson(r) : undefined;
    if (!row || seen.has(row.buyerId)) continue;
    seen.add(row.buyerId);
    rows.push(row);
  }
  if (rows.length === 0)
    return failedAlibaba('customers', ctx, 'empty', 'the customer list is empty');
  return okAlibaba('customers', ctx, 'json', rows);
}

export const alibabaCustomers = registerReader({
  site: 'alibaba',
  pageKind: 'customers',
  matchesUrl: (url) => url.hostname === 'alicrm.alibaba.com',
  matchesApi: allowlistMatcher(ALIBABA_APIS.customers),
  readJson,
});
