import { mkdir, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import {
  FIXTURES_DIR,
  ROOT,
  launchWithExtension,
  openExtensionPage,
  startFixtureServer,
} from '../../tests/e2e/harness';
import { LANGUAGES } from '../../utils/i18n/messages';
import { PANEL_TABS } from '../../utils/state/uiSlice';
import { demoRoutes, discoverDemoPages, indexPage } from './consoles';

// The demo: the built extension in Chromium on a bundled seller
// console (saved pages on the real console host names, via the e2e harness).
// With a display the browser stays open for you; either way it visits every
// demo console page and saves screenshots of the pages and of the side panel
// (each tab, English and Chinese) into demo-output/.

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo-output' },
    // Also write the 1280×800 store screenshots into this folder (npm run screenshots).
    store: { type: 'string' },
  },
});
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = values.headless || !hasDisplay;
const outDir = join(ROOT, values.out ?? 'demo-output');

const pages = discoverDemoPages(FIXTURES_DIR);
const server = await startFixtureServer({
  ...demoRoutes(pages),
  '127.0.0.1/': {
    handler: (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(indexPage(pages, (p) => server.url(p.host, p.path)));
    },
  },
});
const indexUrl = `http://127.0.0.1:${server.port}/`;
const browser = await launchWithExtension({ headless });

/** Waits (up to 15 s) for the read log to record a read of `url`; returns its status. */
async function waitForRead(panel: Page, url: string): Promise<string | undefined> {
  const until = Date.now() + 15_000;
  while (Date.now() < until) {
    const status = await panel.evaluate(async (href) => {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const req = indexedDB.open('storewise');
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
      const log = await new Promise<{ value?: unknown } | undefined>((ok, fail) => {
        const req = db.transaction('settings').objectStore('settings').get('readLog');
        req.onsuccess = () => ok(req.result as { value?: unknown } | undefined);
        req.onerror = () => fail(req.error);
      });
      db.close();
      const events = Array.isArray(log?.value)
        ? (log.value as { url: string; status: string; rowCount?: number }[])
        : [];
      const hit = events.find((e) => e.url === href);
      return hit
        ? `${hit.status}${hit.rowCount === undefined ? '' : `, ${hit.rowCount} rows`}`
        : null;
    }, url);
    if (status) return status;
    await new Promise((r) => setTimeout(r, 250));
  }
  return undefined;
}

/** The side panel opens on the store seen last; the screenshots show the one with the most products. */
async function storeWithMostProducts(panel: Page): Promise<string | undefined> {
  return panel.evaluate(async () => {
    const db = await new Promise<IDBDatabase>((ok, fail) => {
      const req = indexedDB.open('storewise');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const products = await new Promise<{ storeKey: string }[]>((ok, fail) => {
      const req = db.transaction('products').objectStore('products').getAll();
      req.onsuccess = () => ok(req.result as { storeKey: string }[]);
      req.onerror = () => fail(req.error);
    });
    db.close();
    const counts = new Map<string, number>();
    for (const p of products) counts.set(p.storeKey, (counts.get(p.storeKey) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  });
}

const saved: string[] = [];
async function shoot(page: Page, name: string, fullPage = false, dir = outDir): Promise<void> {
  const file = join(dir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  saved.push(file);
}

/** Best effort: opens the first title badge's popover, the overlay a seller sees on the product list. */
async function openTitleBadge(tab: Page): Promise<void> {
  const badge = tab.locator('[data-storewise="title-badge"] button').first();
  try {
    await badge.waitFor({ timeout: 15_000 });
    await badge.click();
    await tab.getByTestId('title-popover').waitFor({ timeout: 5_000 });
  } catch {
    console.log('demo: no title badge on the product list; the screenshot shows the page alone');
  }
}

/** The console page shown beside each side-panel tab in the store screenshots, best first. */
const STORE_SHOT_PAGES: Record<string, readonly string[]> = {
  tier: ['abilityModel', 'productRank', 'productList'],
  keywords: ['productList', 'productKeywords'],
  promo: ['campaigns', 'productList'],
};
const STORE_SHOT = { width: 1280, height: 800, panelWidth: 420 } as const;

/**
 * Store screenshots (1280×800, the Chrome Web Store's size): the demo console
 * page on the left, the side panel on the right, one per tab and language;
 * the stores take at most five per language.
 */
async function storeShots(panel: Page, tab: Page, storeKey: string, dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  const site = storeKey.split(':')[0];
  const consoleWidth = STORE_SHOT.width - STORE_SHOT.panelWidth;
  await panel.setViewportSize({ width: STORE_SHOT.panelWidth, height: STORE_SHOT.height });
  await tab.setViewportSize({ width: consoleWidth, height: STORE_SHOT.height });
  const canvas = await browser.context.newPage();
  await canvas.setViewportSize({ width: STORE_SHOT.width, height: STORE_SHOT.height });
  for (const lang of LANGUAGES) {
    await panel.goto(panel.url().replace(/\?.*$/, `?lang=${lang}`));
    await panel.locator('[role="tablist"]').waitFor();
    await panel.getByTestId('store-switcher').selectOption(storeKey);
    for (const [i, name] of PANEL_TABS.slice(0, 5).entries()) {
      const kinds = STORE_SHOT_PAGES[name] ?? ['productList'];
      const page =
        kinds.map((k) => pages.find((p) => p.site === site && p.pageKind === k)).find(Boolean) ??
        pages.find((p) => p.site === site);
      if (page) await tab.goto(server.url(page.host, page.path), { waitUntil: 'load' });
      if (page?.pageKind === 'productList') await openTitleBadge(tab);
      await panel.locator(`#tab-${name}`).click();
      await panel.locator(`#panel-${name}`).waitFor();
      await panel.getByTestId('status-line').waitFor();
      const left = (await tab.screenshot()).toString('base64');
      const right = (await panel.screenshot()).toString('base64');
      await canvas.setContent(
        `<body style="margin:0;display:flex;background:#fff">` +
          `<img src="data:image/png;base64,${left}" width="${consoleWidth}" height="${STORE_SHOT.height}">` +
          `<img src="data:image/png;base64,${right}" width="${STORE_SHOT.panelWidth}" height="${STORE_SHOT.height}" ` +
          `style="border-left:1px solid #d0d7de;box-sizing:border-box">` +
          `</body>`,
      );
      await shoot(canvas, `store-${lang}-${i + 1}-${name}`, false, dir);
    }
  }
  await canvas.close();
}

try {
  await rm(outDir, { recursive: true, force: true });
  await mkdir(outDir, { recursive: true });
  console.log(`demo: ${pages.length} console page(s), index at ${indexUrl}`);

  // The side panel page doubles as our window on the extension's database.
  const panel = await openExtensionPage(browser.context, 'sidepanel.html', '?lang=en');
  // A side panel's shape: narrow and tall.
  await panel.setViewportSize({ width: 420, height: 760 });

  const tab = await browser.context.newPage();
  await tab.goto(indexUrl);
  await shoot(tab, 'console-index');
  for (const p of pages) {
    const url = server.url(p.host, p.path);
    await tab.goto(url, { waitUntil: 'load' });
    // The content script reads once the DOM settles; stay until its read is logged.
    const read = await waitForRead(panel, url);
    console.log(`demo: ${p.site} ${p.pageKind} (${p.host}${p.path}): ${read ?? 'no read logged'}`);
    await shoot(tab, `console-${p.site}-${p.pageKind}`);
  }

  const showcase = pages.length > 0 ? await storeWithMostProducts(panel) : undefined;
  for (const lang of LANGUAGES) {
    await panel.goto(panel.url().replace(/\?.*$/, `?lang=${lang}`));
    await panel.locator('[role="tablist"]').waitFor();
    if (showcase) await panel.getByTestId('store-switcher').selectOption(showcase);
    for (const name of PANEL_TABS) {
      await panel.locator(`#tab-${name}`).click();
      await panel.locator(`#panel-${name}`).waitFor();
      await panel.getByTestId('status-line').waitFor();
      await shoot(panel, `sidepanel-${lang}-${name}`);
    }
  }
  if (values.store && showcase) await storeShots(panel, tab, showcase, join(ROOT, values.store));
  await panel.close();

  console.log(`\ndemo: ${saved.length} screenshots in ${relative(process.cwd(), outDir) || '.'}/`);
  for (const file of saved) console.log(`  ${relative(process.cwd(), file)}`);

  if (!headless) {
    await tab.goto(indexUrl);
    console.log(
      '\ndemo: Chromium is open on the demo console with Storewise loaded.\n' +
        '      Open the side panel from the extensions menu (puzzle icon → Storewise) or visit\n' +
        `      ${panel.url()}\n` +
        '      Close the browser window to end the demo.',
    );
    await new Promise<void>((done) => browser.context.once('close', () => done()));
  }
} finally {
  await browser.close().catch(() => undefined);
  await server.close();
}
