/** One measured figure: its value, the baseline measured in the same run, and the target. */
export interface Figure {
  group: string;
  name: string;
  /** NaN when the figure timed out (written as null in results.json). */
  value: number;
  unit: string;
  baseline?: number;
  /** value / baseline when there is a baseline. */
  ratio?: number;
  /** Human-readable target, e.g. "< 50 ms" or "ratio ≤ 1.05". */
  target?: string;
  met?: boolean;
  /** The figure ran out of its time limit; `note` says how far it got. */
  timedOut?: boolean;
  /** min / median / max of the samples, when the figure is a median. */
  spread?: { min: number; median: number; max: number; samples: number };
  note?: string;
}

/** Where a benchmark hands its figures as it measures them, so a time-out keeps the ones done. */
export interface FigureSink {
  push(figure: Figure): void;
  /** What the group is doing now ("seeding 10,000 listings"), for a time-out's note. */
  progress(step: string): void;
}

/**
 * A benchmark module: scripts/bench/<name>.bench.ts exports `run`, which
 * pushes figures to the sink (or returns them), and may export `LIMIT_MS`,
 * the whole group's time limit.
 */
export type BenchRun = (sink: FigureSink) => Promise<Figure[] | void>;
