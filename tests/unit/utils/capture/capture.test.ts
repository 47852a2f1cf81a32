import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  copyChannelId,
  allowApis,
  installCapture,
  jsonpHook,
  mtopHook,
  pollForPageGlobals,
  wrapFetch,
  mtopApiUrl,
  wrapMtop,
  wrapXhr,
  type CaptureWindow,
} from '@/utils/capture/capture';
import { parseCaptureMessage } from '@/utils/capture/captureMessage';
import { ALIBABA_APIS, ALIEXPRESS_APIS, isAllowlisted, matchesAny } from '@/utils/sites/apis';

// The hooks tested one by one capture the whole allowlist (installCapture sets a script's part).
allowApis(isAllowlisted);

const LIST_API = 'mtop.global.merchant.new.product.manager.render.list';
const LIST_URL = `https://seller-acs.aliexpress.com/h5/${LIST_API}/1.0/?jsv=2.6.1&appKey=30267743&api=${LIST_API}&v=1.0`;
const OTHER_URL =
  'https://seller-acs.aliexpress.com/h5/mtop.aliexpress.seller.account.info/1.0/?token=abc';
const BODY = JSON.stringify({
  api: LIST_API,
  ret: ['SUCCESS::调用成功'],
  data: { table: { dataSource: [] } },
});

const flush = () => new Promise((ok) => setTimeout(ok, 0));

function fakeWindow(response: () => Response) {
  const posted: unknown[] = [];
  const win: CaptureWindow = {
    fetch: vi.fn(() => Promise.resolve(response())) as unknown as typeof fetch,
    location: {
      href: 'https://csp.aliexpress.com/m_apps/productManage/list-manage',
      origin: 'https://csp.aliexpress.com',
    },
    postMessage: (message) => posted.push(message),
  };
  return { win, posted };
}

const pageResponse = () =>
  new Response(BODY, {
    status: 200,
    headers: { 'content-type': 'application/json', 'x-page': 'kept' },
  });

describe('fetch wrapper', () => {
  it('returns the page its own response unchanged and posts the allowlisted body', async () => {
    const { win, posted } = fakeWindow(pageResponse);
    const original = win.fetch;
    wrapFetch(win, (apiUrl, body) =>
      win.postMessage({ source: 'storewise-capture', apiUrl, body }, win.location.origin),
    );
    const res = await win.fetch!(LIST_URL, { method: 'POST', body: 'data=secret' });
    expect(original).toHaveBeenCalledWith(LIST_URL, { method: 'POST', body: 'data=secret' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-page')).toBe('kept');
    expect(await res.text()).toBe(BODY);
    await flush();
    expect(posted).toHaveLength(1);
    expect(parseCaptureMessage(posted[0], isAllowlisted)).toEqual({
      api: LIST_API,
      apiUrl: LIST_URL,
      body: BODY,
    });
    // The request body (which carries tokens) never leaves.
    expect(JSON.stringify(posted)).not.toContain('secret');
  });

  it('still returns the response unchanged when the capture handler throws', async () => {
    const { win } = fakeWindow(pageResponse);
    const sink = vi.fn(() => {
      throw new Error('handler broke');
    });
    wrapFetch(win, sink);
    const res = await win.fetch!(new Request(LIST_URL));
    expect(await res.text()).toBe(BODY);
    expect(res.headers.get('content-type')).toBe('application/json');
    await flush();
    expect(sink).toHaveBeenCalledTimes(1);
  });

  it('passes a failed request through as the same rejection', async () => {
    const { win } = fakeWindow(pageResponse);
    const failure = new TypeError('Failed to fetch');
    win.fetch = vi.fn(() => Promise.reject(failure)) as unknown as typeof fetch;
    const sink = vi.fn();
    wrapFetch(win, sink);
    await expect(win.fetch!(LIST_URL)).rejects.toBe(failure);
    expect(sink).not.toHaveBeenCalled();
  });

  it('posts nothing for APIs off the allowlist', async () => {
    const { win, posted } = fakeWindow(pageResponse);
    const sink = vi.fn();
    wrapFetch(win, sink);
    expect(await (await win.fetch!(OTHER_URL)).text()).toBe(BODY);
    expect(await (await win.fetch!('https://csp.aliexpress.com/static/app.js')).text()).toBe(BODY);
    await flush();
    expect(sink).not.toHaveBeenCalled();
    expect(posted).toEqual([]);
  });
});

/** An XHR stand-in with the browser's observable surface: open/send, readyState, status, responseText, load event. */
class FakeXhr extends EventTarget {
  static reply = { status: 200, text: BODY };
  readyState = 0;
  status = 0;
  responseType: XMLHttpRequestResponseType = '';
  responseText = '';
  url = '';
  open(_method: string, url: string) {
    this.url = url;
    this.readyState = 1;
  }
  send(_body?: unknown) {
    queueMicrotask(() => {
      this.readyState = 4;
      this.status = FakeXhr.reply.status;
      this.responseText = FakeXhr.reply.text;
      this.dispatchEvent(new Event('readystatechange'));
      this.dispatchEvent(new Event('load'));
    });
  }
  get response(): unknown {
    return this.responseType === 'json' ? JSON.parse(this.responseText) : this.responseText;
  }
}

describe('XMLHttpRequest wrapper', () => {
  let win: CaptureWindow;
  beforeEach(() => {
    class Xhr extends FakeXhr {}
    win = {
      XMLHttpRequest: Xhr as unknown as typeof XMLHttpRequest,
      location: { href: 'https://csp.aliexpress.com/', origin: 'https://csp.aliexpress.com' },
      postMessage: () => undefined,
    };
  });

  const request = (url: string) =>
    new Promise<XMLHttpRequest>((done) => {
      const xhr = new win.XMLHttpRequest!();
      xhr.addEventListener('load', () => done(xhr));
      xhr.open('POST', url);
      xhr.send('data=secret');
    });

  it('leaves readyState, status and responseText as the page sees them, and captures the text', async () => {
    const sink = vi.fn();
    wrapXhr(win, sink);
    const xhr = await request(LIST_URL);
    expect([xhr.readyState, xhr.status, xhr.responseText]).toEqual([4, 200, BODY]);
    expect(sink).toHaveBeenCalledWith(LIST_URL, BODY);
  });

  it('keeps the page working when the handler throws', async () => {
    wrapXhr(win, () => {
      throw new Error('handler broke');
    });
    const xhr = await request(LIST_URL);
    expect(xhr.responseText).toBe(BODY);
    expect(xhr.status).toBe(200);
  });

  it('captures nothing off the allowlist', async () => {
    const sink = vi.fn();
    wrapXhr(win, sink);
    const xhr = await request(OTHER_URL);
    expect(xhr.responseText).toBe(BODY);
    expect(sink).not.toHaveBeenCalled();
  });
});

describe('lib.mtop.request wrapper and page config', () => {
  const PAGE = 'https://gsp.aliexpress.com/m_apps/productManage/list-manage';

  it('returns the SDK promise result and captures allowlisted calls under the gateway URL', async () => {
    const envelope = JSON.parse(BODY) as unknown;
    const mtop = {
      request: vi.fn((_params: unknown) => Promise.resolve(envelope)),
      config: { prefix: 'seller-acs', subDomain: '', mainDomain: 'aliexpress.com' },
    };
    const sink = vi.fn();
    expect(wrapMtop(mtop, sink, PAGE)).toBe(true);
    expect(wrapMtop(mtop, sink, PAGE)).toBe(false);
    await expect(
      mtop.request({ api: LIST_API, v: '1.0', data: { from: 'AE-NEW-LISTING' } }),
    ).resolves.toBe(envelope);
    await expect(mtop.request({ api: 'mtop.user.getUserInfo', v: '1.0' })).resolves.toBe(envelope);
    await flush();
    expect(sink).toHaveBeenCalledTimes(1);
    expect(sink).toHaveBeenCalledWith(
      'https://seller-acs.aliexpress.com/h5/mtop.global.merchant.new.product.manager.render.list/1.0/?data=%7B%22from%22%3A%22AE-NEW-LISTING%22%7D',
      BODY,
    );
  });

  it('names the gateway host from the call, then the SDK config, then the SDK defaults', () => {
    const page = 'https://myseller.taobao.com/home.htm/SellManage/on_sale';
    const api = 'mtop.taobao.sell.pc.manage.async';
    expect(mtopApiUrl({ api, v: '1.0', data: '{"a":1}' }, undefined, page)).toBe(
      'https://h5api.m.taobao.com/h5/mtop.taobao.sell.pc.manage.async/1.0/?data=%7B%22a%22%3A1%7D',
    );
    expect(mtopApiUrl({ api: 'MTOP.Taobao.X', v: '2.0', prefix: 'acs' }, undefined, page)).toBe(
      'https://acs.m.taobao.com/h5/mtop.taobao.x/2.0/',
    );
    expect(mtopApiUrl({ api, v: '1.0' }, { subDomain: 'wapa' }, page)).toBe(
      'https://h5api.wapa.taobao.com/h5/mtop.taobao.sell.pc.manage.async/1.0/',
    );
    // A host part that is not a host label is ignored, not spliced into the URL.
    expect(mtopApiUrl({ api, v: '1.0', prefix: 'evil.com/x?' }, undefined, page)).toBe(
      'https://h5api.m.taobao.com/h5/mtop.taobao.sell.pc.manage.async/1.0/',
    );
    expect(mtopApiUrl({ v: '1.0' }, undefined, page)).toBeUndefined();
    expect(mtopApiUrl('not params', undefined, page)).toBeUndefined();
  });

  it('copies the store id from mtopConfig once the page defines it (bounded poll)', () => {
    const root = document.createElement('html');
    const timers: (() => void)[] = [];
    const win: Parameters<typeof pollForPageGlobals>[0] = {
      location: { href: 'https://gsp.aliexpress.com/' },
      setTimeout: (fn) => timers.push(fn),
    };
    pollForPageGlobals(win, root, vi.fn(), { everyMs: 10, tries: 3 });
    expect(root.dataset.storewiseChannelId).toBeUndefined();
    win.mtopConfig = { queryStringParameters: { '__channel-id__': '2001234' } };
    timers.shift()?.();
    expect(root.getAttribute('data-storewise-channel-id')).toBe('2001234');
    // Gives up after `tries` when lib.mtop never appears.
    while (timers.length) timers.shift()?.();
    expect(timers).toHaveLength(0);
  });

  it('ignores a channel id that is not a number', () => {
    const root = document.createElement('html');
    expect(
      copyChannelId({ mtopConfig: { queryStringParameters: { '__channel-id__': '<img>' } } }, root),
    ).toBe(false);
    expect(root.dataset.storewiseChannelId).toBeUndefined();
  });

  it('installCapture posts to the page origin with the capture tag', async () => {
    const { win, posted } = fakeWindow(pageResponse);
    const targets: string[] = [];
    win.postMessage = (message, origin) => {
      posted.push(message);
      targets.push(origin);
    };
    const page = { ...win, setTimeout: () => 0 };
    installCapture(page, null, isAllowlisted, [mtopHook, jsonpHook]);
    // A second install (script injected twice) must not wrap twice and post twice.
    installCapture(page, null, isAllowlisted, [mtopHook, jsonpHook]);
    await (await page.fetch!(LIST_URL)).text();
    await flush();
    expect(targets).toEqual(['https://csp.aliexpress.com']);
    expect(posted[0]).toEqual({ source: 'storewise-capture', apiUrl: LIST_URL, body: BODY });
  });

  it("a marketplace's script captures its own part of the allowlist only", async () => {
    const captured = async (allow: (api: string) => boolean) => {
      const { win } = fakeWindow(pageResponse);
      const posted: unknown[] = [];
      const page = { ...win, setTimeout: () => 0, postMessage: (m: unknown) => posted.push(m) };
      installCapture(page, null, allow, []);
      await (await page.fetch!(LIST_URL)).text();
      await flush();
      return posted;
    };
    try {
      // The AliExpress product list is no Alibaba.com API.
      expect(await captured(matchesAny(ALIBABA_APIS))).toEqual([]);
      expect(await captured(matchesAny(ALIEXPRESS_APIS))).toEqual([
        { source: 'storewise-capture', apiUrl: LIST_URL, body: BODY },
      ]);
    } finally {
      allowApis(isAllowlisted);
    }
  });
});

describe('request URLs as the page names them', () => {
  it('a relative fetch URL is posted resolved against the page, query included', async () => {
    const { win } = fakeWindow(pageResponse);
    win.location = {
      href: 'https://sycm.taobao.com/cc/item_rank?dateType=recent7',
      origin: 'https://sycm.taobao.com',
    };
    const sink = vi.fn();
    wrapFetch(win, sink);
    await (await win.fetch!('/cc/item/sale/overview.json?dateType=recent7&itemId=6123')).text();
    await flush();
    expect(sink).toHaveBeenCalledWith(
      'https://sycm.taobao.com/cc/item/sale/overview.json?dateType=recent7&itemId=6123',
      BODY,
    );
  });
});

describe('the isolated side checks what the page posted', () => {
  const ok = { source: 'storewise-capture', apiUrl: LIST_URL, body: BODY };

  it('refuses an allowlisted API that no reader of this content script reads', () => {
    // A site's script passes its own readers (registry readsApi): here, none reads it.
    expect(parseCaptureMessage(ok, (api) => api !== LIST_API)).toBeUndefined();
  });

  it('accepts a well-formed allowlisted record, body kept as text', () => {
    expect(parseCaptureMessage(ok, isAllowlisted)).toEqual({
      api: LIST_API,
      apiUrl: LIST_URL,
      body: BODY,
    });
  });

  it.each([
    ['not an object', 'storewise-capture'],
    ['another source', { ...ok, source: 'page-script' }],
    ['the old {api, body} shape', { source: 'storewise-capture', api: LIST_API, body: BODY }],
    ['a parsed body', { ...ok, body: { api: LIST_API } }],
    ['a relative URL', { ...ok, apiUrl: `/h5/${LIST_API}/1.0/` }],
    ['a javascript: URL', { ...ok, apiUrl: `javascript:alert(1)//h5/${LIST_API}/1.0/` }],
    ['an API off the allowlist', { ...ok, apiUrl: OTHER_URL }],
    ['a URL naming no API', { ...ok, apiUrl: 'https://csp.aliexpress.com/static/app.js' }],
    ['an oversized URL', { ...ok, apiUrl: `${LIST_URL}&pad=${'x'.repeat(16_000)}` }],
    ['an oversized body', { ...ok, body: 'x'.repeat(20_000_001) }],
  ])('refuses %s', (_, message) => {
    expect(parseCaptureMessage(message, isAllowlisted)).toBeUndefined();
  });
});
