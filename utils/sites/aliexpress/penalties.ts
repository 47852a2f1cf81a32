import { ALIEXPRESS_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import { compact, parseInstant, parseNumber } from '../normalise';
import { allowlistMatcher, findArray, idOf, isObject, pick, textValue } from '../shared/console';
import { openMtop } from '../shared/envelope';
import { ALIEXPRESS_TIME_ZONE, failed, ok } from './store';
import type { PenaltyRow, ReadResult } from '../../types';

// AliExpress penalty list (违规处罚), the first thing to check when exposure
// falls. JSON only: `mtop.ae.merchant.csp.illegal.queryPunishList`, rows at
// `data.data[]` with `punishId` and `caseId` (docs/CONSOLES.md "AliExpress",
// penalties). Every other field is unknown: the names below are read when a
// row carries them and are not confirmed by any public source.

const UNCONFIRMED = {
  reason: ['punishReason', 'violationTypeDesc', 'reason'],
  status: ['statusDesc', 'punishStatusDesc', 'status'],
  points: ['punishScore', 'score', 'points'],
  at: ['punishTime', 'gmtCreate', 'createTime'],
} as const;

/** Status words that say a penalty is over, in the consoles' zh-CN, zh-TW and en wording. */
const CLOSED =
  /已结束|已結束|已撤销|已撤銷|已失效|已解除|申诉成功|申訴成功|\b(?:ended|closed|revoked|expired|lifted|cancel(?:l)?ed)\b/i;
/** Status words that say a penalty is in force. */
const OPEN = /生效中|处罚中|處罰中|执行中|執行中|\b(?:active|in effect|effective|ongoing)\b/i;

function penaltyFromJson(item: Record<string, unknown>): PenaltyRow | undefined {
  const punishId = idOf(pick(item, ['punishId']));
  if (!punishId) return undefined;
  const status = textValue(pick(item, UNCONFIRMED.status));
  return compact({
    punishId,
    caseId: idOf(pick(item, ['caseId'])),
    reason: textValue(pick(item, UNCONFIRMED.reason)),
    status,
    open: status && CLOSED.test(status) ? false : status && OPEN.test(status) ? true : undefined,
    points: parseNumber(pick(item, UNCONFIRMED.points)),
    at: parseInstant(pick(item, UNCONFIRMED.at), ALIEXPRESS_TIME_ZONE),
  });
}

function readPenaltiesJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openMtop(capture.body);
  if (!env.ok) return failed('penalties', ctx, env.status, env.reason);
  const list = findArray(env.layers, ['data']);
  if (!list)
    return failed(
      'penalties',
      ctx,
      'unrecognized',
      'not recognised: penalty response without a data list',
    );
  const rows: PenaltyRow[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const row = isObject(item) ? penaltyFromJson(item) : undefined;
    if (!row || seen.has(row.punishId)) continue;
    seen.add(row.punishId);
    rows.push(row);
  }
  if (rows.length === 0)
    return failed('penalties', ctx, 'empty', 'no penalties in the period the console shows');
  return ok('penalties', ctx, 'json', rows);
}

export const aliexpressPenalties = registerReader({
  site: 'aliexpress',
  pageKind: 'penalties',
  // The penalty page's route is not public: any console app named for violations or penalties.
  matchesUrl: (url) => /\/m_apps\/[\w-]*(?:punish|violation|illegal)[\w-]*\//i.test(url.pathname),
  matchesApi: allowlistMatcher(ALIEXPRESS_APIS.penalties),
  readJson: readPenaltiesJson,
});
