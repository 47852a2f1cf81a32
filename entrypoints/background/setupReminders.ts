import { liveQuery } from 'dexie';
import { getDb, type StorewiseDB } from '../../utils/db/db';
import { CLOCK_OFFSET_KEY, now, setClockOffset, toRealTime } from '../../utils/settings/clock';
import { getSetting, listSettings } from '../../utils/settings/settings';
import { getTemplate, resolveCampaign } from '../../utils/engines/promo/campaign';
import { daysBetween, localDateOf } from '../../utils/engines/promo/time';
import { phaseAt } from '../../utils/engines/promo/phase';
import { translator } from '../../utils/i18n/messages';
import { loadOverrides, type OverrideMap } from '../../utils/db/promo/overrides';
import {
  alarmPlan,
  parseAlarmName,
  PROMO_ALARM_PREFIX,
  type PlannedAlarm,
} from '../../utils/engines/promo/reminderPlan';
import { parseCampaignKey } from '../../utils/engines/promo/selection';
import { latestStoreOf, phaseTally, sellerLanguage } from '../../utils/db/promo/context';
import { deadlineNotificationText, phaseNotificationText } from '../../utils/engines/promo/texts';
import { NOTIFICATION_ICON } from './notificationIcon';

// Big-sale reminders: one
// chrome.alarms alarm per phase start and per registration deadline (lead
// time from the reminderLeadDays setting), for the marketplaces the seller
// has stores on. The plan is recreated when the browser starts, when the
// extension is installed or updated, and whenever the stores, the seller's
// campaign dates, the lead time or the support clock offset change (Dexie's
// liveQuery sees writes from the side panel and options page too).

export const PROMO_NOTIFICATION_PREFIX = 'storewise-promo-notification:';

/**
 * What the reminder plan depends on, as one comparable string: the
 * marketplaces the seller has stores on, their campaign date edits, the lead
 * time and the clock offset. Not the stores' read times.
 */
export async function reminderInputs(db: StorewiseDB): Promise<string> {
  const [stores, rows, lead, offset] = await Promise.all([
    db.stores.toArray(),
    listSettings(db, 'promoOverride'),
    getSetting(db, 'reminderLeadDays'),
    getSetting(db, CLOCK_OFFSET_KEY),
  ]);
  const sites = [...new Set(stores.map((s) => s.site))].sort();
  return JSON.stringify([sites, rows, lead, offset]);
}

/** Replaces the promo alarms with the plan for the app clock's now; returns the plan. */
export async function rescheduleReminders(db: StorewiseDB = getDb()): Promise<PlannedAlarm[]> {
  const [stores, overrides, leadDays, offset] = await Promise.all([
    db.stores.toArray(),
    loadOverrides(db),
    getSetting(db, 'reminderLeadDays'),
    getSetting(db, CLOCK_OFFSET_KEY),
  ]);
  setClockOffset(offset);
  const plan = alarmPlan(
    stores.map((s) => s.site),
    now(),
    overrides,
    leadDays,
  );
  const wanted = new Set(plan.map((p) => p.name));
  const existing = await browser.alarms.getAll();
  await Promise.all(
    existing
      .filter((a) => a.name.startsWith(PROMO_ALARM_PREFIX) && !wanted.has(a.name))
      .map((a) => browser.alarms.clear(a.name)),
  );
  // create() replaces an alarm of the same name, so edited dates move it; an
  // alarm already set for the same moment is left alone.
  const setFor = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  await Promise.all(
    plan
      .filter((p) => setFor.get(p.name) !== toRealTime(p.at))
      .map((p) => browser.alarms.create(p.name, { when: toRealTime(p.at) })),
  );
  return plan;
}

/** The notification for a fired promo alarm, or undefined when it no longer applies. */
export async function reminderNotification(
  db: StorewiseDB,
  alarmName: string,
  instant: Date,
  overrides?: OverrideMap,
): Promise<{ title: string; message: string } | undefined> {
  const parsed = parseAlarmName(alarmName);
  const key = parsed && parseCampaignKey(parsed.campaignKey);
  const template = key && getTemplate(key.id);
  if (!parsed || !key || !template) return undefined;
  const map = overrides ?? (await loadOverrides(db));
  const campaign = resolveCampaign(template, key.year, map[key.id]?.[key.year]);
  const store = latestStoreOf(await db.stores.toArray(), campaign.platform);
  const lang = await sellerLanguage(db);
  const t = translator(lang);
  const title = t('promo.notify.title');
  if (parsed.kind === 'phase') {
    const phase = campaign.phases.find((p) => p.id === parsed.ref);
    if (!phase) return undefined;
    const tally = await phaseTally(db, store?.id, campaign, phase.id);
    return { title, message: phaseNotificationText(t, lang, campaign, phase.id, tally) };
  }
  const deadline = campaign.deadlines.find((d) => d.id === parsed.ref);
  if (!deadline) return undefined;
  // Count the checklist of the phase the seller is in now (registration happens in momentum).
  const current = phaseAt(campaign, instant).phase ?? campaign.phases[0]?.id;
  const tally = current
    ? await phaseTally(db, store?.id, campaign, current)
    : { done: 0, total: 0 };
  const days = Math.max(0, daysBetween(localDateOf(instant, campaign.timeZone), deadline.date));
  return {
    title,
    message: deadlineNotificationText(t, lang, campaign, deadline, days, tally),
  };
}

/** Opens the checklist popup; where a browser cannot open it unasked, the popup page in a tab. */
export async function openChecklistPopup(): Promise<void> {
  const action = (globalThis as { chrome?: typeof chrome }).chrome?.action;
  if (action?.openPopup) {
    try {
      await action.openPopup();
      return;
    } catch {
      // No focused window, or the browser refuses without a user gesture: fall back.
    }
  }
  await browser.tabs.create({ url: browser.runtime.getURL('/popup.html') });
}

export function setupReminders(): void {
  const db = getDb();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    // Several rows change at once on an import; plan once after they settle.
    clearTimeout(timer);
    timer = setTimeout(() => {
      rescheduleReminders(db).catch((e: unknown) => console.warn('promo reminders', e));
    }, 250);
  };

  browser.runtime.onStartup.addListener(schedule);
  browser.runtime.onInstalled.addListener(schedule);
  // Fires once when the worker starts, then when the inputs change. Every page
  // read rewrites its store row (lastSeenAt), which re-runs the query; the plan
  // is made again only when what it depends on is different.
  let last: string | undefined;
  liveQuery(() => reminderInputs(db)).subscribe({
    next: (inputs) => {
      if (inputs === last) return;
      last = inputs;
      schedule();
    },
    error: (e: unknown) => console.warn('promo reminders watch', e),
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (!alarm.name.startsWith(PROMO_ALARM_PREFIX)) return;
    void (async () => {
      const content = await reminderNotification(db, alarm.name, now());
      if (!content) return;
      await browser.notifications.create(PROMO_NOTIFICATION_PREFIX + alarm.name, {
        type: 'basic',
        iconUrl: NOTIFICATION_ICON,
        title: content.title,
        message: content.message,
        priority: 1,
      });
    })().catch((e: unknown) => console.warn('promo notification', e));
  });

  browser.notifications.onClicked.addListener((id) => {
    if (!id.startsWith(PROMO_NOTIFICATION_PREFIX)) return;
    void browser.notifications.clear(id);
    openChecklistPopup().catch((e: unknown) => console.warn('open checklist popup', e));
  });
}
