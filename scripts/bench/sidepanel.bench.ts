import { loadavg } from 'node:os';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage } from '../../tests/e2e/harness';
import { bundleForPage, ensureExtensionBuilt, figure, median } from './lib/common';
import type { SeedCounts, SeedOptions } from './lib/sidepanelSeed';
import type { Figure } from './types';

// Side panel (issue 6): time to first render of each tab with a year of
// history for 2,000 products, and the panel's JS heap, in headless Chromium
// with the built extension. The history is written with raw IndexedDB into
// the extension's own database from its side panel page; each measurement then
// loads the panel afresh.
//
// - Tier: navigation start → the tab's first content (the product count, which
//   renders in the same commit as the capability, customer and role sections).
// - Keywords, Promo: the click on the tab, in a panel that has rendered Tier,
//   → the tab's first content (first listing card; the promo timeline).
// "Rendered" is the first animation frame after the element is in the DOM and
// laid out, seen by a MutationObserver installed before the page's scripts.

const RUNS = Number(process.env.BENCH_SIDEPANEL_RUNS ?? 5);
const TARGET_MS = 300;
const SEED: Omit<SeedOptions, 'lastDay'> = {
  products: Number(process.env.BENCH_PRODUCTS ?? 2000),
  days: Number(process.env.BENCH_DAYS ?? 365),
  keywordProducts: 300,
  keywordDays: 30,
  termsPerProduct: 10,
  customers: 3000,
};

const FIRST_CONTENT = {
  tier: '[data-testid="product-count"]',
  keywords: '[data-testid="listing"]',
  promo: '[data-testid="promo-timeline"]',
} as const;
type Tab = keyof typeof FIRST_CONTENT;
const TABS = Object.keys(FIRST_CONTENT) as Tab[];

interface Seen {
  inserted: number;
  frame?: number;
}
interface Marks {
  seen: Partial<Record<Tab, Seen>>;
  clickAt?: number;
}
declare global {
  interface Window {
    __storewiseBenchMarks?: Marks;
  }
}

// A plain-JS string: tsx would wrap a function's inner helpers in `__name`
// calls that do not exist in the page.
const OBSERVER = `(() => {
  if (!location.pathname.endsWith('/sidepanel.html')) return;
  const want = ${JSON.stringify(FIRST_CONTENT)};
  const marks = { seen: {} };
  window.__storewiseBenchMarks = marks;
  const check = () => {
    for (const [tab, selector] of Object.entries(want)) {
      if (marks.seen[tab]) continue;
      const el = document.querySelector(selector);
      if (!el || el.getClientRects().length === 0) continue;
      const seen = { inserted: performance.now() };
      marks.seen[tab] = seen;
      requestAnimationFrame(() => { seen.frame = performance.now(); });
    }
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
})();`;

async function marks(page: Page): Promise<Marks> {
  const m = await page.evaluate(() => window.__storewiseBenchMarks);
  if (!m) throw new Error('the first-render observer did not run in the side panel');
  return m;
}

async function frameOf(page: Page, tab: Tab): Promise<number> {
  try {
    await page.waitForFunction(
      (t) => window.__storewiseBenchMarks?.seen[t as Tab]?.frame !== undefined,
      tab,
      { timeout: 120_000, polling: 50 },
    );
  } catch (e) {
    const state = JSON.stringify(await page.evaluate(() => window.__storewiseBenchMarks ?? null));
    throw new Error(`${tab} never rendered; marks ${state}`, { cause: e });
  }
  const frame = (await marks(page)).seen[tab]?.frame;
  if (frame === undefined) throw new Error(`no frame mark for ${tab}`);
  return frame;
}

/** The JS heap the panel holds after a full garbage collection, in MB. */
async function heapMb(context: BrowserContext, page: Page): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('Performance.enable');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value;
    if (used === undefined) throw new Error('no JSHeapUsedSize metric');
    return used / 1024 / 1024;
  } finally {
    await cdp.detach();
  }
}

interface TabRun {
  ms: number;
  heap?: number;
  /** Keywords: the click → every listing analysed (the "analysing n of N" line gone). */
  allAnalysedMs?: number;
}

async function loadTab(context: BrowserContext, tab: Tab, measureHeap: boolean): Promise<TabRun> {
  const page = await openExtensionPage(context, 'sidepanel.html', '?lang=en');
  try {
    const tierFrame = await frameOf(page, 'tier');
    if (tab === 'tier') {
      return { ms: tierFrame, ...(measureHeap ? { heap: await heapMb(context, page) } : {}) };
    }
    await page.evaluate((t) => {
      const m = window.__storewiseBenchMarks;
      if (m) m.clickAt = performance.now();
      document.getElementById(`tab-${t}`)?.click();
    }, tab);
    const frame = await frameOf(page, tab);
    const clickAt = (await marks(page)).clickAt ?? Number.NaN;
    const run: TabRun = { ms: frame - clickAt };
    if (tab === 'keywords') {
      await page.waitForFunction(
        // The "Analysing n of N listings…" line (English panel) is gone; other live regions stay.
        () =>
          !Array.from(document.querySelectorAll('.keywords-tab [role="status"]')).some((el) =>
            el.textContent?.startsWith('Analysing'),
          ),
        undefined,
        {
          timeout: 120_000,
          polling: 50,
        },
      );
      run.allAnalysedMs = (await page.evaluate(() => performance.now())) - clickAt;
    }
    if (measureHeap) run.heap = await heapMb(context, page);
    return run;
  } finally {
    await page.close();
  }
}

/** Seeds the profile's database unless it already holds the full history. */
async function seedOnce(context: BrowserContext, seedScript: string): Promise<SeedCounts> {
  const seeder = await openExtensionPage(context, 'sidepanel.html', '?lang=en');
  try {
    await seeder
      .locator('[data-testid="store-none"], [data-testid="store-switcher"]')
      .first()
      .waitFor({ timeout: 60_000 });
    // Extension pages allow no inline script tags; evaluate runs the bundle instead.
    await seeder.evaluate(seedScript);
    const lastDay = await seeder.evaluate(() => new Date().toISOString().slice(0, 10));
    const existing = await seeder.evaluate(() => window.__storewiseSeededCounts!());
    const expectDaily = SEED.products * SEED.days;
    if (existing.products === SEED.products && existing.productDaily === expectDaily)
      return existing;
    const seeded = await seeder.evaluate((o) => window.__storewiseSeedSidepanel!(o), {
      ...SEED,
      lastDay,
    });
    if (seeded.products !== SEED.products || seeded.productDaily !== expectDaily) {
      throw new Error(`seeding stored the wrong rows: ${JSON.stringify(seeded)}`);
    }
    return seeded;
  } finally {
    await seeder.close();
  }
}

export async function run(): Promise<Figure[]> {
  // STOREWISE_EXTENSION_DIR: a private copy of the build, for runs while others rebuild .output.
  const extensionDir = process.env.STOREWISE_EXTENSION_DIR;
  if (!extensionDir) ensureExtensionBuilt();
  const seedScript = await bundleForPage('scripts/bench/lib/sidepanelSeed.ts');
  // BENCH_SIDEPANEL_PROFILE: keep the seeded profile there and reuse it (seeding
  // 730,000 rows takes minutes on a loaded machine).
  const userDataDir = process.env.BENCH_SIDEPANEL_PROFILE;
  const browser = await launchWithExtension({
    ...(extensionDir ? { extensionDir } : {}),
    ...(userDataDir ? { userDataDir } : {}),
  });
  try {
    const { context } = browser;
    await context.addInitScript({ content: OBSERVER });

    const seeded = await seedOnce(context, seedScript);
    process.stderr.write(`bench: seeded: ${JSON.stringify(seeded)}\n`);

    // One warm-up load: the first open compiles the panel's scripts.
    await loadTab(context, 'tier', false);

    const figures: Figure[] = [];
    const load = `load average ${loadavg()[0]?.toFixed(1)}`;
    const rows = `${seeded.products} products, ${seeded.productDaily} daily rows, ${seeded.keywordDaily} keyword rows, ${seeded.customers} customers`;
    for (const tab of TABS) {
      const runs: TabRun[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await loadTab(context, tab, i === RUNS - 1));
      const ms = median(runs.map((r) => r.ms));
      figures.push(
        figure({
          group: 'sidepanel',
          name:
            tab === 'tier'
              ? `Tier tab: panel open → first render (median of ${RUNS})`
              : `${tab === 'keywords' ? 'Keywords' : 'Promo'} tab: click → first render (median of ${RUNS})`,
          value: ms,
          unit: 'ms',
          target: `< ${TARGET_MS} ms`,
          meets: (v) => v < TARGET_MS,
          note: `${rows}; runs ${runs.map((r) => Math.round(r.ms)).join('/')} ms; ${load}`,
        }),
      );
      const analysed = runs.map((r) => r.allAnalysedMs).filter((x): x is number => x !== undefined);
      if (analysed.length > 0) {
        figures.push(
          figure({
            group: 'sidepanel',
            name: `Keywords tab: click → all ${seeded.products} listings analysed (median of ${RUNS})`,
            value: median(analysed),
            unit: 'ms',
            note: 'titles are analysed in slices between frames after the first render',
          }),
        );
      }
      const heap = runs.at(-1)?.heap;
      if (heap !== undefined) {
        figures.push(
          figure({
            group: 'sidepanel',
            name: `JS heap after the ${tab} tab rendered (after GC)`,
            value: heap,
            unit: 'MB',
          }),
        );
      }
    }
    return figures;
  } finally {
    await browser.close();
  }
}
