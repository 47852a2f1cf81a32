import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { e2eTest } from './fixture';
import { FIXTURES_DIR } from './harness';

// AliExpress readers in Chromium on the real console host names: the DOM path
// (a saved ranking page) and the JSON path (an app shell whose script fetches
// the recorded mtop response from seller-acs.aliexpress.com, captured by the
// MAIN-world script).

const MTOP_HOST = 'seller-acs.aliexpress.com';
const LIST_API = 'mtop.global.merchant.new.product.manager.render.list';

const test = e2eTest({
  routes: async () => {
    const envelope = await readFile(join(FIXTURES_DIR, 'aliexpress/productList/render-list.json'));
    return {
      'gsp.aliexpress.com/m_apps/csp-sycm-new/productRank': {
        file: 'aliexpress/productRank/rank-zh.html',
      },
      'gsp.aliexpress.com/m_apps/productManage/list-manage': {
        file: 'aliexpress/productList/list-json-page.html',
      },
      [`${MTOP_HOST}/h5/${LIST_API}/1.0/`]: {
        handler: (req, res) => {
          res.writeHead(200, {
            'content-type': 'application/json; charset=utf-8',
            'access-control-allow-origin': req.headers.origin ?? '*',
          });
          res.end(envelope);
        },
      },
    };
  },
  launch: { extraHosts: [MTOP_HOST] },
});

describe('AliExpress readers in Chromium', () => {
  test('DOM path: the ranking table on gsp.aliexpress.com reaches the side panel', async ({
    extension,
    visit,
  }) => {
    const page = await visit(
      'gsp.aliexpress.com',
      '/m_apps/csp-sycm-new/productRank?channelId=2001234',
    );
    const panel = await extension.sidePanel('en');
    await expect
      .poll(() => panel.statusLine(), { timeout: 20_000 })
      .toMatch(/Read 2 products from the/);
    await panel.close();
    await page.close();
  });

  test('JSON path: the captured render.list response reaches the side panel, the page still gets its data', async ({
    extension,
    server,
    visit,
  }) => {
    const page = await visit('gsp.aliexpress.com', '/m_apps/productManage/list-manage');
    // The page's own fetch resolved with the unchanged body (four rows, one of
    // them a repeat the reader reads once).
    await expect.poll(() => page.locator('.next-loading').textContent()).toBe('4 products loaded');
    // The MAIN-world script copied the store id from mtopConfig (it polls for
    // the page's globals every 250 ms, so allow for the next tick).
    await expect
      .poll(() => page.locator('html').getAttribute('data-storewise-channel-id'))
      .toBe('2007777');
    const panel = await extension.sidePanel('en');
    await expect
      .poll(() => panel.statusLine(), { timeout: 20_000 })
      .toMatch(/Read 3 products from the product list/);
    expect(server.requests.some((r) => r.host === MTOP_HOST)).toBe(true);
  });
});
