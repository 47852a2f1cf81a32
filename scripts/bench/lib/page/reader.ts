import { readDocument } from '../../../../utils/sites';
import { memoiseDom, stopMemoisingDom } from '../../../../utils/sites/dom';
import { primeDom } from '../../../../utils/capture/domPrime';

// Bundled into the benchmark page (scripts/bench/page.bench.ts): the readers the
// isolated content script ships, timed around one read of the live page, both
// as one synchronous readDocument (cold) and as the content script reads: the
// cells primed in slices that yield, then readDocument over the primed DOM.

declare global {
  interface Window {
    __storewiseBenchRead?: () => Promise<{
      ms: number;
      slicedMs: number;
      syncAfterPrimeMs: number;
      status: string;
      rows: number;
    }>;
  }
}

window.__storewiseBenchRead = async () => {
  const url = new URL(location.href);
  const t0 = performance.now();
  const now = new Date();
  const result = readDocument(document, url, now);
  const ms = performance.now() - t0;

  memoiseDom();
  const t1 = performance.now();
  await primeDom(document, window);
  const t2 = performance.now();
  const again = readDocument(document, url, now);
  const t3 = performance.now();
  stopMemoisingDom();
  if (JSON.stringify(again) !== JSON.stringify(result)) throw new Error('primed read differs');
  return {
    ms,
    slicedMs: t3 - t1,
    syncAfterPrimeMs: t3 - t2,
    status: result.status,
    rows: result.status === 'ok' ? result.rows.length : 0,
  };
};
