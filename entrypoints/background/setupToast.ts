import { z } from 'zod';
import { getDb, type StorewiseDB } from '../../utils/db/db';
import { loadClockOffset, now } from '../../utils/settings/clock';
import { onMessage, type PromoToastReply } from '../../utils/protocol';
import { siteSchema } from '../../utils/types';
import { getSetting, putSetting, settingsTransaction } from '../../utils/settings/settings';
import { translator } from '../../utils/i18n/messages';
import { loadOverrides } from '../../utils/db/promo/overrides';
import { promoTimeline } from '../../utils/engines/promo/selection';
import {
  alreadyShown,
  recordShown,
  toastCandidate,
  TOAST_STATE_KEY,
} from '../../utils/engines/promo/toastRule';
import { latestStoreOf, phaseTally, sellerLanguage } from '../../utils/db/promo/context';
import { toastText } from '../../utils/engines/promo/texts';
import type { SenderInfo } from './ingestHandler';

// Answers a console page's "is a big-sale toast due?" The background decides,
// because only it can read the extension's IndexedDB, and records the showing
// in the same transaction as the check, so two console tabs opening together
// still show a boundary's toast once a day.

const requestSchema = z.object({ site: siteSchema });

export async function handlePromoToast(
  db: StorewiseDB,
  payload: unknown,
  sender: SenderInfo,
  ownId: string,
  instant: Date,
): Promise<PromoToastReply> {
  if (sender.id !== ownId || !sender.tab) return null;
  const parsed = requestSchema.safeParse(payload);
  if (!parsed.success) return null;
  const { site } = parsed.data;
  const [overrides, leadDays, stores, lang] = await Promise.all([
    loadOverrides(db),
    getSetting(db, 'reminderLeadDays'),
    db.stores.toArray(),
    sellerLanguage(db),
  ]);
  const candidate = toastCandidate(promoTimeline(site, instant, overrides, 2), instant, leadDays);
  if (!candidate) return null;
  const fresh = await settingsTransaction(db, async () => {
    const state = await getSetting(db, TOAST_STATE_KEY);
    if (alreadyShown(state, candidate)) return false;
    await putSetting(db, TOAST_STATE_KEY, recordShown(state, candidate));
    return true;
  });
  if (!fresh) return null;
  const store = latestStoreOf(stores, site);
  const tally = await phaseTally(db, store?.id, candidate.entry.campaign, candidate.checklistPhase);
  const t = translator(lang);
  return {
    text: toastText(t, lang, candidate, tally),
    dismissLabel: t('promo.toast.dismiss'),
    label: t('promo.toast.label'),
  };
}

export function setupToast(): void {
  onMessage('getPromoToast', async ({ data, sender }) => {
    const db = getDb();
    // The worker may have just woken: read the support clock offset first.
    await loadClockOffset(db);
    return handlePromoToast(
      db,
      data,
      { id: sender.id, url: sender.url, tab: sender.tab },
      browser.runtime.id,
      now(),
    );
  });
}
