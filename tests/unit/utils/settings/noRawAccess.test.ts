import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// Only utils/settings/ touches the Dexie settings table, so every row is read
// through the typed, validating registry (utils/settings/settings.ts). Tests
// may seed raw rows; production code may not.

const ROOT = resolve(import.meta.dirname, '../../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'hooks', 'utils', 'scripts'];
const ALLOWED = join('utils', 'settings') + '/';

const RAW = [
  /\.settings\s*\.\s*[A-Za-z]/,
  /\.settings\s*[,)\]]/,
  /\.table\(\s*['"]settings['"]\s*\)/,
];

export function rawSettingsAccess(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, i) => {
    if (RAW.some((re) => re.test(line))) lines.push(i + 1);
  });
  return lines;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

describe('settings table access', () => {
  it('the scanner catches raw access in its usual shapes', () => {
    expect(
      rawSettingsAccess(
        [
          'const row = await db.settings.get(key);',
          "getDb().settings.where('key').startsWith('x')",
          "await db.transaction('rw', db.settings, fn);",
          "db.table('settings').toArray()",
          'settings.marketAlertTitle && x',
          'const { settings } = tables;',
        ].join('\n'),
      ),
    ).toEqual([1, 2, 3, 4]);
  });

  it('no source file outside utils/settings/ reads or writes the table directly', () => {
    const offenders = SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))
      .map((path) => relative(ROOT, path))
      .filter((rel) => !rel.startsWith(ALLOWED))
      .flatMap((rel) =>
        rawSettingsAccess(readFileSync(join(ROOT, rel), 'utf8')).map((line) => `${rel}:${line}`),
      );
    expect(offenders).toEqual([]);
  });
});
