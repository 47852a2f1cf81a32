import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  EXTENSION_DIR,
  FIXTURES_DIR,
  extensionId,
  launchWithExtension,
  openExtensionPage,
  SCREENSHOTS_DIR,
  serviceWorker,
  startFixtureServer,
  type FixtureServer,
  type Launched,
} from './harness';

// Market watch after the grant, in real Chromium, on buyer-side host names
// mapped to the fixture server (in this test only). Headless Chromium cannot
// answer the runtime permission prompt, so this test loads a copy of the built
// extension whose buyer-side hosts are granted at install (moved from
// optional_host_permissions to host_permissions in the copy's manifest); every
// step after the grant is the shipped code: the service worker registers the
// buyer-page scripts, the bar, tracking and watching, a second visit, the
// Market tab, the price-cut alert, and withdrawing the site access (as the
// seller would in the browser's extension settings) unregisters them.

const BUYER_HOSTS = ['www.aliexpress.com'];
const ITEM = '/item/1005007000000001.html';
const SEARCH = '/w/wholesale-summer-dress.html';

let server: FixtureServer;
let launched: Launched;
let extDir: string;
let itemHtml: string;
let worker: Worker;

beforeAll(async () => {
  extDir = await mkdtemp(join(tmpdir(), 'storewise-granted-'));
  await cp(EXTENSION_DIR, extDir, { recursive: true });
  const manifestPath = join(extDir, 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestPath, 'utf8')) as {
    host_permissions: string[];
    optional_host_permissions?: string[];
  };
  manifest.host_permissions.push(...(manifest.optional_host_permissions ?? []));
  delete manifest.optional_host_permissions;
  await writeFile(manifestPath, JSON.stringify(manifest));

  itemHtml = await readFile(join(FIXTURES_DIR, 'aliexpress/listing/item-jsonld.html'), 'utf8');
  server = await startFixtureServer({
    [`www.aliexpress.com${SEARCH}`]: { file: 'aliexpress/searchResults/search-rendered.html' },
    [`www.aliexpress.com${ITEM}`]: {
      handler: (_req, res) => {
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(itemHtml);
      },
    },
  });
  launched = await launchWithExtension({ extraHosts: BUYER_HOSTS, extensionDir: extDir });
  worker = await serviceWorker(launched.context);
}, 90_000);

afterAll(async () => {
  await launched?.close();
  await server?.close();
  if (extDir) await rm(extDir, { recursive: true, force: true });
});

const registered = () =>
  worker.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id).sort(),
  );

async function visit(path: string): Promise<Page> {
  const page = await launched.context.newPage();
  await page.goto(server.url('www.aliexpress.com', path));
  return page;
}

describe('market watch with the buyer-side pages granted', () => {
  it('registers the buyer-page scripts for the granted marketplaces', async () => {
    await expect
      .poll(registered, { timeout: 15_000 })
      .toEqual([
        'storewise-market-alibaba',
        'storewise-market-alibaba-capture',
        'storewise-market-aliexpress',
        'storewise-market-aliexpress-capture',
        'storewise-market-taobao',
        'storewise-market-taobao-capture',
      ]);
  });

  it('tracks a search and watches a listing from the in-page bar', async () => {
    const search = await visit(SEARCH);
    await search.getByTestId('market-choose').click({ timeout: 15_000 });
    await expect
      .poll(() => search.getByTestId('market-bar-status').textContent())
      .toContain('tracking this search');
    await search.close();

    const options = await openExtensionPage(launched.context, 'options.html');
    // A controlled checkbox: it shows the stored value once the write lands, so click and wait.
    await options.getByTestId('marketAlertPriceCut').click();
    await expect.poll(() => options.getByTestId('marketAlertPriceCut').isChecked()).toBe(true);
    await options.close();

    const item = await visit(ITEM);
    await item.getByTestId('market-choose').click({ timeout: 15_000 });
    await expect
      .poll(() => item.getByTestId('market-bar-status').textContent())
      .toContain('watching this listing');
    await item.close();
  }, 60_000);

  it('a second visit with a changed price and title raises the price-cut alert and shows in the Market tab', async () => {
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __marketNotes: string[] };
      g.__marketNotes = [];
      const create = chrome.notifications.create.bind(chrome.notifications);
      (chrome.notifications as { create: unknown }).create = (
        id: string,
        options: chrome.notifications.NotificationCreateOptions,
      ) => {
        g.__marketNotes.push(options.message ?? '');
        return create(id, options);
      };
    });
    itemHtml = itemHtml
      .replaceAll('Floral Print Beach Sundress', 'Floral Print Boho Sundress 2026')
      .replace('"lowPrice":"12.99"', '"lowPrice":"10.99"');
    const item = await visit(ITEM);
    await expect
      .poll(
        () =>
          worker.evaluate(
            () => (globalThis as unknown as { __marketNotes: string[] }).__marketNotes,
          ),
        { timeout: 15_000 },
      )
      .toEqual([
        'Women Summer Dress Floral Print Beach Sundress: price cut 15.4% (USD 12.99 → USD 10.99)',
      ]);
    await item.close();

    const panel = await openExtensionPage(launched.context, 'sidepanel.html');
    await panel.getByRole('tab', { name: 'Market' }).click();
    const card = panel.getByTestId('market-listing-1005007000000001');
    await expect
      .poll(() => card.getByTestId('market-price-change').textContent())
      .toContain('−15.4%');
    expect(await card.getByTestId('market-title-added').textContent()).toBe(
      'Title words added: Boho 2026',
    );
    expect(await card.getByTestId('market-title-removed').textContent()).toBe(
      'Title words removed: Beach',
    );
    expect(await panel.getByTestId('market-search-summer dress').count()).toBe(1);
    // The README's pictures of the Market tab, in both languages.
    await panel.setViewportSize({ width: 420, height: 900 });
    await panel.screenshot({
      path: join(SCREENSHOTS_DIR, 'sidepanel-market-en.png'),
      fullPage: true,
    });
    await panel.close();
    const zh = await openExtensionPage(launched.context, 'sidepanel.html', '?lang=zh-CN');
    await zh.setViewportSize({ width: 420, height: 900 });
    await zh.getByRole('tab', { name: '竞品' }).click();
    await expect
      .poll(() =>
        zh
          .getByTestId('market-listing-1005007000000001')
          .getByTestId('market-price-change')
          .textContent(),
      )
      .toContain('−15.4%');
    await zh.screenshot({ path: join(SCREENSHOTS_DIR, 'sidepanel-market-zh.png'), fullPage: true });
    await zh.close();
  }, 60_000);

  it('withdrawing the site access unregisters the scripts and stops all reading', async () => {
    const id = await extensionId(launched.context);
    const settings = await launched.context.newPage();
    await settings.goto('chrome://extensions');
    await settings.evaluate(async (extId) => {
      const dp = (
        chrome as unknown as {
          developerPrivate: { updateExtensionConfiguration(u: object): Promise<void> };
        }
      ).developerPrivate;
      await dp.updateExtensionConfiguration({ extensionId: extId, hostAccess: 'ON_CLICK' });
    }, id);
    await settings.close();
    await expect.poll(registered, { timeout: 15_000 }).toEqual([]);

    itemHtml = itemHtml.replace('"lowPrice":"10.99"', '"lowPrice":"9.99"');
    const item = await visit(ITEM);
    await item.waitForTimeout(2_000);
    expect(await item.locator('storewise-market-bar').count()).toBe(0);
    await item.close();
    const panel = await openExtensionPage(launched.context, 'sidepanel.html');
    const prices = await panel.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const open = indexedDB.open('storewise');
          open.onsuccess = () => {
            const req = open.result
              .transaction('marketSnapshots')
              .objectStore('marketSnapshots')
              .getAll();
            req.onsuccess = () =>
              resolve(
                (req.result as { listing?: { price?: { amount: number } } }[])
                  .map((s) => s.listing?.price?.amount)
                  .filter((n): n is number => n !== undefined),
              );
          };
        }),
    );
    expect(prices).toEqual([12.99, 10.99]);
    await panel.close();
    // The page host saw only the page loads the test made (and the browser's own favicon
    // fetch): the extension requested nothing of its own.
    const paths = new Set(server.requests.map((r) => r.path).filter((p) => p !== '/favicon.ico'));
    expect(paths).toEqual(new Set([SEARCH, ITEM]));
  }, 60_000);
});
