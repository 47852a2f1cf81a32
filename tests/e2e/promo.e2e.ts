import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { e2eTest, Extension } from './fixture';
import { SCREENSHOTS_DIR, serviceWorker, type Launched } from './harness';

// Promo area in Chromium: a time-shifted app clock (the clockOffsetMs support
// setting, utils/settings/clock.ts) puts the browser on 5 Nov 2026 12:00Z, when
// AliExpress 11.11 is in its warm-up; the Promo tab shows it, the reminders
// are scheduled as chrome.alarms, a fired alarm raises a notification, the
// console page shows the sale toast once, and a ticked checklist item survives
// closing and relaunching the browser with the same profile.

const LIST = 'gsp.aliexpress.com/m_apps/productManage/list-manage';
const SHOTS = SCREENSHOTS_DIR;
const APP_NOW = Date.parse('2026-11-05T12:00:00Z');
const BURST_ALARM = 'storewise-promo:aliexpress-1111:2026:phase:burst';
const ITEM = 'ae1111.warmup.visual.event-pages';
/** Ticked in the popup, then unticked in the side panel: each page sees the other's write. */
const POPUP_ITEM = 'ae1111.warmup.operations.shift-budget';
const POLL = { timeout: 30_000, interval: 250 };

/** Number of stores, read from the extension's IndexedDB in its service worker (same origin as the pages). */
function storeCount(worker: Worker): Promise<number> {
  return worker.evaluate(
    () =>
      new Promise<number>((ok, fail) => {
        const open = indexedDB.open('storewise');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const r = db.transaction('stores').objectStore('stores').count();
          r.onsuccess = () => {
            db.close();
            ok(r.result);
          };
          r.onerror = () => fail(r.error);
        };
      }),
  );
}

/** Writes the support clock offset row, as a support session would. */
function putClockOffset(worker: Worker, value: number): Promise<void> {
  return worker.evaluate(
    (value) =>
      new Promise<void>((ok, fail) => {
        const open = indexedDB.open('storewise');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'clockOffsetMs', value });
          tx.oncomplete = () => {
            db.close();
            ok();
          };
          tx.onerror = () => fail(tx.error);
        };
      }),
    value,
  );
}

async function openPromoTab(launched: Launched, lang: string): Promise<Page> {
  const panel = (await new Extension(launched).sidePanel(lang)).page;
  await panel.setViewportSize({ width: 420, height: 900 });
  await panel.getByRole('tab').nth(2).click();
  return panel;
}

// One profile, launched three times (launch): the restarts are what the test is about.
const test = e2eTest({ routes: { [LIST]: { file: 'aliexpress/productList/list-zh.html' } } });

describe('promo reminders, checklist and toast in Chromium', () => {
  let userDataDir: string;

  beforeAll(async () => {
    userDataDir = await mkdtemp(join(tmpdir(), 'storewise-promo-'));
  });
  afterAll(async () => {
    await rm(userDataDir, { recursive: true, force: true });
  });

  test('shows the warm-up for an injected clock, schedules and raises the reminder, and keeps a tick across a restart', async ({
    launch,
    server,
  }) => {
    // 1. A store exists once a product list is read; then the clock is shifted.
    let browser = await launch({ userDataDir });
    let worker = await serviceWorker(browser.context);
    const page = await browser.context.newPage();
    await page.goto(
      server.url('gsp.aliexpress.com', '/m_apps/productManage/list-manage?channelId=2001234'),
    );
    await expect.poll(() => storeCount(worker), POLL).toBe(1);
    await putClockOffset(worker, APP_NOW - Date.now());
    await browser.close();

    // 2. On the next start the background reads the offset and plans the reminders.
    browser = await launch({ userDataDir });
    worker = await serviceWorker(browser.context);
    const burstAlarm = () =>
      worker.evaluate(async (name) => (await chrome.alarms.get(name)) ?? null, BURST_ALARM);
    await expect.poll(burstAlarm, POLL).not.toBeNull();
    const alarm = await burstAlarm();
    // Burst starts 11 Nov 00:00 Pacific = 08:00Z, 5 d 20 h after the app's now, in real time.
    const expected = Date.now() + (Date.parse('2026-11-11T08:00:00Z') - APP_NOW);
    expect(Math.abs((alarm?.scheduledTime ?? 0) - expected)).toBeLessThan(5 * 60_000);
    const names = await worker.evaluate(async () =>
      (await chrome.alarms.getAll()).map((a) => a.name),
    );
    expect(names).not.toContain('storewise-promo:aliexpress-1111:2026:phase:warmup');
    expect(names).toContain('storewise-promo:aliexpress-black-friday:2026:phase:momentum');

    // The Promo tab: AliExpress 11.11 in its warm-up, counting down to the burst.
    const panel = await openPromoTab(browser, 'en');
    const card = panel.getByTestId('promo-campaign-aliexpress-1111:2026');
    await expect.poll(() => card.textContent(), POLL).toContain('Now: Warm-up');
    expect(await card.textContent()).toMatch(/Burst \(official\) starts in 5 d (19|20) h/);
    await expect
      .poll(() => panel.getByTestId('promo-progress').textContent(), POLL)
      .toBe('0 of 12 done');
    // The box is controlled by the stored row: it flips once IndexedDB confirms, so click and poll.
    await panel.getByTestId(`promo-item-${ITEM}`).locator('input').click();
    await expect
      .poll(() => panel.getByTestId('promo-progress').textContent(), POLL)
      .toBe('1 of 12 done');
    await panel.screenshot({ path: join(SHOTS, 'sidepanel-promo-en.png'), fullPage: true });

    const zh = await openPromoTab(browser, 'zh-CN');
    await expect
      .poll(() => zh.getByTestId('promo-campaign-aliexpress-1111:2026').textContent(), POLL)
      .toContain('当前：预热期');
    await expect
      .poll(() => zh.getByTestId('promo-progress').textContent(), POLL)
      .toBe('已完成 1/12');
    await zh.screenshot({ path: join(SHOTS, 'sidepanel-promo-zh.png'), fullPage: true });

    // The toolbar popup: the same phase's checklist with the tick.
    const popup = (await new Extension(browser).popup('en')).page;
    await popup.setViewportSize({ width: 360, height: 900 });
    await expect
      .poll(() => popup.getByTestId('popup-phase').textContent(), POLL)
      .toBe('AliExpress 11.11 · Warm-up');
    await expect
      .poll(() => popup.getByTestId('promo-progress').textContent(), POLL)
      .toBe('1 of 12 done');
    await popup.screenshot({ path: join(SHOTS, 'popup-en.png'), fullPage: true });

    // A tick in the popup (stored by the background) shows in the open Promo tab…
    await popup.getByTestId(`promo-item-${POPUP_ITEM}`).locator('input').click();
    await expect
      .poll(() => panel.getByTestId('promo-progress').textContent(), POLL)
      .toBe('2 of 12 done');
    expect(await panel.getByTestId(`promo-item-${POPUP_ITEM}`).locator('input').isChecked()).toBe(
      true,
    );
    // …and unticking it in the Promo tab shows in the open popup.
    await panel.getByTestId(`promo-item-${POPUP_ITEM}`).locator('input').click();
    await expect
      .poll(() => popup.getByTestId('promo-progress').textContent(), POLL)
      .toBe('1 of 12 done');
    expect(await popup.getByTestId(`promo-item-${POPUP_ITEM}`).locator('input').isChecked()).toBe(
      false,
    );
    expect(await popup.getByTestId(`promo-item-${ITEM}`).locator('input').isChecked()).toBe(true);

    // The console page shows the sale toast once a day for this boundary.
    const consolePage = await browser.context.newPage();
    await consolePage.goto(
      server.url('gsp.aliexpress.com', '/m_apps/productManage/list-manage?channelId=2001234'),
    );
    const toast = consolePage.getByTestId('sale-toast');
    await expect
      .poll(() => toast.textContent().catch(() => ''), POLL)
      .toMatch(/^AliExpress 11\.11 Warm-up is on, 6 days left — 1 of 12 checklist items done/);
    expect(await consolePage.locator('[data-storewise="storewise-sale-toast"]').count()).toBe(1);
    await consolePage.getByTestId('sale-toast-dismiss').click();
    expect(await consolePage.locator('[data-storewise="storewise-sale-toast"]').count()).toBe(0);
    await consolePage.reload();
    await expect.poll(() => storeCount(worker), POLL).toBe(1);
    expect(await consolePage.getByTestId('sale-toast').count()).toBe(0);

    // Firing the burst alarm now raises the reminder notification.
    await worker.evaluate(
      (name) => chrome.alarms.create(name, { when: Date.now() + 500 }),
      BURST_ALARM,
    );
    await expect
      .poll(
        () => worker.evaluate(async () => Object.keys(await chrome.notifications.getAll())),
        POLL,
      )
      .toContain(`storewise-promo-notification:${BURST_ALARM}`);
    await browser.close();

    // 3. Relaunch with the same profile: the tick is still there.
    browser = await launch({ userDataDir });
    const again = await openPromoTab(browser, 'en');
    await expect
      .poll(() => again.getByTestId('promo-progress').textContent(), POLL)
      .toBe('1 of 12 done');
    expect(await again.getByTestId(`promo-item-${ITEM}`).locator('input').isChecked()).toBe(true);
  });
});
