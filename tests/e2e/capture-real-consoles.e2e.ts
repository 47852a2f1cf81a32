import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import type { ReadEvent } from '../../utils/db/readLog';
import { Database, e2eTest, Extension } from './fixture';
import { FIXTURES_DIR } from './harness';

// The capture path in the built extension, on the real host names, with the
// consoles' own ways of asking for data (docs/CONSOLES.md "How to read a
// page"): a JSONP script on data.alibaba.com answered by hz-mydata.alibaba.com,
// the mtop SDK's lib.mtop.request on myseller.taobao.com answered by
// h5api.m.taobao.com, and an XHR on sycm.taobao.com. Each page checks that it
// got its own data untouched; the read log shows what reached the extension
// and under which request URL; the side panel shows the read.

/** API hosts the console pages call; only the page hosts run content scripts. */
const API_HOSTS = ['hz-mydata.alibaba.com', 'h5api.m.taobao.com'];
const POLL = { timeout: 15_000 };
const RECORDED = (name: string) => readFile(join(FIXTURES_DIR, 'capture', name), 'utf8');

const VIP_QUERY =
  '/self/.json?action=CommonAction&iName=getVipEffectiveProductsAndStats&statisticsType=day&pageNO=1&pageSize=10';
// What the Tmall product list asks the mtop gateway for (request data of
// docs/CONSOLES.md Taobao/Tmall productList).
const TMALL_DATA = {
  url: '/tmall/manager/table.htm',
  jsonBody: JSON.stringify({
    filter: {},
    pagination: { current: 1, pageSize: 20 },
    tab: 'on_sale',
  }),
};
const SYCM_QUERY =
  '/cc/item/view/top.json?dateType=recent7&dateRange=2024-05-01%7C2024-05-07&pageSize=10&page=1&order=desc&orderBy=payAmt&device=0&indexCode=payAmt%2CitmUv%2CpayByrCnt%2CpayRate';

/** A console shell: no data in the HTML; after booting (`delay` ms) the app asks for it. */
const shell = (title: string, script: string) => `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><div id="root">加载中…</div><script>window.pageGot = null;
${script}</script></body></html>`;

// data.alibaba.com: a JSONP loader as the data pages use (callback jsonp_<ts>_<rand>).
// `?e2e=changed` on the page asks for an answer no reader knows.
const VIP_PAGE = shell(
  '产品分析 - 数据管家',
  `setTimeout(function () {
  var cb = 'jsonp_' + Date.now() + '_' + Math.floor(Math.random() * 100000);
  var script = document.createElement('script');
  window.pageCallback = cb;
  window[cb] = function (res) {
    window.pageGot = res;
    delete window[cb];
    script.parentNode.removeChild(script);
  };
  script.src = '//hz-mydata.alibaba.com:' + location.port + ${JSON.stringify(VIP_QUERY)} +
    (location.search.indexOf('e2e=changed') >= 0 ? '&e2e=changed' : '') + '&callback=' + cb;
  window.pageRequest = script.src;
  document.head.appendChild(script);
}, 1500);`,
);

// myseller.taobao.com: a stand-in for the mtop SDK with its call surface
// (lib.mtop.config, lib.mtop.request(params) → promise of the envelope),
// using JSONP like the SDK's default transport.
const TMALL_PAGE = shell(
  '出售中的宝贝 - 千牛卖家中心',
  `var n = 0;
window.lib = { mtop: {
  config: { prefix: 'h5api', subDomain: 'm', mainDomain: 'taobao.com' },
  request: function (params) {
    return new Promise(function (resolve, reject) {
      var cb = 'mtopjsonp' + (++n);
      var script = document.createElement('script');
      window[cb] = function (res) { delete window[cb]; script.remove(); resolve(res); };
      script.onerror = reject;
      script.src = '//h5api.m.taobao.com:' + location.port + '/h5/' + params.api.toLowerCase() + '/' +
        params.v + '/?jsv=2.7.2&appKey=12574478&t=' + Date.now() + '&sign=e2e0sign&api=' + params.api +
        '&v=' + params.v + '&type=jsonp&dataType=jsonp&callback=' + cb +
        '&data=' + encodeURIComponent(JSON.stringify(params.data));
      window.pageRequest = script.src;
      document.head.appendChild(script);
    });
  },
} };
setTimeout(function () {
  lib.mtop.request({ api: 'mtop.tmall.sell.pc.manage.async', v: '1.0', data: ${JSON.stringify(TMALL_DATA)} })
    .then(function (res) { window.pageGot = res; });
}, 1500);`,
);

// sycm.taobao.com: the ranking page's XHR, same origin.
const SYCM_PAGE = shell(
  '商品排行 - 生意参谋',
  `setTimeout(function () {
  var xhr = new XMLHttpRequest();
  xhr.open('GET', ${JSON.stringify(SYCM_QUERY)});
  xhr.onload = function () { window.pageGot = JSON.parse(xhr.responseText); };
  xhr.send();
}, 1500);`,
);

const html = (body: string) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(body);
};

/** A JSONP endpoint: the recorded body wrapped in the callback the request names. */
const jsonp =
  (body: (query: URLSearchParams) => string) => (req: IncomingMessage, res: ServerResponse) => {
    const query = new URL(req.url ?? '/', 'http://x').searchParams;
    const cb = query.get('callback') ?? 'callback';
    res
      .writeHead(200, { 'content-type': 'text/javascript; charset=utf-8' })
      .end(`/**/${cb}(${body(query)});`);
  };

/** The read log as the side panel reads it, from the extension's database. */
async function readLogOf(panel: Page): Promise<ReadEvent[]> {
  const row = await new Database(panel).get<{ value?: unknown }>('settings', 'readLog');
  return Array.isArray(row?.value) ? (row.value as ReadEvent[]) : [];
}

/** The logged read of the response requested from `apiUrl` (prefix match), once it arrives. */
async function loggedRead(panel: Page, match: (apiUrl: string) => boolean): Promise<ReadEvent> {
  let found: ReadEvent | undefined;
  await expect
    .poll(async () => {
      found = (await readLogOf(panel)).find((e) => e.apiUrl !== undefined && match(e.apiUrl));
      return found !== undefined;
    }, POLL)
    .toBe(true);
  return found!;
}

/** Serious or critical axe-core violations on an extension page (evaluated: no inline scripts there). */
async function seriousViolations(page: Page): Promise<string[]> {
  const source = await readFile(
    createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
    'utf8',
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; impact?: string | null; nodes: unknown[] }[] };
    const axe = (window as unknown as { axe: { run: (d: Document) => Promise<Result> } }).axe;
    const { violations } = await axe.run(document);
    return violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id} (${v.nodes.length})`);
  });
}

const bodies: Record<string, string> = {};
/** One side panel, open from before the first test, that every test reads. */
let panel: Page;

const test = e2eTest({
  routes: async () => {
    for (const name of [
      'alibaba-vip-effective-products.json',
      'alibaba-changed-answer.json',
      'tmall-sell-manage-async.json',
      'sycm-item-view-top.json',
    ])
      bodies[name] = await RECORDED(name);
    return {
      'data.alibaba.com/product/overview': { handler: html(VIP_PAGE) },
      'hz-mydata.alibaba.com/self/.json': {
        handler: jsonp((q) =>
          q.get('e2e') === 'changed'
            ? bodies['alibaba-changed-answer.json']!
            : bodies['alibaba-vip-effective-products.json']!,
        ),
      },
      'myseller.taobao.com/home.htm/SellManage/on_sale': { handler: html(TMALL_PAGE) },
      'h5api.m.taobao.com/h5/mtop.tmall.sell.pc.manage.async/1.0/': {
        handler: jsonp(() => bodies['tmall-sell-manage-async.json']!),
      },
      'sycm.taobao.com/cc/item_rank': { handler: html(SYCM_PAGE) },
      'sycm.taobao.com/cc/item/view/top.json': {
        handler: (_req, res) => {
          res
            .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
            .end(bodies['sycm-item-view-top.json']);
        },
      },
    };
  },
  launch: { extraHosts: API_HOSTS },
  async ready({ browser }) {
    panel = (await new Extension(browser).sidePanel('en')).page;
  },
});

describe('capture on the real consoles, in Chromium', () => {
  test('JSONP on data.alibaba.com: the page gets its answer untouched, the extension the script URL and body', async ({
    server,
    visit,
  }) => {
    const page = await visit('data.alibaba.com', '/product/overview');
    await expect
      .poll(() => page.evaluate(() => (window as { pageGot?: unknown }).pageGot), POLL)
      .toEqual(JSON.parse(bodies['alibaba-vip-effective-products.json']!));
    const cb = await page.evaluate(() => (window as { pageCallback?: string }).pageCallback);
    expect(cb).toMatch(/^jsonp_\d+_\d+$/);
    // The page's clean-up worked on the wrapped callback.
    expect(await page.evaluate((name) => name in window, cb!)).toBe(false);
    const apiUrl = server.url('hz-mydata.alibaba.com', `${VIP_QUERY}&callback=${cb}`);
    const event = await loggedRead(panel, (u) => u === apiUrl);
    expect(event).toMatchObject({
      site: 'alibaba',
      pageKind: 'productRank',
      url: server.url('data.alibaba.com', '/product/overview'),
    });
    // Read by the Alibaba.com ranking reader and listed in the side panel.
    expect(event).toMatchObject({ status: 'ok', rowCount: 2 });
    await panel.getByTestId('store-switcher').selectOption('alibaba:default');
    await expect
      .poll(() => panel.locator('table.grid').textContent(), POLL)
      .toContain('Bamboo Fiber Kids Bath Towel Hooded');
    expect(await panel.locator('table.grid').textContent()).toContain(
      'Stainless Steel Lunch Box 3 Layer',
    );
    // One request to the API host: the page's own; the extension sent none.
    expect(server.requests.filter((r) => r.host === 'hz-mydata.alibaba.com')).toHaveLength(1);
    await page.close();
  });

  test('lib.mtop.request on myseller.taobao.com: the Tmall item list is captured with its request data', async ({
    server,
    visit,
  }) => {
    const page = await visit('myseller.taobao.com', '/home.htm/SellManage/on_sale');
    await expect
      .poll(() => page.evaluate(() => (window as { pageGot?: unknown }).pageGot), POLL)
      .toEqual(JSON.parse(bodies['tmall-sell-manage-async.json']!));
    const scriptUrl = await page.evaluate(() => (window as { pageRequest?: string }).pageRequest);
    // Either hook may deliver first: the JSONP script's own URL, or the
    // gateway URL the mtop wrapper names (`http:` like the page, no port).
    const gatewayUrl = `http://h5api.m.taobao.com/h5/mtop.tmall.sell.pc.manage.async/1.0/?data=${encodeURIComponent(JSON.stringify(TMALL_DATA))}`;
    const event = await loggedRead(panel, (u) => u === scriptUrl || u === gatewayUrl);
    expect(event).toMatchObject({ site: 'taobao', pageKind: 'productList' });
    expect(JSON.parse(new URL(event.apiUrl!).searchParams.get('data')!)).toEqual(TMALL_DATA);
    // Read by the Taobao/Tmall item-list reader and listed in the side panel.
    expect(event).toMatchObject({ status: 'ok', rowCount: 2 });
    await panel.getByTestId('store-switcher').selectOption('taobao:default');
    await expect
      .poll(() => panel.locator('table.grid').textContent(), POLL)
      .toContain('天猫 夏季冰丝凉席三件套 可水洗');
    expect(server.requests.filter((r) => r.host === 'h5api.m.taobao.com')).toHaveLength(1);
    await page.close();
  });

  test('XHR on sycm.taobao.com: the ranking is read from the captured response and listed in the side panel', async ({
    server,
    visit,
  }) => {
    const page = await visit('sycm.taobao.com', '/cc/item_rank?dateType=recent7');
    await expect
      .poll(() => page.evaluate(() => (window as { pageGot?: unknown }).pageGot), POLL)
      .toEqual(JSON.parse(bodies['sycm-item-view-top.json']!));
    const event = await loggedRead(panel, (u) => u === server.url('sycm.taobao.com', SYCM_QUERY));
    expect(event).toMatchObject({
      status: 'ok',
      site: 'taobao',
      pageKind: 'productRank',
      rowCount: 2,
    });
    await panel.getByTestId('store-switcher').selectOption('taobao:default');
    // The same shop's Tmall item list (2 listings, read in the test before)
    // and these 2 ranked items: 4 listings in all.
    await expect
      .poll(() => panel.getByTestId('product-count').textContent(), POLL)
      .toContain('4 products');
    const table = await panel.locator('table.grid').textContent();
    expect(table).toContain('夏季纯棉短袖T恤 男款 宽松百搭');
    expect(table).toContain('冰丝防晒袖套 女 UPF50+');
    await page.close();
  });

  test('an answer no reader knows: the side panel offers a redacted sample, by keyboard, with no value in it', async ({
    server,
    visit,
  }) => {
    const page = await visit('data.alibaba.com', '/product/overview?e2e=changed');
    const event = await loggedRead(panel, (u) => u.includes('&e2e=changed&'));
    expect(event.status).toMatch(/^(unrecognized|empty)$/);
    expect(event.sample).toBeDefined();
    await expect
      .poll(() => panel.getByTestId('status-line').getAttribute('data-status'), POLL)
      .toBe(event.status);
    // The clipboard as the panel sees it: record what the button writes.
    await panel.evaluate(() => {
      const w = window as { copied?: string };
      navigator.clipboard.writeText = (text: string) => {
        w.copied = text;
        return Promise.resolve();
      };
    });
    await panel.getByTestId('copy-sample').focus();
    await panel.keyboard.press('Enter');
    await expect
      .poll(() => panel.getByTestId('copy-sample-result').textContent(), POLL)
      .toBe('Copied. It holds no values from your console: paste it into your report.');
    expect(await seriousViolations(panel)).toEqual([]);
    const copied = await panel.evaluate(() => (window as { copied?: string }).copied);
    expect(copied).toBe(event.sample);
    const sample = JSON.parse(copied!) as Record<string, unknown>;
    expect(sample).toMatchObject({
      storewise: 'redacted sample',
      site: 'alibaba',
      page: {
        url: server.url('data.alibaba.com', '/product/overview'),
        query: { e2e: '<string:short>' },
      },
      request: {
        query: { action: 'CommonAction', iName: 'getVipEffectiveProductsAndStats' },
      },
      // The JSONP hook posts the callback's argument as JSON, so the body is plain JSON here.
      body: {
        status: '<string:short>',
        payload: {
          rows: [{ pid: '<string:number>', name: '<string:medium>', exposure: '<number:int>' }],
        },
      },
    });
    for (const value of ['Silicone', '1600987654399', '4321']) expect(copied).not.toContain(value);
    await page.close();
  });
});
