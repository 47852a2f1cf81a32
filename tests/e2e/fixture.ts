import type { Locator, Page, Worker } from 'playwright-core';
import { test as base } from 'vitest';
import {
  extensionId,
  launchWithExtension,
  openExtensionPage,
  serviceWorker,
  startFixtureServer,
  type FixtureServer,
  type Launched,
  type LaunchOptions,
  type Route,
} from './harness';

// One set-up for every real-browser test: the fixture server, Chromium with the
// built extension, and page objects for the side panel, the popup, the options
// page and the extension's database. A file says what it needs (routes, launch
// options) and `e2eTest` hands each test the same browser and server for the
// whole file, closed after its last test.

export interface E2eSetup {
  /** Console routes the fixture server answers (harness.ts `startFixtureServer`). */
  routes?: Record<string, Route> | (() => Promise<Record<string, Route>>);
  /**
   * How to launch Chromium (extraHosts, extensionDir, args…), resolved when the file starts.
   * A function may start what the browser needs (a proxy, a build copy) and hand `afterClose`
   * what stops it once the browser is closed.
   */
  launch?:
    | LaunchOptions
    | ((f: { afterClose: (fn: () => Promise<void>) => void }) => Promise<LaunchOptions>);
  /** Runs once after launch, before the first test (console pages a seller would have open). */
  ready?: (f: { browser: Launched; server: FixtureServer }) => Promise<void>;
}

/** The extension's IndexedDB, read with plain IndexedDB from an extension page. */
export class Database {
  constructor(private readonly page: Page) {}

  /** Rows in one object store. */
  count(table: string): Promise<number> {
    return this.page.evaluate(
      (table) =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('storewise');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const req = db.transaction(table).objectStore(table).count();
            req.onsuccess = () => {
              db.close();
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      table,
    );
  }

  /** One row by its key, or undefined. */
  async get<T = Record<string, unknown>>(table: string, key: string): Promise<T | undefined> {
    const row: unknown = await this.page.evaluate(
      (q) =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('storewise');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const req = db.transaction(q.table).objectStore(q.table).get(q.key);
            req.onsuccess = () => {
              db.close();
              resolve(req.result);
            };
            req.onerror = () => reject(req.error);
          };
        }),
      { table, key },
    );
    return row as T | undefined;
  }

  /** Every row of one object store, in key order. */
  async rows<T = Record<string, unknown>>(table: string): Promise<T[]> {
    return ((await this.dump([table]))[table] ?? []) as T[];
  }

  /** Every row of the given object stores (all of them by default). */
  dump(tables?: string[]): Promise<Record<string, unknown[]>> {
    return this.page.evaluate(
      (tables) =>
        new Promise<Record<string, unknown[]>>((resolve, reject) => {
          const open = indexedDB.open('storewise');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const names = tables ?? Array.from(db.objectStoreNames);
            const tx = db.transaction(names, 'readonly');
            const out: Record<string, unknown[]> = {};
            for (const name of names) {
              const req = tx.objectStore(name).getAll();
              req.onsuccess = () => {
                out[name] = req.result;
              };
            }
            tx.oncomplete = () => {
              db.close();
              resolve(out);
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
      tables ?? null,
    );
  }

  /** Row counts per object store of a dump. */
  static counts(dump: Record<string, unknown[]>): Record<string, number> {
    return Object.fromEntries(Object.entries(dump).map(([k, v]) => [k, v.length]));
  }
}

/** The side panel, opened as a tab. */
export class SidePanel {
  constructor(readonly page: Page) {}

  get storeSwitcher(): Locator {
    return this.page.getByTestId('store-switcher');
  }
  async selectStore(storeKey: string): Promise<void> {
    await this.storeSwitcher.selectOption(storeKey);
  }
  /** Clicks the tab whose accessible name matches. */
  async showTab(name: string | RegExp): Promise<void> {
    await this.page.getByRole('tab', { name }).click();
  }
  statusLine(): Promise<string | null> {
    return this.page.getByTestId('status-line').textContent();
  }
  productCount(): Promise<string | null> {
    return this.page.getByTestId('product-count').textContent();
  }
  /** The product table's cells, row by row. */
  productRows(): Promise<string[][]> {
    return this.page
      .locator('table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => Array.from(r.querySelectorAll('td'), (td) => td.textContent ?? '')),
      );
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** The toolbar popup, opened as a tab. */
export class Popup {
  constructor(readonly page: Page) {}
  get root(): Locator {
    return this.page.getByTestId('popup');
  }
  close(): Promise<void> {
    return this.page.close();
  }
}

/** The running extension: its pages, its service worker and its database. */
export class Extension {
  constructor(readonly browser: Launched) {}

  id(): Promise<string> {
    return extensionId(this.browser.context);
  }
  worker(): Promise<Worker> {
    return serviceWorker(this.browser.context);
  }
  /** Any extension page as a tab; `lang` adds `?lang=`. */
  open(page: string, lang?: string): Promise<Page> {
    return openExtensionPage(this.browser.context, page, lang ? `?lang=${lang}` : '');
  }
  async sidePanel(lang?: string): Promise<SidePanel> {
    return new SidePanel(await this.open('sidepanel.html', lang));
  }
  async popup(lang?: string): Promise<Popup> {
    return new Popup(await this.open('popup.html', lang));
  }
  options(lang?: string): Promise<Page> {
    return this.open('options.html', lang);
  }
  /** A database reader on `page`, or on a fresh options page of its own. */
  async database(page?: Page): Promise<Database> {
    return new Database(page ?? (await this.options()));
  }
}

export interface E2eFixtures {
  server: FixtureServer;
  browser: Launched;
  extension: Extension;
  /**
   * Another Chromium for this test alone (a fresh or reused profile, a restart),
   * closed when the test ends; the file's `browser` is not started for it.
   */
  launch: (opts?: LaunchOptions) => Promise<Launched>;
  /** A console page in a new tab: `visit(host, pathAndQuery)`. */
  visit: (host: string, pathAndQuery: string) => Promise<Page>;
}

const resolveOption = async <T>(v: T | (() => Promise<T>) | undefined, fallback: T): Promise<T> =>
  typeof v === 'function' ? await (v as () => Promise<T>)() : (v ?? fallback);

/**
 * The test API for one e2e file: `const test = e2eTest({ routes, launch })`, then
 * `test('…', async ({ extension, visit, server }) => …)`. Server and browser are
 * file-scoped: started by the first test that asks, closed after the file.
 */
export function e2eTest(setup: E2eSetup = {}) {
  return (
    base
      // Vitest reads a fixture's dependencies from its destructured first argument.
      // eslint-disable-next-line no-empty-pattern
      .extend('server', { scope: 'file' }, async ({}, { onCleanup }) => {
        const server = await startFixtureServer(await resolveOption(setup.routes, {}));
        onCleanup(() => server.close());
        return server;
      })
      // Depends on the server, so the browser closes first.
      .extend('browser', { scope: 'file' }, async ({ server }, { onCleanup }) => {
        const after: (() => Promise<void>)[] = [];
        const opts =
          typeof setup.launch === 'function'
            ? await setup.launch({ afterClose: (fn) => after.push(fn) })
            : (setup.launch ?? {});
        const launched = await launchWithExtension(opts);
        onCleanup(async () => {
          await launched.close();
          for (const fn of after) await fn();
        });
        await setup.ready?.({ browser: launched, server });
        return launched;
      })
      .extend('extension', { scope: 'file' }, ({ browser }) => new Extension(browser))
      // eslint-disable-next-line no-empty-pattern
      .extend('launch', async ({}, { onCleanup }) => {
        const open: Launched[] = [];
        onCleanup(async () => {
          for (const l of open.splice(0)) await l.close();
        });
        return async (opts: LaunchOptions = {}): Promise<Launched> => {
          const launched = await launchWithExtension(opts);
          open.push(launched);
          // A browser the test closed itself is not closed again.
          return {
            ...launched,
            close: async () => {
              open.splice(open.indexOf(launched), 1);
              await launched.close();
            },
          };
        };
      })
      .extend(
        'visit',
        { scope: 'file' },
        ({ browser, server }) =>
          async (host: string, pathAndQuery: string): Promise<Page> => {
            const page = await browser.context.newPage();
            await page.goto(server.url(host, pathAndQuery));
            return page;
          },
      )
  );
}
