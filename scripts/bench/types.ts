/** One measured figure: its value, the baseline measured in the same run, and the target. */
export interface Figure {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  /** value / baseline when there is a baseline. */
  ratio?: number;
  /** Human-readable target, e.g. "< 50 ms" or "ratio ≤ 1.05". */
  target?: string;
  met?: boolean;
  note?: string;
}

/** A benchmark module: scripts/bench/<name>.bench.ts exports `run`. */
export type BenchRun = () => Promise<Figure[]>;
