// A read written as a generator that yields between rows, so one reader serves
// both callers: tests and the CLI drain it at once (runSteps), the content
// script drains it in slices that yield to the page (utils/capture/domPrime.ts
// readInSlices). A yield is a point where the reader may be paused; it hands
// nothing out and the result is the same either way.

export type Steps<T> = Generator<void, T, void>;

/** Runs a stepped read to the end, synchronously. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
