import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readCapture, readDocument } from '@/utils/sites/index';
import { toCapture } from '@/scripts/cli/read';
import type { OkResult, PageKind, ReadResult, RowsByKind } from '@/utils/types';

export const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures');
export const NOW = new Date('2026-11-21T09:30:00Z');

export const fixturePath = (file: string) => join(FIXTURES, 'aliexpress', file);

/** Reads a saved page through readDocument, the content script's path. */
export function readHtml(file: string, url: string): ReadResult {
  const doc = new DOMParser().parseFromString(readFileSync(fixturePath(file), 'utf8'), 'text/html');
  return readDocument(doc, new URL(url), NOW);
}

/** Reads a recorded response (raw envelope or capture record) through readCapture. */
export function readJson(file: string, url: string): ReadResult {
  const capture = toCapture(JSON.parse(readFileSync(fixturePath(file), 'utf8')));
  if (!capture) throw new Error(`${file} names no API`);
  return readCapture(capture, new URL(url), NOW);
}

export function expectOk<K extends PageKind>(result: ReadResult, pageKind: K): RowsByKind[K][] {
  if (result.status !== 'ok' || result.pageKind !== pageKind) {
    throw new Error(`expected ok ${pageKind}, got ${JSON.stringify(result)}`);
  }
  return (result as OkResult).rows as RowsByKind[K][];
}
