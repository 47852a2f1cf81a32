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

// The demo: the built extension in Debian's Chromium on a bundled seller
// console (saved pages on the real console host names, via the e2e harness).
// With a display the browser stays open for you; either way it visits every
// demo console page and saves screenshots of the pages and of the side panel
// (each tab, English and Chinese) into demo-output/.

const { values } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    out: { type: 'string', default: 'demo-output' },
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
async function shoot(page: Page, name: string, fullPage = false): Promise<void> {
  const file = join(outDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage });
  saved.push(file);
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
