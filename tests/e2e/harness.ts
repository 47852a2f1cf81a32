import { existsSync, mkdirSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ALL_CONSOLE_HOSTS } from '../../utils/sites/hosts';
import { ensureBrowser } from '../../scripts/browser.mjs';

// Real-browser harness: a Chromium that loads unpacked extensions
// (scripts/browser.mjs finds or installs it) with the BUILT extension loaded, fixture pages served on 127.0.0.1, and the real
// console host names mapped there, so content-script matches see real URLs.

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

/**
 * Where the e2e run writes its screenshots: a git-ignored folder, so a test run
 * leaves the tree clean. `npm run screenshots` points it at docs/screenshots/
 * to refresh the README's copies (scripts/screenshots.mjs).
 */
export const SCREENSHOTS_DIR = resolve(
  ROOT,
  process.env.STOREWISE_SCREENSHOTS_DIR ?? 'test-results/screenshots',
);
mkdirSync(SCREENSHOTS_DIR, { recursive: true });

let browserPath: string | undefined;

/**
 * The Chromium to drive (scripts/browser.mjs: CHROMIUM_PATH, PATH, the usual
 * install locations; installs Debian's chromium as root on Debian/Ubuntu).
 * Throws with install advice, never opens a browser that cannot load the extension.
 */
export function findChromium(): string {
  browserPath ??= ensureBrowser();
  return browserPath;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** A route answers a request on a console host: a fixture file, or a handler of its own. */
export type Route =
  | { file: string; status?: number; headers?: Record<string, string> }
  | { handler: (req: IncomingMessage, res: ServerResponse) => void | Promise<void> };

export interface FixtureServer {
  port: number;
  /** `http://<host>:<port><path>`: a real console URL that resolves to this server. */
  url(host: string, pathAndQuery: string): string;
  /** Requests the server answered, for privacy checks. */
  requests: { host: string; path: string }[];
  close(): Promise<void>;
}

/**
 * Serves console pages by host and path: `routes['gsp.aliexpress.com/m_apps/productManage/list-manage']`
 * (query ignored) → a file under tests/fixtures. `/__fixtures/<path>` serves any fixture file as is.
 */
export async function startFixtureServer(routes: Record<string, Route>): Promise<FixtureServer> {
  const requests: FixtureServer['requests'] = [];
  const server: Server = createServer((req, res) => {
    void (async () => {
      const host = (req.headers.host ?? '').replace(/:\d+$/, '');
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push({ host, path: req.url ?? '/' });
      const route: Route | undefined =
        routes[`${host}${path}`] ??
        (path.startsWith('/__fixtures/') ? { file: path.slice('/__fixtures/'.length) } : undefined);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${path}`);
        return;
      }
      if ('handler' in route) {
        await route.handler(req, res);
        return;
      }
      const file = resolve(FIXTURES_DIR, route.file);
      if (!file.startsWith(FIXTURES_DIR)) {
        res.writeHead(403).end();
        return;
      }
      try {
        const body = await readFile(file);
        res.writeHead(route.status ?? 200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-store',
          ...route.headers,
        });
        res.end(body);
      } catch {
        res.writeHead(404, { 'content-type': 'text/plain' }).end(`missing fixture ${route.file}`);
      }
    })();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    requests,
    url: (host, pathAndQuery) => `http://${host}:${port}${pathAndQuery}`,
    // Keep-alive sockets the browser left open would hold close() until they time out.
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

export interface LaunchOptions {
  /** Reuse a profile (restart tests); a fresh temporary one by default. */
  userDataDir?: string;
  headless?: boolean;
  extensionDir?: string;
  /** Extra hosts to map to 127.0.0.1 besides the console hosts. */
  extraHosts?: string[];
  /** Load without the extension (benchmark baselines). */
  withoutExtension?: boolean;
  args?: string[];
}

export interface Launched {
  context: BrowserContext;
  userDataDir: string;
  /** Closes the browser; removes the profile when it was a temporary one. */
  close(): Promise<void>;
}

/** Flags that keep Chromium off the network it does not have here and quiet. */
export function chromiumArgs(opts: LaunchOptions = {}): string[] {
  const hosts = [...ALL_CONSOLE_HOSTS, ...(opts.extraHosts ?? [])];
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=DisableLoadExtensionCommandLineSwitch',
    `--host-resolver-rules=${hosts.map((h) => `MAP ${h} 127.0.0.1`).join(', ')}`,
    ...(opts.withoutExtension
      ? []
      : [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`]),
    ...(opts.args ?? []),
  ];
}

export async function launchWithExtension(opts: LaunchOptions = {}): Promise<Launched> {
  const ext = opts.extensionDir ?? EXTENSION_DIR;
  if (!opts.withoutExtension && !existsSync(join(ext, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${ext}: run \`npm run build\` first (npm run test:e2e does).`,
    );
  }
  const temp = !opts.userDataDir;
  const userDataDir = opts.userDataDir ?? (await mkdtemp(join(tmpdir(), 'storewise-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: findChromium(),
    headless: opts.headless ?? true,
    args: chromiumArgs(opts),
    viewport: { width: 1280, height: 800 },
  });
  return {
    context,
    userDataDir,
    async close() {
      await context.close();
      if (temp) await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The extension's service worker (waits for it to start). */
export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const existing = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
  if (existing) return existing;
  try {
    return await context.waitForEvent('serviceworker', { timeout: 45_000 });
  } catch (e) {
    // An empty browser must never pass for a loaded extension.
    throw new Error(
      `Storewise did not start in ${findChromium()} within 45 s. A browser that ignores ` +
        '--load-extension (branded Google Chrome 137+) cannot run it; use Chromium or Chrome for Testing.',
      { cause: e },
    );
  }
}

export async function extensionId(context: BrowserContext): Promise<string> {
  const worker = await serviceWorker(context);
  return new URL(worker.url()).host;
}

/** Opens an extension page (`sidepanel.html`, `popup.html`, `options.html`) as a tab. */
export async function openExtensionPage(
  context: BrowserContext,
  page: string,
  query = '',
): Promise<Page> {
  const id = await extensionId(context);
  const tab = await context.newPage();
  await tab.goto(`chrome-extension://${id}/${page}${query}`);
  return tab;
}
