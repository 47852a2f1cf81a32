import { loadavg } from 'node:os';
import { launchWithExtension, startFixtureServer } from '../../tests/e2e/harness';
import { bundleForPage, figure } from './lib/common';
import type { Figure } from './types';

// Storage: a year of daily metrics for 2,000 products written through our
// ingestion path vs the same records with raw IndexedDB in one transaction, in
// headless Chromium (real IndexedDB on disk; fake-indexeddb would measure the
// wrong engine). Both runs include generating the rows, which is small next to
// the writes and the same on both sides.

const PRODUCTS = Number(process.env.BENCH_PRODUCTS ?? 2000);
const DAYS = Number(process.env.BENCH_DAYS ?? 365);

export async function run(): Promise<Figure[]> {
  const script = await bundleForPage('scripts/bench/lib/page/storage.ts');
  const server = await startFixtureServer({
    '127.0.0.1/bench': {
      handler: (_req, res) => {
        res
          .writeHead(200, { 'content-type': 'text/html' })
          .end('<!doctype html><title>bench</title>');
      },
    },
  });
  const browser = await launchWithExtension({ withoutExtension: true });
  try {
    const page = await browser.context.newPage();
    // 127.0.0.1 is a secure context, so crypto.subtle (the content hash) is there.
    await page.goto(`http://127.0.0.1:${server.port}/bench`);
    await page.addScriptTag({ content: script });
    const ours = await page.evaluate(
      ([p, d]) => window.__storewiseBenchIngest!('bench-ingest', p, d),
      [PRODUCTS, DAYS] as const,
    );
    const limit = await page.evaluate(([p, d]) => window.__storewiseBenchRaw!('bench-raw', p, d), [
      PRODUCTS,
      DAYS,
    ] as const);
    for (const [label, r] of [
      ['ingest', ours],
      ['raw', limit],
    ] as const) {
      if (r.productDaily !== PRODUCTS * DAYS || r.snapshots !== DAYS || r.products !== PRODUCTS) {
        throw new Error(`${label} stored the wrong rows: ${JSON.stringify(r)}`);
      }
    }
    return [
      figure({
        group: 'storage',
        name: `ingest ${PRODUCTS} products × ${DAYS} days (one productRank snapshot a day) vs raw IndexedDB, one transaction`,
        value: ours.ms,
        baseline: limit.ms,
        unit: 'ms',
        target: 'ratio ≤ 1.5',
        meets: (_, r) => r !== undefined && r <= 1.5,
        note: `${ours.productDaily} daily rows; load average ${loadavg()[0]?.toFixed(1)}`,
      }),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}
