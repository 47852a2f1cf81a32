import { readDocument, readDocumentSteps } from '../../../../utils/sites';
import { memoiseDom, stopMemoisingDom } from '../../../../utils/sites/dom';
import { primeDom, readInSlices, yieldToPage } from '../../../../utils/capture/domPrime';

// Bundled into the benchmark page (scripts/bench/page.bench.ts): the readers the
// isolated content script ships, timed around one read of the live page, both
// as one synchronous readDocument (cold) and as the content script reads: the
// cells primed in slices that yield, then the rows assembled in such slices
// (readInSlices over readDocumentSteps), with the longest slice between two yields.

declare global {
  interface Window {
    __storewiseBenchRead?: () => Promise<{
      ms: number;
      slicedMs: number;
      syncAfterPrimeMs: number;
      longestSliceMs: number;
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

  // A window whose yields are timed: the gap between two yields is one slice of ours.
  let longestSliceMs = 0;
  let sliceStart = 0;
  const timed = {
    performance: window.performance,
    setTimeout: window.setTimeout.bind(window),
    scheduler: {
      yield: async () => {
        longestSliceMs = Math.max(longestSliceMs, performance.now() - sliceStart);
        await yieldToPage(window);
        sliceStart = performance.now();
      },
    },
  } as unknown as Window;

  memoiseDom();
  const t1 = performance.now();
  sliceStart = t1;
  await primeDom(document, timed);
  const t2 = performance.now();
  const again = await readInSlices(readDocumentSteps(document, url, now), { win: timed });
  const t3 = performance.now();
  longestSliceMs = Math.max(longestSliceMs, t3 - sliceStart);
  stopMemoisingDom();
  if (JSON.stringify(again) !== JSON.stringify(result)) throw new Error('sliced read differs');
  return {
    ms,
    slicedMs: t3 - t1,
    syncAfterPrimeMs: t3 - t2,
    longestSliceMs,
    status: result.status,
    rows: result.status === 'ok' ? result.rows.length : 0,
  };
};
