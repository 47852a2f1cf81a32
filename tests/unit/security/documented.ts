import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

// The permission list SECURITY.md documents, between its markers: the manifest
// tests (unit: wxt.config.ts; e2e: the built manifest) compare against it, so
// the document and the manifest cannot drift apart.

const ROOT = resolve(import.meta.dirname, '../../..');

export async function documentedPermissions(): Promise<string[]> {
  const doc = await readFile(join(ROOT, 'SECURITY.md'), 'utf8');
  const section = /<!-- permissions:[^>]*-->([\s\S]*?)<!-- \/permissions -->/.exec(doc)?.[1];
  if (!section) throw new Error('SECURITY.md has no permissions section');
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1] as string);
}

/** The optional host patterns SECURITY.md documents, between its optional-hosts markers. */
export async function documentedOptionalHosts(): Promise<string[]> {
  const doc = await readFile(join(ROOT, 'SECURITY.md'), 'utf8');
  const section = /<!-- optional-hosts:[^>]*-->([\s\S]*?)<!-- \/optional-hosts -->/.exec(doc)?.[1];
  if (!section) throw new Error('SECURITY.md has no optional-hosts section');
  return [...section.matchAll(/^- `([^`]+)`/gm)].map((m) => m[1] as string);
}
