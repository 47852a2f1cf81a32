import { describe, expect } from 'vitest';
import { e2eTest } from './fixture';

const LIST = 'gsp.aliexpress.com/m_apps/productManage/list-manage';

const test = e2eTest({ routes: { [LIST]: { file: 'aliexpress/productList/list-zh.html' } } });

describe('foundation pipeline in Chromium', () => {
  test('a product list on gsp.aliexpress.com reaches IndexedDB and the side panel shows the store and row count', async ({
    extension,
    visit,
  }) => {
    await visit('gsp.aliexpress.com', '/m_apps/productManage/list-manage?channelId=2001234');
    const panel = await extension.sidePanel('en');
    await expect.poll(() => panel.productCount(), { timeout: 15_000 }).toContain('3 products');
    await expect.poll(() => panel.storeSwitcher.inputValue()).toBe('aliexpress:2001234');
    expect(await panel.statusLine()).toMatch(/Read 3 products from the product list/);
    // The console tab's toolbar button carries the "read" dot; the side panel's tab does not.
    const worker = await extension.worker();
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
