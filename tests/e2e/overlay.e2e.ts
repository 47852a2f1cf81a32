import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { e2eTest, Extension } from './fixture';
import { SCREENSHOTS_DIR } from './harness';

// The title overlays in Chromium on csp.aliexpress.com: after the product list
// and a product's keyword tab are read, the list shows a badge per product,
// the badge opens the advice, and on the product edit form Apply types the
// suggestion into the title field (the page's own input handler runs and its
// counter changes) and Undo restores it. Nothing is submitted.

const HOST = 'csp.aliexpress.com';
const SHIRT_ID = '1005006987654321';
const SHIRT_TITLE = 'Men Casual Linen Shirt Long Sleeve Button Down Shirt';
const SUGGESTION = 'Men Casual Linen Shirt Long Sleeve Button Down';
const SHOTS = SCREENSHOTS_DIR;

/** Polls outside a test (the fixture's ready step): resolves when `read` gives `want`, else fails after `ms`. */
async function until<T>(read: () => Promise<T>, want: T, ms: number): Promise<void> {
  const end = Date.now() + ms;
  let last: T | undefined;
  while (Date.now() < end) {
    last = await read();
    if (last === want) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`waited ${ms} ms for ${String(want)}, last ${String(last)}`);
}

function setLanguage(page: Page, value: string): Promise<void> {
  return page.evaluate(
    (v) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('storewise');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const tx = db.transaction('settings', 'readwrite');
          tx.objectStore('settings').put({ key: 'language', value: v });
          tx.oncomplete = () => {
            db.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
    value,
  );
}

/** The options page opened before the first test; the language setting is written through it. */
let ext: Page;

const test = e2eTest({
  routes: {
    [`${HOST}/m_apps/productManage/list-manage`]: { file: 'aliexpress/productList/list-zh.html' },
    [`${HOST}/m_apps/sycm/product-analyse`]: {
      file: 'aliexpress/productKeywords/keywords-en-reordered.html',
    },
    [`${HOST}/m_apps/product-publish/edit`]: { file: 'aliexpress/productEdit/edit-en.html' },
  },
  async ready({ browser, server }) {
    const extension = new Extension(browser);
    ext = await extension.options();
    const db = await extension.database(ext);
    await mkdir(SHOTS, { recursive: true });
    // The shirt's keyword tab, then the product list: both read and stored.
    const page = await browser.context.newPage();
    await page.goto(
      server.url(HOST, `/m_apps/sycm/product-analyse?productId=${SHIRT_ID}&channelId=2001234`),
    );
    await until(() => db.count('keywordDaily'), 2, 30_000);
    await page.goto(server.url(HOST, '/m_apps/productManage/list-manage?channelId=2001234'));
    await until(() => db.count('products'), 3, 30_000);
    await page.close();
  },
});

describe('title overlays on the AliExpress console', () => {
  test('the product list shows a badge per product; the shirt’s badge opens its suggestion and diff', async ({
    visit,
  }) => {
    const page = await visit(HOST, '/m_apps/productManage/list-manage?channelId=2001234');
    const badges = page.getByTestId('title-badge');
    await expect.poll(() => badges.count(), { timeout: 30_000 }).toBe(3);
    // Each badge sits right after its title link, inside the title cell.
    const placed = await page.$$eval('[data-storewise="title-badge"]', (hosts) =>
      hosts.map((h) => [
        (h as HTMLElement).dataset.productId,
        h.previousElementSibling?.tagName,
        h.closest('td') !== null,
      ]),
    );
    expect(placed).toEqual([
      ['1005006123456789', 'A', true],
      [SHIRT_ID, 'A', true],
      ['1005005555000111', 'A', true],
    ]);
    const shirt = page.locator(
      `[data-storewise="title-badge"][data-product-id="${SHIRT_ID}"] button`,
    );
    expect(await shirt.getAttribute('aria-label')).toMatch(/Repeated words: Shirt/);

    // Keyboard: Enter opens the popover, Escape closes it and the badge has the focus again.
    await shirt.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('title-popover').count()).toBe(1);
    expect(await page.getByTestId('overlay-suggestion').textContent()).toBe(SUGGESTION);
    expect(await page.getByTestId('overlay-diff').locator('del').textContent()).toBe(
      'removed: −Shirt',
    );
    expect(await page.getByTestId('overlay-source').allTextContents()).toEqual([
      expect.stringMatching(/^Title from the product list, \d+ \w+, \d\d:\d\d$/),
      expect.stringMatching(/^Search words: 2 terms from the product keywords/),
    ]);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('title-popover').count()).toBe(0);
    expect(
      await page.evaluate(() =>
        document.activeElement?.shadowRoot?.activeElement?.getAttribute('data-testid'),
      ),
    ).toBe('title-badge');

    await shirt.click();
    await expect.poll(() => page.getByTestId('title-popover').count()).toBe(1);
    await page.screenshot({ path: join(SHOTS, 'overlay-en.png') });
    await page.close();
  });

  test('on the edit form, Apply types the suggestion (the page’s handler and counter follow) and Undo restores it', async ({
    visit,
  }) => {
    const page = await visit(
      HOST,
      `/m_apps/product-publish/edit?productId=${SHIRT_ID}&channelId=2001234`,
    );
    const input = page.locator('#title-input');
    const counter = page.locator('[data-role="counter"]');
    const apply = page.getByTestId('overlay-apply');
    await expect.poll(() => apply.count(), { timeout: 30_000 }).toBe(1);
    expect(await counter.textContent()).toBe('52/128');

    await apply.click();
    expect(await input.inputValue()).toBe(SUGGESTION);
    expect(await counter.textContent()).toBe(`${SUGGESTION.length}/128`);
    // The console's own state saw the change through its input listener.
    expect(await page.locator('body').getAttribute('data-title-state')).toBe(SUGGESTION);
    expect(await page.locator('body').getAttribute('data-input-events')).toBe('1');

    await page.getByTestId('overlay-undo').click();
    expect(await input.inputValue()).toBe(SHIRT_TITLE);
    expect(await counter.textContent()).toBe('52/128');
    expect(await page.locator('body').getAttribute('data-title-state')).toBe(SHIRT_TITLE);
    // Nothing was saved or submitted on the seller's behalf.
    expect(await page.locator('body').getAttribute('data-submitted')).toBeNull();
    await page.close();
  });

  test('speaks Chinese when the language setting is zh-CN', async ({ visit }) => {
    await setLanguage(ext, 'zh-CN');
    const page = await visit(HOST, '/m_apps/productManage/list-manage?channelId=2001234');
    const shirt = page.locator(
      `[data-storewise="title-badge"][data-product-id="${SHIRT_ID}"] button`,
    );
    await expect.poll(() => shirt.count(), { timeout: 30_000 }).toBe(1);
    expect(await shirt.getAttribute('aria-label')).toMatch(/^标题得分 \d+\/100：重复词：Shirt/);
    await shirt.click();
    await expect.poll(() => page.getByTestId('title-popover').count()).toBe(1);
    expect(await page.getByTestId('overlay-copy').textContent()).toBe('复制');
    expect(await page.getByTestId('overlay-reasons').textContent()).toBe(
      '“Shirt”出现 2 次，重复的词不会带来更多曝光',
    );
    await page.screenshot({ path: join(SHOTS, 'overlay-zh.png') });
    await page.close();
  });
});
