import { describe, expect } from 'vitest';
import { e2eTest, type Extension } from './fixture';

// Market watch without the seller's grant, in real Chromium: the buyer-side
// hosts (mapped to the fixture server in this test only) are optional host
// permissions, so until the browser grants them Storewise registers no script
// there, shows no bar and stores nothing. (Headless Chromium cannot accept the
// permission prompt, so the granted path is covered by the unit tests of the
// handlers and readers, not here.)

const BUYER_HOSTS = ['www.aliexpress.com', 's.taobao.com', 'www.alibaba.com'];

const test = e2eTest({
  routes: {
    'www.aliexpress.com/w/wholesale-summer-dress.html': {
      file: 'aliexpress/searchResults/search-rendered.html',
    },
    'www.aliexpress.com/item/1005007000000001.html': {
      file: 'aliexpress/listing/item-jsonld.html',
    },
  },
  launch: { extraHosts: BUYER_HOSTS },
});

async function marketRowCounts(extension: Extension): Promise<number[]> {
  const page = await extension.options();
  const db = await extension.database(page);
  const counts = [await db.count('marketWatches'), await db.count('marketSnapshots')];
  await page.close();
  return counts;
}

describe('market watch before any grant', () => {
  test('asks for no buyer-side host at install and registers no script for them', async ({
    extension,
  }) => {
    const worker = await extension.worker();
    const state = await worker.evaluate(async () => ({
      origins: (await chrome.permissions.getAll()).origins ?? [],
      scripts: (await chrome.scripting.getRegisteredContentScripts()).map((s) => s.id),
      optional: chrome.runtime.getManifest().optional_host_permissions ?? [],
    }));
    expect(
      state.origins.filter((o) => /www\.aliexpress|s\.taobao|www\.alibaba|tmall|item\./.test(o)),
    ).toEqual([]);
    expect(state.scripts).toEqual([]);
    expect(state.optional).toEqual([
      '*://www.aliexpress.com/*',
      '*://www.aliexpress.us/*',
      '*://*.aliexpress.com/item/*',
      '*://s.taobao.com/*',
      '*://item.taobao.com/*',
      '*://detail.tmall.com/*',
      '*://www.alibaba.com/*',
    ]);
  }, 60_000);

  test('Options offers "Watch the market"; an unanswered prompt grants and registers nothing', async ({
    extension,
  }) => {
    const page = await extension.options();
    await expect
      .poll(() => page.getByTestId('market-sites').textContent())
      .toContain('AliExpress: off');
    await page.getByTestId('market-enable').click();
    await page.waitForTimeout(1_500);
    expect(
      await page.evaluate(() =>
        chrome.permissions.contains({ origins: ['*://www.aliexpress.com/*'] }),
      ),
    ).toBe(false);
    expect(await page.getByTestId('market-sites').textContent()).toContain('AliExpress: off');
    const worker = await extension.worker();
    expect(await worker.evaluate(() => chrome.scripting.getRegisteredContentScripts())).toEqual([]);
    await page.close();
  }, 60_000);

  test('a buyer-side page gets no bar and leaves nothing stored', async ({ extension, visit }) => {
    for (const path of ['/w/wholesale-summer-dress.html', '/item/1005007000000001.html']) {
      const page = await visit('www.aliexpress.com', path);
      await page.waitForTimeout(2_000);
      expect(await page.locator('storewise-market-bar').count()).toBe(0);
      await page.close();
    }
    expect(await marketRowCounts(extension)).toEqual([0, 0]);
  }, 60_000);
});
