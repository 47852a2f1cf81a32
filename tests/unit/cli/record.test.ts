import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileAsResult } from '@/scripts/cli/read';
import { redactFile } from '@/scripts/cli/redact';

// The CLI takes a recorded response in every form docs/CONSOLES.md
// ("Recorded responses") allows: the record {apiUrl, body} with the body as
// raw text (JSON or JSONP) or as parsed JSON, or the raw body itself with the
// request URL given by --api-url. Every form reads the same.

const PAGE = 'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234';
const API_URL =
  'https://seller-acs.aliexpress.com/h5/mtop.global.merchant.new.product.manager.render.list/1.0/?jsv=2.6.1&api=mtop.global.merchant.new.product.manager.render.list&v=1.0&type=originaljson&dataType=json';
const NOW = new Date('2026-11-21T09:30:00Z');
// Shape: docs/CONSOLES.md AliExpress productList (xinhuaya/aliexpress-activity-helper); values invented.
const BODY = {
  api: 'mtop.global.merchant.new.product.manager.render.list',
  ret: ['SUCCESS::调用成功'],
  v: '1.0',
  data: {
    table: {
      dataSource: [
        {
          productId: 1005006123456789,
          itemDesc: { title: 'Women Summer Dress Floral Print Casual Beach Sundress' },
          price: { minPrice: '12.99', maxPrice: '15.99', priceText: 'US $12.99 - 15.99' },
        },
        {
          productId: '1005006987654321',
          itemDesc: { title: 'Men Casual Linen Shirt Long Sleeve' },
          price: { minPrice: 8.5, maxPrice: 8.5, priceText: 'US $8.50' },
        },
      ],
    },
  },
};
const TEXT = JSON.stringify(BODY);

let dir: string;
const file = async (name: string, content: string) => {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storewise-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cli read: recorded responses in every form', () => {
  it('reads the record with a parsed body, a JSON text body and a JSONP text body alike', async () => {
    const parsed = await readFileAsResult(
      await file('parsed.json', JSON.stringify({ apiUrl: API_URL, body: BODY })),
      PAGE,
      NOW,
    );
    expect(parsed).toMatchObject({
      status: 'ok',
      site: 'aliexpress',
      pageKind: 'productList',
      source: 'json',
    });
    const rows = parsed.status === 'ok' && parsed.pageKind === 'productList' ? parsed.rows : [];
    expect(rows.map((r) => [r.productId, r.title])).toEqual([
      ['1005006123456789', 'Women Summer Dress Floral Print Casual Beach Sundress'],
      ['1005006987654321', 'Men Casual Linen Shirt Long Sleeve'],
    ]);
    const asText = await readFileAsResult(
      await file('text.json', JSON.stringify({ apiUrl: API_URL, body: TEXT })),
      PAGE,
      NOW,
    );
    const asJsonp = await readFileAsResult(
      await file(
        'jsonp.json',
        JSON.stringify({ apiUrl: `${API_URL}&callback=mtopjsonp3`, body: `mtopjsonp3(${TEXT})` }),
      ),
      PAGE,
      NOW,
    );
    expect(asText).toEqual(parsed);
    expect(asJsonp).toEqual(parsed);
  });

  it('reads a raw body file: JSON naming its API, or JSONP with --api-url', async () => {
    const reference = await readFileAsResult(await file('raw.json', TEXT), PAGE, NOW);
    expect(reference.status).toBe('ok');
    const jsonp = await file('raw.txt', `/**/ mtopjsonp3(${TEXT});`);
    expect(await readFileAsResult(jsonp, PAGE, NOW, `${API_URL}&callback=mtopjsonp3`)).toEqual(
      reference,
    );
  });

  it('says what is missing when a raw body names no API, or is neither JSON nor JSONP', async () => {
    const bare = await file('bare.txt', 'cb({"data":{"list":[]}})');
    expect(await readFileAsResult(bare, PAGE, NOW)).toEqual({
      status: 'unrecognized',
      url: PAGE,
      reason:
        'the recorded response names no API: give the record an "apiUrl", or pass --api-url <request URL>',
    });
    const html = await file('login.txt', '<html><body>请登录</body></html>');
    expect(await readFileAsResult(html, PAGE, NOW, API_URL)).toEqual({
      status: 'unrecognized',
      url: PAGE,
      reason: 'the recorded body is neither JSON nor JSONP',
    });
  });
});

describe('cli redact', () => {
  it('prints the redacted sample of a recorded JSONP response', async () => {
    const path = await file(
      'jsonp-record.json',
      JSON.stringify({
        apiUrl:
          '/self/.json?action=CommonAction&iName=getVisitors&statDate=2024-05-01&callback=jsonp_1714521600000_52731',
        body: 'jsonp_1714521600000_52731({"successed":true,"value":{"data":[{"visitorId":"v8812","buyerCountry":"US","serKeywords":"cotton tee","visitPv":3}]}})',
      }),
    );
    expect(JSON.parse(await redactFile(path))).toEqual({
      storewise: 'redacted sample',
      request: {
        url: '/self/.json',
        query: {
          action: 'CommonAction',
          iName: 'getVisitors',
          statDate: '<string:date>',
          callback: '<string:medium>',
        },
      },
      body: {
        '<jsonp>': {
          successed: '<boolean>',
          value: {
            data: [
              {
                visitorId: '<string:short>',
                buyerCountry: '<string:short>',
                serKeywords: '<string:short>',
                visitPv: '<number:int>',
              },
            ],
          },
        },
      },
    });
  });

  it('with --url, names the read and the page, and resolves the request against it', async () => {
    const path = await file(
      'visitors.json',
      JSON.stringify({ apiUrl: '/self/.json?iName=getVisitors', body: '{"successed":true}' }),
    );
    const sample = JSON.parse(
      await redactFile(path, 'https://data.alibaba.com/visitor/list', undefined, NOW),
    ) as Record<string, unknown>;
    expect(sample.page).toEqual({ url: 'https://data.alibaba.com/visitor/list' });
    expect(sample.request).toEqual({
      url: 'https://data.alibaba.com/self/.json',
      query: { iName: 'getVisitors' },
    });
    expect(sample.site).toBe('alibaba');
    expect(typeof sample.status).toBe('string');
  });

  it('redacts a saved page: console labels kept, cells hidden', async () => {
    const path = await file(
      'page.html',
      '<table><tr><th>商品</th><th>曝光量</th></tr><tr><td>Linen dress</td><td>1.2万</td></tr></table>',
    );
    expect(JSON.parse(await redactFile(path))).toEqual({
      storewise: 'redacted sample',
      tables: [{ headers: ['商品', '曝光量'], rows: [['<string:short>', '<string:number>']] }],
    });
  });
});
