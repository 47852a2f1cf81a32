import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '@/utils/sites/index';
import { startPageReader } from '@/utils/capture/pageReader';
import { sendMessage } from '@/utils/protocol';

// The isolated content script's hand-over: what it sends the background for
// a posted capture and for the page's own tables.

vi.mock('@/utils/protocol', () => ({
  sendMessage: vi.fn(() => Promise.resolve({ ok: true, status: 'logged' })),
}));

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
const SYCM_BODY = readFileSync(join(FIXTURES, 'capture/sycm-item-view-top.json'), 'utf8');
const PAGE = 'https://sycm.taobao.com/cc/item_rank?dateType=recent7';
const TOP_URL = 'https://sycm.taobao.com/cc/item/view/top.json?dateType=recent7';
const sent = vi.mocked(sendMessage);

let invalidate: () => void = () => undefined;

/** A content-script context whose listeners, timers and observers end with the test. */
function fakeCtx(): ContentScriptContext {
  const abort = new AbortController();
  const timers: ReturnType<typeof setTimeout>[] = [];
  const onEnd: (() => void)[] = [];
  invalidate = () => {
    abort.abort();
    timers.forEach(clearTimeout);
    onEnd.forEach((fn) => fn());
  };
  return {
    setTimeout: (fn: () => void, ms: number) => {
      const id = setTimeout(fn, ms);
      timers.push(id);
      return id;
    },
    addEventListener: (target: EventTarget, type: string, fn: EventListener) =>
      target.addEventListener(type, fn, { signal: abort.signal }),
    onInvalidated: (fn: () => void) => onEnd.push(fn),
  } as unknown as ContentScriptContext;
}

const post = (data: unknown) =>
  window.dispatchEvent(new MessageEvent('message', { data, source: window }));

/** The payloads sent so far, as the background receives them. */
const reports = () => sent.mock.calls.map((c) => c[1] as Record<string, unknown>);

beforeEach(() => {
  vi.useFakeTimers();
  sent.mockClear();
  (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL(PAGE);
  document.body.innerHTML = '<div id="root">加载中…</div>';
});
afterEach(() => {
  invalidate();
  vi.useRealTimers();
});

describe('startPageReader: posted captures', () => {
  it('an ok read goes with its request URL and no sample', async () => {
    startPageReader(fakeCtx());
    post({ source: 'storewise-capture', apiUrl: TOP_URL, body: SYCM_BODY });
    expect(reports()).toHaveLength(1);
    expect(reports()[0]).toMatchObject({
      status: 'ok',
      site: 'taobao',
      pageKind: 'productRank',
      apiUrl: TOP_URL,
    });
    expect(reports()[0]).not.toHaveProperty('material');
  });

  it('a response no reader understands goes as a failure with the material of its sample', () => {
    // The background redacts it before logging (tests/unit/entrypoints/background/ingestHandler.test.ts).
    startPageReader(fakeCtx());
    const body = '{"content":{"shape":"new","rows":[{"secret":"夏季纯棉短袖T恤"}]}}';
    post({ source: 'storewise-capture', apiUrl: TOP_URL, body });
    const [report] = reports();
    expect(report).toMatchObject({ apiUrl: TOP_URL, site: 'taobao', pageKind: 'productRank' });
    expect(report?.status).toMatch(/^(unrecognized|empty)$/);
    expect(report?.material).toEqual({
      from: 'capture',
      api: '/cc/item/view/top.json',
      apiUrl: TOP_URL,
      body,
    });
    expect(report).not.toHaveProperty('sample');
  });

  it('a body that is neither JSON nor JSONP is unrecognized, naming its API', () => {
    startPageReader(fakeCtx());
    post({ source: 'storewise-capture', apiUrl: TOP_URL, body: '<html>请登录</html>' });
    expect(reports()[0]).toMatchObject({
      status: 'unrecognized',
      site: 'taobao',
      reason: 'the response of API /cc/item/view/top.json is neither JSON nor JSONP',
      apiUrl: TOP_URL,
    });
  });

  it('ignores what the page posts off the allowlist or in another shape', () => {
    startPageReader(fakeCtx());
    post({
      source: 'storewise-capture',
      apiUrl: 'https://sycm.taobao.com/user/info.json',
      body: '{}',
    });
    post({ source: 'storewise-capture', api: '/cc/item/view/top.json', body: SYCM_BODY });
    post('storewise-capture');
    expect(reports()).toEqual([]);
  });
});

describe('startPageReader: DOM reads beside captures', () => {
  it('a DOM re-read that says what the last DOM read said is not sent again after a capture', async () => {
    startPageReader(fakeCtx());
    await vi.advanceTimersByTimeAsync(700);
    const domReports = reports().length;
    expect(domReports).toBe(1);
    expect(reports()[0]).not.toHaveProperty('apiUrl');
    post({
      source: 'storewise-capture',
      apiUrl: TOP_URL,
      body: '{"content":{"shape":"new"}}',
    });
    expect(reports()).toHaveLength(2);
    // The page changes (a spinner goes), the DOM is read again: same failure, not re-sent.
    document.body.innerHTML = '<div id="root"></div>';
    await vi.advanceTimersByTimeAsync(700);
    expect(reports()).toHaveLength(2);
  });
});
