import type { CDPSession, Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { e2eTest } from './fixture';
import { openExtensionPage, serviceWorker } from './harness';

// Reliability: a service worker stopped in the middle of an ingestion
// leaves the whole snapshot or none of it, and the next visit ingests normally;
// two console tabs capturing at once lose nothing.

const PATH = '/m_apps/productManage/list-manage';
const BIG = 'aliexpress/productList/list-1000-en.html'; // 1,000 products
const SMALL = 'aliexpress/productList/list-zh.html'; // 3 other products
const STORE = 'aliexpress:2001234';

interface DbState {
  snapshots: { storeKey: string; rowCount: number; productIds: string[] }[];
  productIds: string[];
  dailyIds: string[];
  readLog: { status: string; rowCount?: number }[];
}

/** Reads the extension's database the way the side panel does: from an extension page. */
function dbState(panel: Page): Promise<DbState> {
  return panel.evaluate(async (store) => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('storewise');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const all = <T>(table: string) =>
      new Promise<T[]>((ok, fail) => {
        const req = db.transaction(table).objectStore(table).getAll();
        req.onsuccess = () => ok(req.result as T[]);
        req.onerror = () => fail(req.error);
      });
    type Snapshot = {
      storeKey: string;
      rowCount: number;
      result: { rows: { productId: string }[] };
    };
    type Keyed = { storeKey: string; productId: string };
    const snapshots = await all<Snapshot>('snapshots');
    const products = await all<Keyed>('products');
    const daily = await all<Keyed>('productDaily');
    const settings = await all<{ key: string; value: unknown }>('settings');
    db.close();
    const log = settings.find((s) => s.key === 'readLog')?.value;
    return {
      snapshots: snapshots.map((s) => ({
        storeKey: s.storeKey,
        rowCount: s.rowCount,
        productIds: s.result.rows.map((r) => r.productId).sort(),
      })),
      productIds: products
        .filter((p) => p.storeKey === store)
        .map((p) => p.productId)
        .sort(),
      dailyIds: daily
        .filter((p) => p.storeKey === store)
        .map((p) => p.productId)
        .sort(),
      readLog: Array.isArray(log) ? (log as DbState['readLog']) : [],
    };
  }, STORE);
}

/** Every product of every stored snapshot is there, and nothing else: no half-ingested snapshot. */
function expectConsistent(state: DbState): void {
  const fromSnapshots = [...new Set(state.snapshots.flatMap((s) => s.productIds))].sort();
  expect(state.productIds).toEqual(fromSnapshots);
  expect(state.dailyIds).toEqual(fromSnapshots);
  for (const s of state.snapshots) expect(s.productIds).toHaveLength(s.rowCount);
}

// Each test starts its own browser (launch), so one's killed worker cannot touch the other.
const test = e2eTest({
  routes: {
    [`gsp.aliexpress.com${PATH}`]: { file: BIG },
    [`csp.aliexpress.com${PATH}`]: { file: SMALL },
  },
});

describe('ingestion reliability in Chromium', () => {
  test('a service worker stopped mid-ingestion leaves the whole snapshot or none; the next visit ingests', async ({
    launch,
    server,
  }) => {
    const browser = await launch();
    await serviceWorker(browser.context);
    const panel = await openExtensionPage(browser.context, 'sidepanel.html', '?lang=en');
    // The extension page shares the worker's storage partition, so its
    // ServiceWorker domain reaches the extension's worker.
    const cdp: CDPSession = await browser.context.newCDPSession(panel);
    // Playwright does not report a stopped extension worker; the DevTools
    // protocol does, as running-status transitions.
    const transitions: string[] = [];
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions)
        if (v.scriptURL.startsWith('chrome-extension://')) transitions.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');

    const consolePage = await browser.context.newPage();
    await consolePage.goto(server.url('gsp.aliexpress.com', `${PATH}?channelId=2001234`));
    // Keep killing the worker while the content script reads the 1,000 rows and
    // hands them over: each stop lands before, during or after an ingestion
    // transaction, and none of those may leave part of a snapshot behind.
    let stops = 0;
    const until = Date.now() + 4_000;
    while (Date.now() < until) {
      await cdp.send('ServiceWorker.stopAllWorkers');
      stops += 1;
      await new Promise((r) => setTimeout(r, 25));
    }
    expect(stops).toBeGreaterThan(10);
    // The stops really terminated the extension's worker.
    expect(transitions).toContain('stopped');

    const afterKill = await dbState(panel);
    expectConsistent(afterKill);
    expect(afterKill.snapshots.length).toBeLessThanOrEqual(1);
    if (afterKill.snapshots.length === 1) expect(afterKill.productIds).toHaveLength(1000);
    else expect(afterKill.productIds).toHaveLength(0);
    console.info(
      `worker stopped ${transitions.filter((t) => t === 'stopped').length} times while the page was read; ${afterKill.snapshots.length ? 'the whole snapshot' : 'no snapshot'} was stored`,
    );

    // The next visit ingests normally (the worker wakes up for the message).
    await consolePage.reload();
    await expect
      .poll(async () => (await dbState(panel)).productIds.length, { timeout: 30_000 })
      .toBe(1000);
    const afterReload = await dbState(panel);
    expectConsistent(afterReload);
    expect(afterReload.snapshots).toHaveLength(1);
    expect(afterReload.snapshots[0]).toMatchObject({ storeKey: STORE, rowCount: 1000 });
    // And the side panel shows it.
    await panel.reload();
    await expect
      .poll(() => panel.getByTestId('product-count').textContent(), { timeout: 15_000 })
      .toContain('1000 products');
  });

  test('two console tabs of the same store capturing at once lose nothing', async ({
    launch,
    server,
  }) => {
    const browser = await launch();
    await serviceWorker(browser.context);
    const [big, small] = await Promise.all([browser.context.newPage(), browser.context.newPage()]);
    await Promise.all([
      big.goto(server.url('gsp.aliexpress.com', `${PATH}?channelId=2001234`)),
      small.goto(server.url('csp.aliexpress.com', `${PATH}?channelId=2001234`)),
    ]);
    const panel = await openExtensionPage(browser.context, 'sidepanel.html', '?lang=en');
    await expect
      .poll(async () => (await dbState(panel)).snapshots.length, { timeout: 30_000 })
      .toBe(2);
    const state = await dbState(panel);
    expectConsistent(state);
    expect(state.productIds).toHaveLength(1003);
    expect(state.snapshots.map((s) => s.rowCount).sort((a, b) => a - b)).toEqual([3, 1000]);
    expect(
      state.readLog
        .filter((e) => e.status === 'ok')
        .map((e) => e.rowCount)
        .sort(),
    ).toEqual([1000, 3]);
    expect(state.readLog.some((e) => e.status === 'invalid')).toBe(false);
    await expect
      .poll(() => panel.getByTestId('product-count').textContent(), { timeout: 15_000 })
      .toContain('1003 products');
  });
});
