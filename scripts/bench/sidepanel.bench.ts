import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { launchWithExtension, openExtensionPage, ROOT } from '../../tests/e2e/harness';
import { bundleForPage, ensureExtensionBuilt, figure, median, withLimit } from './lib/common';
import type { IngestDay, SeedCounts, SeedOptions } from './lib/sidepanelSeed';
import type { Figure, FigureSink } from './types';

// The scaling table, in headless Chromium with the built extension: at 100,
// 1,000, 2,000 and 10,000 listings (30 days) and at 2,000 listings × 365 days,
// the side panel's first render per tab, the ingest of one more day against
// raw IndexedDB writing the same records, and the storage used; each figure's
// baseline is the same figure at the scale before it (the 10,000 figure's is
// the 1,000 one), so the ratio is the growth factor. The history is seeded in
// bulk into the extension's own database from its side panel page (raw
// IndexedDB, then the compact rows by rebuildDerived); each measurement then
// loads the panel afresh. Every scale runs in a fresh profile under its own
// time limit.
//
// - Tier: navigation start → the tab's first content (the product count, which
//   renders in the same commit as the capability, customer and role sections).
// - Keywords, Promo: the click on the tab, in a panel that has rendered Tier,
//   → the tab's first content (first listing card; the promo timeline).
// "Rendered" is the first animation frame after the element is in the DOM and
// laid out, seen by a MutationObserver installed before the page's scripts.

const RUNS = Number(process.env.BENCH_SIDEPANEL_RUNS ?? 3);
const TARGET_MS = 150;
const ANALYSED_TARGET_MS = 500;
const HEAP_TARGET_MB = 30;
const INGEST_RATIO_TARGET = 1.2;
const GROWTH_TARGET = 3;

interface Scale {
  products: number;
  days: number;
  /** This scale's own time limit (seeding included). */
  limitMs: number;
}

/** The scaling table: listings at 30 days, then a year at 2,000 listings (the targets' store). */
const SCALES: readonly Scale[] = (
  process.env.BENCH_SCALES ?? '100x30:60,1000x30:90,2000x30:120,10000x30:180,2000x365:240'
)
  .split(',')
  .map((spec) => {
    const [size, limit] = spec.split(':');
    const [products, days] = (size ?? '').split('x').map(Number);
    return { products: products ?? 0, days: days ?? 0, limitMs: Number(limit ?? 120) * 1000 };
  });

/** The whole group's limit: the scales' limits added up. */
export const LIMIT_MS = SCALES.reduce((s, x) => s + x.limitMs, 0) + 30_000;

const seedFor = (scale: Scale): Omit<SeedOptions, 'lastDay'> => ({
  products: scale.products,
  days: scale.days,
  keywordProducts: Math.min(300, scale.products),
  keywordDays: 30,
  termsPerProduct: 10,
  customers: 3000,
});

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
async function seedOnce(
  context: BrowserContext,
  seedScript: string,
  SEED: Omit<SeedOptions, 'lastDay'>,
): Promise<{ counts: SeedCounts; lastDay: string; usage: number }> {
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
    const usage = () => seeder.evaluate(() => window.__storewiseBenchUsage!());
    if (existing.products === SEED.products && existing.productDaily === expectDaily)
      return { counts: existing, lastDay, usage: await usage() };
    const seeded = await seeder.evaluate((o) => window.__storewiseSeedSidepanel!(o), {
      ...SEED,
      lastDay,
    });
    if (seeded.products !== SEED.products || seeded.productDaily !== expectDaily) {
      throw new Error(`seeding stored the wrong rows: ${JSON.stringify(seeded)}`);
    }
    return { counts: seeded, lastDay, usage: await usage() };
  } finally {
    await seeder.close();
  }
}

interface ScaleResult {
  scale: Scale;
  tabMs: Record<Tab, number[]>;
  analysedMs: number[];
  heap: Partial<Record<Tab, number>>;
  usageMb: number;
  ingest?: IngestDay;
  seeded: SeedCounts;
}

/** The browser of the scale being measured, closed by the runner when the scale runs out of time. */
let openBrowser: { close(): Promise<void> } | undefined;

/**
 * Seeded profiles kept between runs (git-ignored): writing a year of 2,000
 * listings' days row by row takes minutes, and the figures are about reading
 * and one day's ingest, not the seeding. A profile is reused only on the day
 * it was seeded and when the seeding code (which carries the schema and the
 * derived rows' code) is the same; a stale one is deleted.
 */
const PROFILE_CACHE = join(ROOT, 'bench/.profiles');

async function cachedProfile(scale: Scale, seedScript: string) {
  const prefix = `${scale.products}x${scale.days}-`;
  // The history ends today: a profile seeded on another day is stale too.
  const today = new Date().toISOString().slice(0, 10);
  const hash = createHash('sha256').update(`${today}\n${seedScript}`).digest('hex').slice(0, 16);
  const dir = join(PROFILE_CACHE, `${prefix}${hash}`);
  await mkdir(PROFILE_CACHE, { recursive: true });
  for (const old of await readdir(PROFILE_CACHE))
    if (old.startsWith(prefix) && join(PROFILE_CACHE, old) !== dir)
      await rm(join(PROFILE_CACHE, old), { recursive: true, force: true });
  return { dir, complete: existsSync(join(dir, 'seeded')) };
}

async function measureScale(
  scale: Scale,
  seedScript: string,
  sink: FigureSink,
): Promise<ScaleResult> {
  const label = `${scale.products} × ${scale.days}`;
  const extensionDir = process.env.STOREWISE_EXTENSION_DIR;
  const userDataDir = await mkdtemp(join(tmpdir(), 'storewise-bench-'));
  const cache = await cachedProfile(scale, seedScript);
  if (cache.complete) {
    sink.progress(`reusing the seeded profile of ${label}`);
    await cp(cache.dir, userDataDir, { recursive: true });
  } else {
    // Seed in a browser of its own, then keep a copy of the closed profile.
    sink.progress(`seeding ${label}`);
    const seeder = await launchWithExtension({
      userDataDir,
      ...(extensionDir ? { extensionDir } : {}),
    });
    openBrowser = seeder;
    try {
      await seedOnce(seeder.context, seedScript, seedFor(scale));
    } finally {
      await seeder.close();
    }
    await rm(cache.dir, { recursive: true, force: true });
    await cp(userDataDir, cache.dir, { recursive: true });
    await writeFile(join(cache.dir, 'seeded'), `${new Date().toISOString()}\n`);
  }
  const browser = await launchWithExtension({
    userDataDir,
    ...(extensionDir ? { extensionDir } : {}),
  });
  openBrowser = browser;
  try {
    const { context } = browser;
    await context.addInitScript({ content: OBSERVER });
    const { counts, lastDay, usage } = await seedOnce(context, seedScript, seedFor(scale));
    sink.progress(`first renders at ${label}`);
    // One warm-up load: the first open compiles the panel's scripts.
    await loadTab(context, 'tier', false);
    const measureHeap = scale.days >= 365;
    const tabMs = { tier: [], keywords: [], promo: [] } as Record<Tab, number[]>;
    const analysedMs: number[] = [];
    const heap: Partial<Record<Tab, number>> = {};
    // Interleaved: tier, keywords, promo, tier, … so drift hits every tab alike.
    for (let i = 0; i < RUNS; i++) {
      for (const tab of TABS) {
        const r = await loadTab(context, tab, measureHeap && i === RUNS - 1);
        tabMs[tab].push(r.ms);
        if (r.allAnalysedMs !== undefined) analysedMs.push(r.allAnalysedMs);
        if (r.heap !== undefined) heap[tab] = r.heap;
      }
    }
    sink.progress(`ingest of one day at ${label}`);
    const page = await openExtensionPage(context, 'sidepanel.html', '?lang=en');
    let ingest: IngestDay | undefined;
    try {
      // The panel's own first reads finish first: the day's ingest must not
      // queue behind them.
      await page.locator(FIRST_CONTENT.tier).waitFor({ timeout: 60_000 });
      await page.waitForTimeout(500);
      await page.evaluate(seedScript);
      ingest = await page.evaluate(([n, d]) => window.__storewiseBenchIngestDay!(n, d), [
        scale.products,
        lastDay,
      ] as const);
    } finally {
      await page.close();
    }
    return {
      scale,
      tabMs,
      analysedMs,
      heap,
      usageMb: usage / 1024 / 1024,
      ingest,
      seeded: counts,
    };
  } finally {
    openBrowser = undefined;
    await browser.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}

const TAB_LABEL: Record<Tab, string> = {
  tier: 'Tier tab: panel open → first render',
  keywords: 'Keywords tab: click → first render',
  promo: 'Promo tab: click → first render',
};

/** The scale a figure's growth is measured against: the one before it in its series. */
function previousOf(scale: Scale, done: readonly ScaleResult[]): ScaleResult | undefined {
  const find = (p: number, d: number) =>
    done.find((r) => r.scale.products === p && r.scale.days === d);
  if (scale.days > 30) return find(scale.products, 30);
  if (scale.products === 10_000) return find(1000, 30);
  const smaller = done
    .filter((r) => r.scale.days === scale.days && r.scale.products < scale.products)
    .sort((a, b) => b.scale.products - a.scale.products);
  return smaller[0];
}

function figuresOf(r: ScaleResult, before: ScaleResult | undefined): Figure[] {
  const { products, days } = r.scale;
  const label = `${products.toLocaleString('en')} listings × ${days} days`;
  const isTargetStore = products === 2000 && days === 365;
  const growthTarget = products === 10_000 && days === 30;
  const load = `load average ${loadavg()[0]?.toFixed(1)}`;
  const out: Figure[] = [];
  for (const tab of TABS) {
    const ms = median(r.tabMs[tab]);
    const base = before ? median(before.tabMs[tab]) : undefined;
    out.push(
      figure({
        group: 'scaling',
        name: `${TAB_LABEL[tab]}, ${label} (median of ${r.tabMs[tab].length}; baseline: ${
          before ? `${before.scale.products} × ${before.scale.days}` : 'none'
        })`,
        value: ms,
        ...(base === undefined ? {} : { baseline: base }),
        unit: 'ms',
        samples: r.tabMs[tab],
        ...(isTargetStore
          ? { target: `≤ ${TARGET_MS} ms`, meets: (v: number) => v <= TARGET_MS }
          : growthTarget
            ? {
                target: `ratio ≤ ${GROWTH_TARGET} (10,000 vs 1,000)`,
                meets: (_: number, q: number | undefined) => q !== undefined && q <= GROWTH_TARGET,
              }
            : {}),
        note: `${r.seeded.products} products, ${r.seeded.productDaily} daily rows; ${load}`,
      }),
    );
  }
  if (r.analysedMs.length > 0 && isTargetStore) {
    out.push(
      figure({
        group: 'scaling',
        name: `Keywords tab: click → all ${products} listings analysed, ${label}`,
        value: median(r.analysedMs),
        unit: 'ms',
        samples: r.analysedMs,
        target: `≤ ${ANALYSED_TARGET_MS} ms`,
        meets: (v) => v <= ANALYSED_TARGET_MS,
      }),
    );
  }
  for (const tab of TABS) {
    const heap = r.heap[tab];
    if (heap === undefined) continue;
    out.push(
      figure({
        group: 'scaling',
        name: `side panel JS heap after the ${tab} tab rendered (after GC), ${label}`,
        value: heap,
        unit: 'MB',
        target: `≤ ${HEAP_TARGET_MB} MB`,
        meets: (v) => v <= HEAP_TARGET_MB,
      }),
    );
  }
  if (r.ingest) {
    out.push(
      figure({
        group: 'scaling',
        name: `ingest of one day (${products} listings) vs raw IndexedDB writing the same ${r.ingest.records} records, ${label}`,
        value: r.ingest.ingestMs,
        baseline: r.ingest.rawMs,
        unit: 'ms',
        target: `ratio ≤ ${INGEST_RATIO_TARGET}`,
        meets: (_, q) => q !== undefined && q <= INGEST_RATIO_TARGET,
        note: `the same records put into the seeded database instead of an empty copy: ${Math.round(
          r.ingest.rawSeededMs,
        )} ms (ratio ${(r.ingest.ingestMs / r.ingest.rawSeededMs).toFixed(2)}); ${
          before?.ingest
            ? `growth vs ${before.scale.products} × ${before.scale.days}: ${(
                r.ingest.ingestMs / before.ingest.ingestMs
              ).toFixed(2)}×`
            : 'first scale'
        }`,
      }),
    );
  }
  out.push(
    figure({
      group: 'scaling',
      name: `storage used (navigator.storage.estimate), ${label}`,
      value: r.usageMb,
      ...(before ? { baseline: before.usageMb } : {}),
      unit: 'MB',
      note: before ? `baseline: ${before.scale.products} × ${before.scale.days}` : 'first scale',
    }),
  );
  return out;
}

export async function run(sink: FigureSink): Promise<void> {
  // STOREWISE_EXTENSION_DIR: a private copy of the build, for runs while others rebuild .output.
  if (!process.env.STOREWISE_EXTENSION_DIR) ensureExtensionBuilt();
  const seedScript = await bundleForPage('scripts/bench/lib/sidepanelSeed.ts');
  const done: ScaleResult[] = [];
  for (const scale of SCALES) {
    const label = `${scale.products.toLocaleString('en')} listings × ${scale.days} days`;
    const inTime = await withLimit(
      sink,
      { group: 'scaling', name: `every figure at ${label}`, unit: '' },
      scale.limitMs,
      async () => {
        const r = await measureScale(scale, seedScript, sink);
        const figures = figuresOf(r, previousOf(scale, done));
        done.push(r);
        return figures;
      },
    );
    // Out of time: stop that browser so the next scale does not share the CPU with it.
    if (!inTime) await openBrowser?.close().catch(() => undefined);
  }
}
