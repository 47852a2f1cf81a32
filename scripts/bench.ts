import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRun, Figure, FigureSink } from './bench/types';

// npm run bench [-- name-filter]: runs every scripts/bench/*.bench.ts, prints a
// table and writes bench/results.json. Speed and memory targets live here, not
// in timed tests. Every group runs under a time limit (its LIMIT_MS, else
// DEFAULT_LIMIT_MS; each figure inside may have its own, see withLimit in
// scripts/bench/lib/common.ts): a group out of time is reported as "timed out"
// with how far it got, and the run goes on to the next group.

const ROOT = resolve(import.meta.dirname, '..');
const filter = process.argv[2];
const DEFAULT_LIMIT_MS = 120_000;

const dir = join(ROOT, 'scripts/bench');
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
const figures: Figure[] = [];
const started = Date.now();
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as {
    run: BenchRun;
    LIMIT_MS?: number;
  };
  const group = file.replace(/\.bench\.ts$/, '');
  const limit = mod.LIMIT_MS ?? DEFAULT_LIMIT_MS;
  process.stderr.write(`bench: ${file} (limit ${Math.round(limit / 1000)} s)…\n`);
  const own: Figure[] = [];
  let step = 'starting';
  const sink: FigureSink = {
    push: (f) => own.push(f),
    progress: (s) => {
      step = s;
      process.stderr.write(`bench:   ${group}: ${s}\n`);
    },
  };
  let timer: NodeJS.Timeout | undefined;
  const outOfTime = new Promise<'timeout'>((ok) => {
    timer = setTimeout(() => ok('timeout'), limit);
  });
  const t0 = Date.now();
  try {
    const done = await Promise.race([mod.run(sink), outOfTime]);
    if (done === 'timeout') {
      own.push({
        group,
        name: `${group} group (the rest of its figures)`,
        value: Number.NaN,
        unit: '',
        timedOut: true,
        met: false,
        note: `timed out after ${Math.round(limit / 1000)} s while ${step}; ${own.length} figures done before`,
      });
    } else if (Array.isArray(done)) own.push(...done);
  } catch (e) {
    own.push({
      group,
      name: `${group} group`,
      value: Number.NaN,
      unit: '',
      met: false,
      note: `failed while ${step}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`,
    });
  } finally {
    clearTimeout(timer);
  }
  process.stderr.write(`bench: ${file} took ${Math.round((Date.now() - t0) / 1000)} s\n`);
  figures.push(...own);
}

const fmt = (n: number | undefined) =>
  n === undefined || Number.isNaN(n) ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
const valueText = (f: Figure) =>
  f.timedOut ? 'timed out' : Number.isNaN(f.value) ? 'failed' : `${fmt(f.value)} ${f.unit}`;
const rows = figures.map((f) => [
  f.group,
  f.name,
  valueText(f),
  f.baseline === undefined ? '' : `${fmt(f.baseline)} ${f.unit}`,
  fmt(f.ratio),
  f.target ?? '',
  f.met === undefined ? '' : f.met ? 'yes' : 'NO',
  f.spread
    ? `${fmt(f.spread.min)} / ${fmt(f.spread.median)} / ${fmt(f.spread.max)} (n=${f.spread.samples})`
    : '',
]);
const head = [
  'group',
  'figure',
  'value',
  'baseline',
  'ratio',
  'target',
  'met',
  'min / median / max',
];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

const totalS = Math.round((Date.now() - started) / 1000);
await mkdir(join(ROOT, 'bench'), { recursive: true });
await writeFile(
  join(ROOT, 'bench/results.json'),
  JSON.stringify(
    {
      measuredAt: new Date().toISOString(),
      node: process.version,
      ...(filter ? { filter } : {}),
      seconds: totalS,
      figures: figures.map((f) => (f.timedOut ? { ...f, value: 'timed out' } : f)),
    },
    (_, v: unknown) => (typeof v === 'number' && Number.isNaN(v) ? null : v),
    2,
  ) + '\n',
);
console.log(`\nwrote bench/results.json (${figures.length} figures, ${totalS} s)`);
