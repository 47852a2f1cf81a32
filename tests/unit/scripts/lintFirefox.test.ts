import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptedWarnings, lintProblems, type LintResult } from '../../../scripts/lint-firefox.mjs';

// The web-ext lint gate in `npm test`: errors fail, and so does any warning
// docs/STORE.md does not explain.

const ROOT = resolve(import.meta.dirname, '../../..');

const result = (codes: string[], errors: string[] = []): LintResult => ({
  errors: errors.map((code) => ({ code, message: code.toLowerCase(), file: 'manifest.json' })),
  warnings: codes.map((code) => ({ code, message: code.toLowerCase(), file: 'x.js', line: 1 })),
  notices: [],
  summary: { errors: errors.length, warnings: codes.length, notices: 0 },
});

describe('web-ext lint gate', () => {
  it('reads the explained warnings from docs/STORE.md, summed per code', () => {
    const accepted = acceptedWarnings(readFileSync(join(ROOT, 'docs/STORE.md'), 'utf8'));
    expect(Object.fromEntries(accepted)).toEqual({ UNSAFE_VAR_ASSIGNMENT: 4, DANGEROUS_EVAL: 2 });
  });

  it('passes the explained warnings and fails on more of them, on others and on errors', () => {
    const accepted = new Map([['DANGEROUS_EVAL', 1]]);
    expect(lintProblems(result(['DANGEROUS_EVAL']), accepted)).toEqual([]);
    expect(lintProblems(result(['DANGEROUS_EVAL', 'DANGEROUS_EVAL']), accepted)).toEqual([
      '2 warning(s) DANGEROUS_EVAL but docs/STORE.md explains 1: x.js:1 dangerous_eval; x.js:1 dangerous_eval',
    ]);
    expect(lintProblems(result(['MISSING_DATA_COLLECTION_PERMISSIONS']), accepted)).toHaveLength(1);
    expect(lintProblems(result([], ['JSON_INVALID']), accepted)).toEqual([
      'error JSON_INVALID manifest.json: json_invalid',
    ]);
  });

  it('refuses a STORE.md without the warnings section', () => {
    expect(() => acceptedWarnings('# Store listing\n')).toThrow(
      'docs/STORE.md has no web-ext-lint-warnings section',
    );
  });
});
