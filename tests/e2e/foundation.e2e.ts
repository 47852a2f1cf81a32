import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  launchWithExtension,
  openExtensionPage,
  serviceWorker,
  startFixtureServer,
  type FixtureServer,
  type Launched,
} from './harness';

const LIST = 'gsp.aliexpress.com/m_apps/productManage/list-manage';

describe('foundation pipeline in Chromium', () => {
  let server: FixtureServer;
  let browser: Launched;

  beforeAll(async () => {
    server = await startFixtureServer({ [LIST]: { file: 'aliexpress/productList/list-zh.html' } });
    browser = await launchWithExtension();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a product list on gsp.aliexpress.com reaches IndexedDB and the side panel shows the store and row count', async () => {
    const page = await browser.context.newPage();
    await page.goto(
      server.url('gsp.aliexpress.com', '/m_apps/productManage/list-manage?channelId=2001234'),
    );
    const panel = await openExtensionPage(browser.context, 'sidepanel.html', '?lang=en');
    await expect
      .poll(() => panel.getByTestId('product-count').textContent(), { timeout: 15_000 })
      .toContain('3 products');
    await expect
      .poll(() => panel.getByTestId('store-switcher').inputValue())
      .toBe('aliexpress:2001234');
    expect(await panel.getByTestId('status-line').textContent()).toMatch(
      /Read 3 products from the product list/,
    );
    // The console tab's toolbar button carries the "read" dot; the side panel's tab does not.
    const worker = await serviceWorker(browser.context);
    const badges = await worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Promise.all(
        tabs.map(async (t) => [
          await chrome.action.getBadgeText({ tabId: t.id }),
          await chrome.action.getTitle({ tabId: t.id }),
        ]),
      );
    });
    expect(badges.filter(([text]) => text !== '').sort()).toEqual([
      ['●', 'Storewise: this page was read'],
    ]);
  });
});
