import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { CONSOLE_HOST_PATTERNS } from '../../utils/sites/hosts';
import { documentedPermissions } from '../unit/security/documented';
import { e2eTest } from './fixture';
import { EXTENSION_DIR } from './harness';

// Strings from pages are data, never markup: a product list whose titles are
// HTML/script payloads goes through the real pipeline (content script →
// service worker → IndexedDB → side panel), and the side panel shows them as
// literal text with no element injected and no script run. Plus the built
// manifest, as Chromium loads it.

const LIST = 'gsp.aliexpress.com/m_apps/productManage/list-manage';
const PAYLOADS = [
  '<img src=x onerror="window.__storewisePwned=1"> Summer Dress',
  '<script>window.__storewisePwned=2</script> Linen Shirt',
  '"><svg onload="window.__storewisePwned=3"><a href="javascript:alert(1)">Earbuds</a>',
];

/** What a successful injection would leave behind in a document. */
async function injectionTraces(page: Page) {
  return page.evaluate(() => ({
    pwned: (window as unknown as { __storewisePwned?: number }).__storewisePwned ?? null,
    handlers: document.querySelectorAll('[onerror], [onload], [onclick]').length,
    brokenImages: document.querySelectorAll('img[src="x"]').length,
    inlineScripts: Array.from(document.scripts).filter((s) => !s.src).length,
    jsLinks: document.querySelectorAll('a[href^="javascript:"]').length,
  }));
}

const test = e2eTest({ routes: { [LIST]: { file: 'security/list-xss.html' } } });

describe('security in Chromium', () => {
  test('shows HTML/script product titles as literal text: no element injected, no script run', async ({
    browser,
    extension,
    server,
  }) => {
    const dialogs: string[] = [];
    browser.context.on('page', (p) =>
      p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))),
    );
    const page = await browser.context.newPage();
    page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
    await page.goto(
      server.url('gsp.aliexpress.com', '/m_apps/productManage/list-manage?channelId=2009999'),
    );
    const panel = (await extension.sidePanel('en')).page;
    panel.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));

    // Each payload arrives as the whole text of a table cell that holds no element.
    for (const payload of PAYLOADS) {
      const cell = panel.locator('td').filter({ hasText: payload });
      await expect.poll(() => cell.count(), { timeout: 15_000 }).toBe(1);
      expect(
        await cell.evaluate((td) => ({ text: td.textContent, children: td.childElementCount })),
      ).toEqual({
        text: payload,
        children: 0,
      });
    }
    const clean = { pwned: null, handlers: 0, brokenImages: 0, inlineScripts: 0, jsLinks: 0 };
    expect(await injectionTraces(panel)).toEqual(clean);
    // The console page shows the payloads as text too, and our content script added nothing.
    expect(await injectionTraces(page)).toEqual(clean);
    expect(dialogs).toEqual([]);
  });

  test('the built manifest asks for the minimal permissions and runs no remote code', async () => {
    const manifest = JSON.parse(await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      permissions?: string[];
      host_permissions?: string[];
      optional_permissions?: string[];
      content_security_policy?: { extension_pages?: string };
      content_scripts?: { matches?: string[] }[];
      web_accessible_resources?: { matches?: string[] }[];
      externally_connectable?: unknown;
    };
    expect([...(manifest.permissions ?? [])].sort()).toEqual(
      (await documentedPermissions()).sort(),
    );
    expect([...(manifest.host_permissions ?? [])].sort()).toEqual(
      [...CONSOLE_HOST_PATTERNS].sort(),
    );
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.externally_connectable).toBeUndefined();
    expect(manifest.content_security_policy?.extension_pages).toBe(
      "script-src 'self'; object-src 'self'",
    );
    // Content scripts and exposed resources stay on the console hosts.
    const matches = [
      ...(manifest.content_scripts ?? []).flatMap((c) => c.matches ?? []),
      ...(manifest.web_accessible_resources ?? []).flatMap((w) => w.matches ?? []),
    ];
    expect(matches.length).toBeGreaterThan(0);
    for (const m of matches) expect(CONSOLE_HOST_PATTERNS).toContain(m);
  });
});
