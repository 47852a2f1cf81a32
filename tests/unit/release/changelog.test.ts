import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// The release step (docs/STORE.md): `npm version x.y.z` sets package.json's
// version, which the manifests and the zips carry; CHANGELOG.md must have a
// dated section for it, in Keep a Changelog's shape.

const ROOT = resolve(import.meta.dirname, '../../..');
const changelog = readFileSync(join(ROOT, 'CHANGELOG.md'), 'utf8');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  version: string;
};

describe('CHANGELOG.md', () => {
  it("has a dated section for package.json's version", () => {
    const escaped = version.replace(/\./g, '\\.');
    expect(changelog).toMatch(new RegExp(`^## \\[${escaped}\\] - \\d{4}-\\d{2}-\\d{2}$`, 'm'));
  });

  it('keeps an Unreleased section on top, then versions newest first', () => {
    const sections = [...changelog.matchAll(/^## \[([^\]]+)\]/gm)].map((m) => m[1]);
    expect(sections[0]).toBe('Unreleased');
    const versions = sections.slice(1).map((v) => (v ?? '').split('.').map(Number));
    const sorted = [...versions].sort((a, b) => b[0]! - a[0]! || b[1]! - a[1]! || b[2]! - a[2]!);
    expect(versions).toEqual(sorted);
  });

  it('uses only the change types Keep a Changelog names', () => {
    const types = [...changelog.matchAll(/^### (.+)$/gm)].map((m) => m[1]);
    expect(types.length).toBeGreaterThan(0);
    for (const t of types)
      expect(['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security']).toContain(t);
  });
});
