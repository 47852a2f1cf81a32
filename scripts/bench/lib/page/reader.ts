import { readDocument } from '../../../../utils/sites';

// Bundled into the benchmark page (scripts/bench/page.bench.ts): the readers the
// isolated content script ships, timed around one readDocument of the live page.

declare global {
  interface Window {
    __storewiseBenchRead?: () => { ms: number; status: string; rows: number };
  }
}

window.__storewiseBenchRead = () => {
  const t0 = performance.now();
  const result = readDocument(document, new URL(location.href));
  const ms = performance.now() - t0;
  return { ms, status: result.status, rows: result.status === 'ok' ? result.rows.length : 0 };
};
