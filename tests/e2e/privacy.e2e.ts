import { existsSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect } from 'vitest';
import { registeredReaders } from '../../utils/sites';
import { ALL_CONSOLE_HOSTS } from '../../utils/sites/hosts';
import { e2eTest } from './fixture';
import { FIXTURES_DIR, type Route } from './harness';
import { casesOf } from '../fixtures/cases';

// The extension makes no network request of its own (SECURITY.md). Chromium
// runs with every request, from every page, extension page and the service
// worker, sent through a recording proxy; the test then compares the log with
// the requests the test made the pages make. Anything else fails.

interface Logged {
  method: string;
  url: string;
}

/** An HTTP proxy that records everything and forwards console hosts to the fixture server. */
async function startRecordingProxy(): Promise<{
  port: number;
  log: Logged[];
  close(): Promise<void>;
}> {
  const log: Logged[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    log.push({ method: req.method ?? 'GET', url });
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // Only the mapped console hosts exist here; anything else is refused (and logged).
    if (!ALL_CONSOLE_HOSTS.includes(target.hostname)) {
      res.writeHead(502).end();
      return;
    }
    const upstream = httpRequest(
      {
        host: '127.0.0.1',
        port: Number(target.port || 80),
        path: `${target.pathname}${target.search}`,
        method: req.method,
        headers: req.headers,
      },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  // HTTPS and WebSockets arrive as CONNECT / upgrade: record and refuse.
  server.on('connect', (req, socket) => {
    log.push({ method: 'CONNECT', url: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('upgrade', (req, socket) => {
    log.push({ method: 'UPGRADE', url: req.url ?? '' });
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    log,
    // Keep-alive sockets the browser left open would hold close() until they time out.
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/**
 * Chromium's own background services (network time, component updates,
 * sign-in, optimisation hints) talk to Google whatever the flags. Not ours: the
 * extension has no host permission there, and every request from the
 * extension's own contexts is checked separately (`fromExtension`).
 */
const BROWSER_SERVICE_DOMAINS = ['google.com', 'googleapis.com', 'gstatic.com', 'gvt1.com'];
const isBrowserService = (host: string) =>
  BROWSER_SERVICE_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}

/** The script at the bottom of an (async) initiator stack: who started it all. */
function outermostFrameUrl(stack: StackTrace | undefined): string | undefined {
  let s = stack;
  let url: string | undefined;
  while (s) {
    const last = s.callFrames[s.callFrames.length - 1];
    if (last?.url) url = last.url;
    s = s.parent;
  }
  return url;
}

/** One console page per registered reader that has a saved HTML page: its real URL and the fixture. */
function consolePages(): { host: string; pathAndQuery: string; file: string }[] {
  const pages = new Map<string, { host: string; pathAndQuery: string; file: string }>();
  for (const reader of registeredReaders()) {
    const file = casesOf(reader).fixtures.find(
      (f) => f.endsWith('.html') && existsSync(join(FIXTURES_DIR, f)),
    );
    const testUrl = casesOf(reader).testUrls.find((u) =>
      ALL_CONSOLE_HOSTS.includes(new URL(u).hostname),
    );
    if (!file || !testUrl) continue;
    const url = new URL(testUrl);
    const key = `${url.hostname}${url.pathname}`;
    if (!pages.has(key))
      pages.set(key, { host: url.hostname, pathAndQuery: `${url.pathname}${url.search}`, file });
  }
  return [...pages.values()];
}

const pages = consolePages();
let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;

const routes: Record<string, Route> = {};
for (const p of pages) routes[`${p.host}${p.pathAndQuery.split('?')[0] ?? ''}`] = { file: p.file };
routes['gsp.aliexpress.com/__page-own-request'] = {
  handler: (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
  },
};

const test = e2eTest({
  routes,
  async launch({ afterClose }) {
    proxy = await startRecordingProxy();
    afterClose(() => proxy.close());
    // `<-loopback>` removes Chromium's implicit proxy bypass for localhost.
    return {
      args: [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>'],
    };
  },
});

describe('privacy: the extension makes no network request of its own', () => {
  test('every request that left the browser was one a console page made itself', async ({
    browser,
    extension,
    server: fixtures,
  }) => {
    expect(pages.length).toBeGreaterThan(0);
    const expected = new Set<string>();
    // What Chromium saw the console pages request (scripts, images, fetches)…
    const pageMade = new Set<string>();
    // …and requests from the extension's own contexts (service worker, extension pages).
    const fromExtension: string[] = [];
    browser.context.on('request', (req) => {
      if (req.url().startsWith('chrome-extension://')) return;
      const worker = req.serviceWorker();
      const origin = worker ? worker.url() : req.frame().url();
      if (origin.startsWith('chrome-extension://')) fromExtension.push(`${origin} → ${req.url()}`);
      else pageMade.add(req.url());
    });
    // A content script's fetch is attributed to the page's frame; its initiator
    // stack still names the script that started it.
    const startedByExtension: string[] = [];
    const watchInitiators = async (page: Page) => {
      const cdp = await browser.context.newCDPSession(page);
      cdp.on('Network.requestWillBeSent', (e) => {
        const outermost = outermostFrameUrl(e.initiator.stack);
        if (outermost?.startsWith('chrome-extension://')) {
          startedByExtension.push(`${outermost} → ${e.request.url}`);
        }
      });
      await cdp.send('Network.enable');
    };

    const panel = (await extension.sidePanel('en')).page;
    for (const p of pages) {
      const url = fixtures.url(p.host, p.pathAndQuery);
      expected.add(url);
      const page = await browser.context.newPage();
      await watchInitiators(page);
      await page.goto(url);
      // A request of the page's own (through the MAIN-world fetch wrapper): the
      // recorder must see it, which proves it sees traffic at all.
      const own = fixtures.url('gsp.aliexpress.com', '/__page-own-request');
      if (p.host === 'gsp.aliexpress.com') {
        expected.add(own);
        expect(await page.evaluate((u) => fetch(u).then((r) => r.json()), own)).toEqual({
          ok: true,
        });
      }
      // Let the content script read (debounced) and the worker ingest.
      await page.waitForTimeout(1_500);
      await page.close();
    }

    // The extension worked: it stored what it read.
    const worker = await extension.worker();
    const snapshots = await worker.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('storewise');
          open.onerror = () => reject(new Error(String(open.error)));
          open.onsuccess = () => {
            const count = open.result.transaction('snapshots').objectStore('snapshots').count();
            count.onsuccess = () => resolve(count.result);
          };
        }),
    );
    expect(snapshots).toBeGreaterThan(0);

    // Work through the extension's pages too: every side panel tab, popup, options.
    for (const tab of await panel.getByRole('tab').all()) {
      await tab.click();
      await panel.waitForTimeout(300);
    }
    const popup = (await extension.popup('en')).page;
    const options = await extension.options('en');
    await popup.waitForTimeout(1_000);
    await Promise.all([popup.close(), options.close()]);

    const proxied = proxy.log.map((r) => r.url);
    expect(proxied).toEqual(expect.arrayContaining([...expected]));
    for (const url of expected) expect(pageMade).toContain(url);
    const pageHosts = new Set([...pageMade].map((u) => new URL(u).host));
    const unexpected = proxy.log.filter((r) => {
      if (r.method === 'CONNECT') {
        // HTTPS: only host:port is visible. A console page's own https subresource, or the browser's.
        const [host = '', port = '443'] = r.url.split(':');
        return !pageHosts.has(port === '443' ? host : r.url) && !isBrowserService(host);
      }
      const url = new URL(r.url);
      if (pageMade.has(r.url)) return false;
      // Chromium itself asks each visited host for a favicon.
      if (r.method === 'GET' && url.pathname === '/favicon.ico') return false;
      return !isBrowserService(url.hostname);
    });
    expect(unexpected).toEqual([]);
    expect(startedByExtension).toEqual([]);
    expect(fromExtension).toEqual([]);

    // Control: a request the extension itself makes is caught by both recorders,
    // so the empty lists above mean something.
    const probe = fixtures.url('gsp.aliexpress.com', '/__page-own-request?from=extension');
    await panel.evaluate((u) => fetch(u).then((r) => r.status), probe);
    await panel.close();
    expect(fromExtension.some((r) => r.endsWith(`→ ${probe}`))).toBe(true);
    expect(proxy.log.map((r) => r.url)).toContain(probe);
  });
});
