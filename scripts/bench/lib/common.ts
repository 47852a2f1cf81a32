import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { EXTENSION_DIR, ROOT } from '../../../tests/e2e/harness';
import type { Figure, FigureSink } from '../types';

// Helpers shared by the benchmarks: a built extension to measure, in-page code
// bundled from our own sources, and figures that carry their baseline and target.

/** Builds the extension once when .output/chrome-mv3 is missing (a clean clone). */
export function ensureExtensionBuilt(): void {
  if (existsSync(join(EXTENSION_DIR, 'manifest.json'))) return;
  process.stderr.write('bench: no built extension, running `npx wxt build`…\n');
  const r = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`wxt build failed (exit ${r.status ?? 'signal'})`);
}

/**
 * Bundles one of our TypeScript modules into a self-contained script for a page
 * (`page.addScriptTag` / `evaluate`), so the browser runs the very code the
 * extension ships, not a copy.
 */
export async function bundleForPage(entry: string): Promise<string> {
  const out = await build({
    entryPoints: [join(ROOT, entry)],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'chrome120',
    write: false,
    logLevel: 'silent',
    tsconfig: join(ROOT, 'tsconfig.json'),
    alias: { '@': ROOT },
  });
  const file = out.outputFiles[0];
  if (!file) throw new Error(`esbuild produced nothing for ${entry}`);
  return file.text;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

export const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;

interface FigureInput {
  group: string;
  name: string;
  value: number;
  unit: string;
  baseline?: number;
  target?: string;
  /** Decides `met` from the value and, when there is a baseline, the ratio. */
  meets?: (value: number, ratio: number | undefined) => boolean;
  /** The samples behind a median value: printed as min / median / max. */
  samples?: readonly number[];
  note?: string;
}

export function figure(f: FigureInput): Figure {
  const ratio =
    f.baseline === undefined || f.baseline === 0 ? undefined : round(f.value / f.baseline, 3);
  const out: Figure = { group: f.group, name: f.name, value: round(f.value), unit: f.unit };
  if (f.baseline !== undefined) out.baseline = round(f.baseline);
  if (ratio !== undefined) out.ratio = ratio;
  if (f.target !== undefined) out.target = f.target;
  if (f.meets) out.met = f.meets(f.value, ratio);
  if (f.samples && f.samples.length > 0) {
    out.spread = {
      min: round(Math.min(...f.samples)),
      median: round(median(f.samples)),
      max: round(Math.max(...f.samples)),
      samples: f.samples.length,
    };
  }
  if (f.note !== undefined) out.note = f.note;
  return out;
}

/**
 * Runs one figure's measurement under its own time limit. Out of time, the
 * figure is reported as timed out (with `spec`'s name, unit and target) and
 * the group goes on; the measurement's late result is dropped.
 */
export async function withLimit(
  sink: FigureSink,
  spec: { group: string; name: string; unit: string; target?: string },
  limitMs: number,
  measure: () => Promise<Figure | Figure[]>,
): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const out = new Promise<'timeout'>((ok) => {
    timer = setTimeout(() => ok('timeout'), limitMs);
  });
  const work = measure();
  work.catch(() => undefined);
  try {
    const got = await Promise.race([work, out]);
    if (got === 'timeout') {
      sink.push({
        ...spec,
        value: Number.NaN,
        timedOut: true,
        met: false,
        note: `timed out after ${Math.round(limitMs / 1000)} s`,
      });
      return false;
    }
    for (const f of Array.isArray(got) ? got : [got]) sink.push(f);
    return true;
  } catch (e) {
    sink.push({
      ...spec,
      value: Number.NaN,
      met: false,
      note: `failed: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    });
    return false;
  } finally {
    clearTimeout(timer);
  }
}
