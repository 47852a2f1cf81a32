import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFileAsResult, toCapture } from '@/scripts/cli/read';
import { readCapture } from '@/utils/sites/index';
import { okResultSchema } from '@/utils/types';
import { expectOk, fixturePath, NOW, readHtml, readJson } from './helpers';

const LIST = 'https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234';

describe('AliExpress product list', () => {
  it('reads the English page with reordered and extra columns by header text', () => {
    const result = readHtml('productList/list-en-reordered.html', LIST);
    const rows = expectOk(result, 'productList');
    expect(result).toMatchObject({ storeId: '2001234', source: 'dom' });
    expect(rows).toEqual([
      {
        productId: '1005007000111222',
        title: 'Stainless Steel Water Bottle 750ml Insulated',
        price: { amount: 24, currency: 'USD' },
        stock: 88,
        orders: 81,
        views: 3456,
        conversionRate: 0.0235,
      },
      {
        productId: '1005007000333444',
        title: 'Phone Case for iPhone 15 Clear Shockproof',
        price: { amount: 3.63, currency: 'USD' },
        stock: 2000,
        orders: 0,
        views: 1500,
      },
    ]);
  });

  it('reads the Chinese page: 销量 is orders, 1.2万 is 12,000, -- is absent', () => {
    const rows = expectOk(readHtml('productList/list-zh.html', LIST), 'productList');
    expect(rows.map((r) => [r.productId, r.stock, r.orders])).toEqual([
      ['1005006123456789', 1234, 356],
      ['1005006987654321', 12000, undefined],
      ['1005005555000111', 0, 2048],
    ]);
    expect(rows[0]?.price).toEqual({ amount: 12.99, currency: 'USD' });
  });

  it('reads render.list rows at data.data.table.dataSource: productId, itemDesc.title, price.minPrice', () => {
    const result = readJson('productList/render-list.json', LIST);
    expect(okResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({ source: 'json', storeId: '2001234' });
    // The fourth row repeats the first product: read once.
    expect(expectOk(result, 'productList')).toEqual([
      {
        productId: '1005006123456789',
        title: 'Women Summer Dress Floral Print Casual Beach Sundress',
        price: { amount: 12.99, currency: 'USD' },
      },
      {
        productId: '1005006987654321',
        title: 'Men Casual Linen Shirt Long Sleeve Button Down Shirt',
        price: { amount: 8.5, currency: 'USD' },
      },
      {
        productId: '1005005555000111',
        title: 'Wireless Earbuds Bluetooth 5.3 Headphones Noise Cancelling',
        price: { amount: 19.9, currency: 'USD' },
      },
    ]);
  });

  it('takes the store id of a captured response from the page the capture script marked', () => {
    const capture = toCapture(
      JSON.parse(readFileSync(fixturePath('productList/render-list.json'), 'utf8')),
    );
    const doc = document.implementation.createHTMLDocument('list');
    doc.documentElement.dataset.storewiseChannelId = '2007777';
    const url = new URL('https://gsp.aliexpress.com/m_apps/productManage/list-manage');
    expect(capture && readCapture(capture, url, NOW, doc)).toMatchObject({
      status: 'ok',
      storeId: '2007777',
    });
    expect(capture && readCapture(capture, url, NOW)).not.toHaveProperty('storeId');
  });

  it('reads a capture record named by its request URL (data at one level)', () => {
    const rows = expectOk(readJson('productList/render-list-capture.json', LIST), 'productList');
    expect(rows).toEqual([
      {
        productId: '1005007000000001',
        title: '夏季碎花连衣裙 女 海边度假',
        price: { amount: 9.9, currency: 'USD' },
      },
    ]);
  });

  it('reports an empty list as empty, a failed envelope as unrecognized, an expired session as blocked', () => {
    expect(readJson('productList/render-list-empty.json', LIST)).toMatchObject({
      status: 'empty',
      site: 'aliexpress',
      pageKind: 'productList',
    });
    const failed = readJson('productList/render-list-failed.json', LIST);
    expect(failed).toMatchObject({ status: 'unrecognized', pageKind: 'productList' });
    expect(failed.status !== 'ok' && failed.reason).toContain('FAIL_SYS_SERVICE_UNAVAILABLE');
    const session = readJson('productList/render-list-session.json', LIST);
    expect(session).toMatchObject({ status: 'blocked', pageKind: 'productList' });
    expect(session.status !== 'ok' && session.reason).toContain('FAIL_SYS_SESSION_EXPIRED');
    const token = readJson('productList/render-list-token.json', LIST);
    expect(token).toEqual({
      status: 'blocked',
      site: 'aliexpress',
      pageKind: 'productList',
      url: LIST,
      reason:
        'the console refused the request (FAIL_SYS_TOKEN_EMPTY::令牌为空): sign in again or pass the security check, then reload',
    });
  });

  it('reports an empty page as empty and a security-check overlay as blocked', () => {
    expect(readHtml('productList/list-empty.html', LIST)).toMatchObject({ status: 'empty' });
    const blocked = readHtml('productList/list-blocked.html', LIST);
    expect(blocked).toMatchObject({
      status: 'blocked',
      site: 'aliexpress',
      pageKind: 'productList',
    });
    expect(blocked.status !== 'ok' && blocked.reason).toMatch(/security check/);
  });

  it('gives the same rows through the CLI path (readFileAsResult) for HTML and JSON', async () => {
    const html = await readFileAsResult(
      fixturePath('productList/list-en-reordered.html'),
      LIST,
      NOW,
    );
    expect(html).toEqual(readHtml('productList/list-en-reordered.html', LIST));
    const json = await readFileAsResult(fixturePath('productList/render-list.json'), LIST, NOW);
    expect(json).toEqual(readJson('productList/render-list.json', LIST));
  });

  const big = fixturePath('productList/list-1000-en.html');
  it.runIf(existsSync(big))(
    'reads all 1,000 rows of the large English list',
    async () => {
      const result = await readFileAsResult(big, LIST, NOW);
      const rows = expectOk(result, 'productList');
      expect(rows).toHaveLength(1000);
      expect(new Set(rows.map((r) => r.productId)).size).toBe(1000);
      expect(rows.every((r) => /^\d{12,20}$/.test(r.productId) && r.title.length > 0)).toBe(true);
      // happy-dom parses a 1,000-row page slowly; speed is measured in Chromium by the benchmark.
    },
    120_000,
  );
});
