import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Code comments cite only files in this repository (docs/ADVICE.md,
// docs/CONSOLES.md, docs/ARCHITECTURE.md, docs/DECISIONS.md), so a fresh clone
// can follow every reference. No source file may point at notes outside the
// repo or at tracker numbers.

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'hooks', 'utils', 'scripts', 'tests'];
const ROOT_FILES = [
  'wxt.config.ts',
  'vitest.config.ts',
  'vitest.e2e.config.ts',
  'eslint.config.js',
];
// Saved console pages and recorded responses are data, not code.
// The scanners' own samples of what they catch are not references.
const SKIPPED = [
  join('tests', 'fixtures'),
  join('tests', 'unit', 'repo', 'references.test.ts'),
  join('tests', 'unit', 'utils', 'i18n', 'noInternalRefs.test.ts'),
];

const FORBIDDEN: { name: string; re: RegExp }[] = [
  { name: 'notes outside the repo', re: /\.\.\/shared\/(domain|seeds)|\/work\/shared/ },
  { name: 'PLAYBOOK', re: /PLAYBOOK/ },
  { name: 'STYLE.md', re: /STYLE\.md/ },
  { name: 'issue number', re: /\bissue #?\d+/i },
  { name: 'section sign', re: /§/ },
  { name: 'CONSOLES.md outside docs/', re: /(?<!docs\/)CONSOLES\.md/ },
];

export function findReferences(text: string): string[] {
  const found: string[] = [];
  text.split('\n').forEach((line, i) => {
    for (const { name, re } of FORBIDDEN) if (re.test(line)) found.push(`${i + 1}: ${name}`);
  });
  return found;
}

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (SKIPPED.some((s) => relative(ROOT, path) === s)) continue;
    if (entry.isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx|js|mjs|css|html)$/.test(entry.name)) out.push(path);
  }
  return out;
}

describe('references in source files', () => {
  it('recognises each forbidden reference (the scan can fail)', () => {
    const sample = [
      '// see ../shared/domain/PLAYBOOK.md',
      '// thresholds of PLAYBOOK §1',
      '// as STYLE.md asks',
      '// fixed in issue 12',
      '// the §3 dates',
      "// fields of CONSOLES.md 'AliExpress'",
      '// fields of docs/CONSOLES.md are fine',
    ].join('\n');
    expect(findReferences(sample)).toEqual([
      '1: notes outside the repo',
      '1: PLAYBOOK',
      '2: PLAYBOOK',
      '2: section sign',
      '3: STYLE.md',
      '4: issue number',
      '5: section sign',
      '6: CONSOLES.md outside docs/',
    ]);
  });

  it('finds none in the code, tests, scripts and configs', () => {
    const files = [
      ...SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d))),
      ...ROOT_FILES.map((f) => join(ROOT, f)),
    ];
    expect(files.length).toBeGreaterThan(100);
    const found = files.flatMap((f) =>
      findReferences(readFileSync(f, 'utf8')).map((r) => `${relative(ROOT, f)}:${r}`),
    );
    expect(found).toEqual([]);
  });
});
