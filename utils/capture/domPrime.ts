import { domEpoch, isHeaderRow, ROW_SELECTOR, rowCells, textOf } from '../sites/dom';
import type { Steps } from '../sites/steps';

// Reading a console page off the critical path. The readers and the title
// overlay are synchronous functions of the DOM; what costs is walking
// thousands of table rows and reading their cells' text. This does it first, a slice at a time,
// yielding to the page between slices, into the DOM memo (utils/sites/dom.ts)
// the synchronous reads then find them in. One priming serves every read of
// the same DOM state.

/** A slice of work stops after this long, well under the 50 ms of a long task. */
export const SLICE_MS = 8;
/** Rows read between two looks at the clock. */
const ROWS_PER_CHECK = 25;

interface SchedulerWithYield {
  yield: () => Promise<void>;
}

/** Lets the page run: `scheduler.yield()` where the browser has it, else a new task. */
export function yieldToPage(win: Window = window): Promise<void> {
  const scheduler = (win as unknown as { scheduler?: Partial<SchedulerWithYield> }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield.call(scheduler);
  return new Promise((resolve) => win.setTimeout(resolve, 0));
}

/** Runs `step` over `items` in slices of about SLICE_MS, yielding in between; false when `stop` said so. */
export async function inSlices<T>(
  items: readonly T[],
  step: (item: T) => void,
  opts: { win?: Window; stop?: () => boolean; perCheck?: number } = {},
): Promise<boolean> {
  // One step per item: readInSlices does the timing and the yielding.
  function* steps(): Steps<true> {
    for (const item of items) {
      step(item);
      yield;
    }
    return true;
  }
  return (await readInSlices(steps(), opts)) === true;
}

/**
 * Runs a stepped read (utils/sites/steps.ts) in slices of about SLICE_MS,
 * yielding to the page in between: the per-row assembly a reader does after
 * the cells are primed is no single long task either. Undefined when `stop`
 * said so (the DOM changed, the context went away).
 */
export async function readInSlices<T>(
  steps: Steps<T>,
  opts: { win?: Window; stop?: () => boolean; perCheck?: number } = {},
): Promise<T | undefined> {
  const win = opts.win ?? window;
  const perCheck = opts.perCheck ?? ROWS_PER_CHECK;
  let sliceStart = win.performance.now();
  for (let i = 1; ; i++) {
    const next = steps.next();
    if (next.done) return next.value;
    if (i % perCheck === 0 && win.performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage(win);
      if (opts.stop?.()) {
        steps.return(undefined as T);
        return undefined;
      }
      sliceStart = win.performance.now();
    }
  }
}

let primed: { epoch: number; done: Promise<void> } | undefined;

/**
 * Reads every table cell's text of the current DOM state into the memo, in
 * slices. Concurrent callers share one pass; a DOM change ends it early (the
 * next read primes the new state).
 */
export function primeDom(doc: Document, win: Window = window): Promise<void> {
  const epoch = domEpoch();
  if (primed?.epoch === epoch) return primed.done;
  const done = (async () => {
    const rows = Array.from(doc.querySelectorAll(ROW_SELECTOR));
    await inSlices(
      rows,
      (row) => {
        // What readTable asks of every row: is it a header, its cells, their text.
        if (isHeaderRow(row)) return;
        for (const cell of rowCells(row)) textOf(cell);
      },
      { win, stop: () => domEpoch() !== epoch },
    );
  })();
  primed = { epoch, done };
  return done;
}

/** An element of our own overlays (their shadow hosts carry data-storewise), or inside one. */
const ours = (n: Node): boolean =>
  n.nodeType === 1 && (n as Element).closest('[data-storewise]') !== null;

/**
 * Whether a batch of DOM changes is the console's own, not only our overlays
 * coming and going (a badge inserted beside a title is not a page change).
 */
export function foreignChange(records: readonly MutationRecord[]): boolean {
  return records.some((r) => {
    if (ours(r.target)) return false;
    if (r.type !== 'childList') return true;
    for (const n of Array.from(r.addedNodes)) if (!ours(n)) return true;
    for (const n of Array.from(r.removedNodes)) if (!ours(n)) return true;
    return false;
  });
}

/**
 * A short digest of a read, for "did anything change since the last report":
 * a 53-bit hash over the fields, without building one string of every row.
 */
export function digestOf(parts: readonly unknown[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const mix = (s: string) => {
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    // A separator, so ["ab","c"] and ["a","bc"] differ.
    h1 = Math.imul(h1 ^ 0x1f, 2654435761);
    h2 = Math.imul(h2 ^ 0x1f, 1597334677);
  };
  const walk = (v: unknown) => {
    if (v === null || v === undefined) mix('\u0000');
    else if (Array.isArray(v)) {
      mix(`[${v.length}`);
      for (const x of v) walk(x);
    } else if (typeof v === 'object') {
      for (const k of Object.keys(v).sort()) {
        const x = (v as Record<string, unknown>)[k];
        if (x === undefined) continue;
        mix(k);
        walk(x);
      }
      mix('}');
    } else mix(`${typeof v}:${String(v)}`);
  };
  for (const p of parts) walk(p);
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
