import { z } from 'zod';
import { readResultSchema, type OkResult } from '../../utils/types';
import type { StorewiseDB } from '../../utils/db/db';
import { StorageFullError, withQuotaRecovery } from '../../utils/db/retention';
import { getSetting, getSettings } from '../../utils/settings/settings';
import { sellerLanguage } from '../../utils/db/promo/context';
import { translator, type Translate } from '../../utils/i18n/messages';
import { marketAlerts, type MarketAlert } from '../../utils/engines/market/market';
import {
  isWatched,
  pruneMarketSnapshots,
  recordVisit,
  startWatching,
  stopWatching,
  watchIdOf,
  type BuyerResult,
  type Visit,
} from '../../utils/market/watch';
import type { MarketBarReply, MarketBarResponse } from '../../utils/protocol';
import type { SenderInfo } from './ingestHandler';
import type { Money } from '../../utils/types';

// The background side of market watch: validates what a buyer-page content
// script sends (the page can lie; only our own content scripts are heard),
// stores a visit only for what the seller watches, and raises the alerts the
// seller switched on.

export interface Notice {
  id: string;
  title: string;
  message: string;
}

const chooseSchema = z.object({ result: readResultSchema, watch: z.boolean() });

function asBuyer(payload: unknown): BuyerResult | string {
  const parsed = readResultSchema.safeParse(payload);
  if (!parsed.success)
    return `invalid read result: ${parsed.error.issues[0]?.message ?? 'malformed'}`;
  const r = parsed.data as OkResult | { status: string };
  if (r.status !== 'ok') return 'not a readable page';
  const ok = r as OkResult;
  if (ok.pageKind !== 'searchResults' && ok.pageKind !== 'listing') return 'not a buyer-side page';
  return ok;
}

async function barOf(
  db: StorewiseDB,
  result: BuyerResult,
  watched: boolean,
): Promise<MarketBarReply> {
  const t = translator(await sellerLanguage(db));
  const search = result.pageKind === 'searchResults';
  return {
    watched,
    labels: {
      bar: t('market.bar.label'),
      choose: t(search ? 'market.bar.track' : 'market.bar.watch'),
      chosen: t(search ? 'market.bar.tracking' : 'market.bar.watching'),
      stop: t('market.bar.stop'),
      hide: t('market.bar.hide'),
      ...(search ? {} : { pair: t('market.bar.pair') }),
    },
  };
}

const money = (m: Money) => `${m.currency} ${m.amount}`;

export function alertText(t: Translate, alert: MarketAlert, label: string, query?: string): string {
  switch (alert.kind) {
    case 'priceCut':
      return t('market.notify.priceCut', {
        title: label,
        pct: alert.pct,
        from: money(alert.from),
        to: money(alert.to),
      });
    case 'titleChange':
      return t('market.notify.titleChange', {
        title: label,
        added: alert.added,
        removed: alert.removed,
      });
    case 'rankDrop':
      return t('market.notify.rankDrop', {
        query: query ?? label,
        title: alert.drop.title,
        from: alert.drop.from,
        to: alert.drop.to,
      });
  }
}

async function noticesFor(db: StorewiseDB, visit: Visit): Promise<Notice[]> {
  if (!visit.stored || !visit.prev || !visit.next || !visit.watch) return [];
  const alerts = marketAlerts(visit.prev, visit.next, await getSettings(db));
  if (alerts.length === 0) return [];
  const t = translator(await sellerLanguage(db));
  const title = t('market.notify.title');
  return alerts.map((a, i) => ({
    id: `${MARKET_NOTIFICATION_PREFIX}${visit.watch?.id ?? ''}:${a.kind}:${visit.next?.at ?? ''}:${i}`,
    title,
    message: alertText(
      t,
      a,
      visit.prev?.listing?.title ?? visit.watch?.label ?? '',
      visit.watch?.query,
    ),
  }));
}

export const MARKET_NOTIFICATION_PREFIX = 'storewise-market:';

async function guarded(
  db: StorewiseDB,
  now: Date,
  write: () => Promise<Visit>,
): Promise<Visit | { error: string }> {
  try {
    const retentionDays = await getSetting(db, 'retentionDays');
    // Storage full: old raw console snapshots and old market visits make room first.
    const { value } = await withQuotaRecovery(
      db,
      async () => {
        try {
          return await write();
        } catch (e) {
          await pruneMarketSnapshots(db, retentionDays, now).catch(() => 0);
          throw e;
        }
      },
      { retentionDays, now },
    );
    return value;
  } catch (e) {
    if (e instanceof StorageFullError) return { error: e.message };
    return {
      error: `could not store the market visit: ${e instanceof Error ? e.message : String(e)}`,
    };
  }
}

export async function handleMarketPageSeen(
  db: StorewiseDB,
  payload: unknown,
  sender: SenderInfo,
  ownId: string,
  notify: (n: Notice) => Promise<void>,
  now: Date = new Date(),
): Promise<MarketBarResponse> {
  if (sender.id !== ownId)
    return { ok: false, error: 'rejected: message from outside this extension' };
  const result = asBuyer(payload);
  if (typeof result === 'string') return { ok: false, error: result };
  if (!watchIdOf(result)) return { ok: false, error: 'the page names no listing or search words' };
  const visit = await guarded(db, now, () => recordVisit(db, result, now));
  if ('error' in visit) return { ok: false, error: visit.error };
  for (const n of await noticesFor(db, visit)) await notify(n);
  return { ok: true, bar: await barOf(db, result, visit.watch !== undefined) };
}

export async function handleMarketChoose(
  db: StorewiseDB,
  payload: unknown,
  sender: SenderInfo,
  ownId: string,
  now: Date = new Date(),
): Promise<MarketBarResponse> {
  if (sender.id !== ownId)
    return { ok: false, error: 'rejected: message from outside this extension' };
  const parsed = chooseSchema.safeParse(payload);
  if (!parsed.success) return { ok: false, error: 'invalid request' };
  const result = asBuyer(parsed.data.result);
  if (typeof result === 'string') return { ok: false, error: result };
  const id = watchIdOf(result);
  if (!id) return { ok: false, error: 'the page names no listing or search words' };
  if (!parsed.data.watch) {
    await stopWatching(db, id);
    return { ok: true, bar: await barOf(db, result, false) };
  }
  const visit = await guarded(db, now, () => startWatching(db, result, now));
  if ('error' in visit) return { ok: false, error: visit.error };
  return { ok: true, bar: await barOf(db, result, await isWatched(db, result)) };
}
