import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BenchRun, Figure } from './bench/types';

// npm run bench [-- name-filter]: runs every scripts/bench/*.bench.ts, prints a
// table and writes bench/results.json. Speed and memory targets live here, not
// in timed tests.

const ROOT = resolve(import.meta.dirname, '..');
const filter = process.argv[2];

const dir = join(ROOT, 'scripts/bench');
const files = (await readdir(dir))
  .filter((f) => f.endsWith('.bench.ts') && (!filter || f.includes(filter)))
  .sort();
const figures: Figure[] = [];
for (const file of files) {
  const mod = (await import(pathToFileURL(join(dir, file)).href)) as { run: BenchRun };
  process.stderr.write(`bench: ${file}…\n`);
  figures.push(...(await mod.run()));
}

const fmt = (n: number | undefined) =>
  n === undefined ? '' : Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2);
const rows = figures.map((f) => [
  f.group,
  f.name,
  `${fmt(f.value)} ${f.unit}`,
  f.baseline === undefined ? '' : `${fmt(f.baseline)} ${f.unit}`,
  fmt(f.ratio),
  f.target ?? '',
  f.met === undefined ? '' : f.met ? 'yes' : 'NO',
]);
const head = ['group', 'figure', 'value', 'baseline', 'ratio', 'target', 'met'];
const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
const line = (r: string[]) => r.map((c, i) => c.padEnd(widths[i] ?? 0)).join('  ');
console.log(line(head));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows) console.log(line(r));

await mkdir(join(ROOT, 'bench'), { recursive: true });
await writeFile(
  join(ROOT, 'bench/results.json'),
  JSON.stringify(
    { measuredAt: new Date().toISOString(), node: process.version, figures },
    null,
    2,
  ) + '\n',
);
console.log(`\nwrote bench/results.json (${figures.length} figures)`);
