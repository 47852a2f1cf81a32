import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { ALL_CONSOLE_HOSTS } from '../../utils/sites/hosts';

// Real-browser harness: Debian's Chromium (never a downloaded one) with the
// BUILT extension loaded, fixture pages served on 127.0.0.1, and the real
// console host names mapped there, so content-script matches see real URLs.

export const ROOT = resolve(import.meta.dirname, '../..');
export const EXTENSION_DIR = join(ROOT, '.output/chrome-mv3');
export const FIXTURES_DIR = join(ROOT, 'tests/fixtures');

export const CHROMIUM_INSTALL_HINT =
  "No Chromium found. Install Debian's: `apt-get update && apt-get install -y chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.";

/** The Chromium to drive: CHROMIUM_PATH, else the first of the usual names on PATH. Throws with install advice. */
export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist. ${CHROMIUM_INSTALL_HINT}`);
  }
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const path = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  throw new Error(CHROMIUM_INSTALL_HINT);
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
    close: () => new Promise<void>((ok) => server.close(() => ok())),
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
  return existing ?? (await context.waitForEvent('serviceworker', { timeout: 45_000 }));
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
