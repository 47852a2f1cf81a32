import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { e2eTest } from './fixture';
import { FIXTURES_DIR } from './harness';

// Taobao and Alibaba.com readers in the built extension, on the real console
// host names: the sycm item ranking through the DOM path, the sycm customer
// overview and the data.alibaba.com product analysis through the JSON path
// (the MAIN-world script captures the page's own fetch of an allowlisted API).

const OVERVIEW_API =
  '/self/.json?action=OneAction&iName=customerAdviser/prodList&dateRange=2026-11-14%7C2026-11-20';

/** The recorded response body of a capture-record fixture. */
async function recordedBody(file: string): Promise<string> {
  const rec = JSON.parse(await readFile(join(FIXTURES_DIR, file), 'utf8')) as { body: unknown };
  return JSON.stringify(rec.body);
}

const CUSTOMER_API =
  '/domain/oneQuery.json?domainCode=tao.shop.customer.overview&dateType=day&dateRange=2024-05-07%7C2024-05-07&showType=overview';

// sycm's customer page loads its figures after load, like the real console.
const CUSTOMER_SHELL = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>客户分析 - 生意参谋</title></head>
<body><div id="root">加载中…</div>
<script>
fetch(${JSON.stringify(CUSTOMER_API)}, { credentials: 'include' })
  .then((r) => r.json())
  .then((j) => { document.getElementById('root').textContent = '店铺客户 ' + j.data.shopCustomer.value; });
</script></body></html>`;

// The console shell as data.alibaba.com serves it: no table in the HTML, the
// app fetches its data after load.
const OVERVIEW_SHELL = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>产品分析 - 数据管家</title></head>
<body><div id="root">加载中…</div>
<script>
fetch(${JSON.stringify(OVERVIEW_API)}, { credentials: 'include' })
  .then((r) => r.json())
  .then((j) => { document.getElementById('root').textContent = '共 ' + j.data.data.length + ' 个产品'; });
</script></body></html>`;

const test = e2eTest({
  routes: async () => {
    const overviewBody = await recordedBody('alibaba/productRank/prod-list.json');
    const customerBody = await recordedBody('taobao/customerSegments/overview.json');
    return {
      'sycm.taobao.com/cc/customer/regular': {
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(CUSTOMER_SHELL);
        },
      },
      'sycm.taobao.com/domain/oneQuery.json': {
        handler: (_req, res) => {
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
            .end(customerBody);
        },
      },
      'sycm.taobao.com/cc/item_rank': { file: 'taobao/productRank/item-rank-zh.html' },
      'data.alibaba.com/product/overview': {
        handler: (_req, res) => {
          res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(OVERVIEW_SHELL);
        },
      },
      'data.alibaba.com/self/.json': {
        handler: (_req, res) => {
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
            .end(overviewBody);
        },
      },
    };
  },
});

describe('Taobao and Alibaba.com readers in Chromium', () => {
  test('the sycm item ranking on sycm.taobao.com is read from its table and the side panel lists its items', async ({
    extension,
    visit,
  }) => {
    const page = await visit(
      'sycm.taobao.com',
      '/cc/item_rank?dateRange=2024-05-01%7C2024-05-07&dateType=recent7',
    );
    const panel = await extension.sidePanel('en');
    await expect
      .poll(() => panel.statusLine(), { timeout: 15_000 })
      .toMatch(/Read 2 products from the product ranking/);
    await panel.selectStore('taobao:default');
    await expect.poll(() => panel.productCount(), { timeout: 10_000 }).toContain('2 products');
    const table = await panel.page.locator('table.grid').textContent();
    expect(table).toContain('夏季纯棉短袖T恤 男款 宽松百搭');
    expect(table).toContain('冰丝防晒袖套 女 UPF50+');
    await page.close();
    await panel.close();
  });

  test('the sycm customer overview is captured and the Tier tab shows the store figures against good peers', async ({
    extension,
    visit,
  }) => {
    const page = await visit('sycm.taobao.com', '/cc/customer/regular');
    await expect.poll(() => page.locator('#root').textContent()).toBe('店铺客户 18240');
    const panel = await extension.sidePanel('en');
    await panel.selectStore('taobao:default');
    await expect
      .poll(() => panel.page.getByTestId('figure-repeatByrRate3m').textContent(), {
        timeout: 15_000,
      })
      .toBe('Repurchase rate, last 3 months5.8%8.3% below good peers-0.2%');
    expect(await panel.page.getByTestId('figure-shopCustomer-value').textContent()).toBe('18,240');
    await page.close();
    await panel.close();
  });

  test('the product analysis on data.alibaba.com is read from the captured API response', async ({
    extension,
    server,
    visit,
  }) => {
    const page = await visit('data.alibaba.com', '/product/overview');
    // The page itself still gets its data: the capture must not consume the body.
    await expect.poll(() => page.locator('#root').textContent()).toBe('共 2 个产品');
    expect(
      server.requests.some(
        (r) => r.host === 'data.alibaba.com' && r.path.startsWith('/self/.json'),
      ),
    ).toBe(true);
    const panel = await extension.sidePanel('en');
    await expect
      .poll(() => panel.statusLine(), { timeout: 15_000 })
      .toMatch(/Read 2 products from the product ranking/);
    await panel.selectStore('alibaba:default');
    await expect.poll(() => panel.productCount(), { timeout: 10_000 }).toContain('2 products');
    const table = await panel.page.locator('table.grid').textContent();
    expect(table).toContain('Custom Logo Cotton T-Shirt Men Blank Tee');
    expect(table).toContain('定制 LOGO 纯棉T恤');
    await page.close();
    await panel.close();
  });
});
