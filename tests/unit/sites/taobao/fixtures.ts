import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toCapture } from '@/scripts/cli/read';
import { readCapture, readDocument } from '@/utils/sites/index';
import { readResultSchema, type OkResult, type ReadResult } from '@/utils/types';

// Reads a fixture the way the extension does: HTML through readDocument on a
// parsed Document, JSON through the capture record the CLI and the MAIN-world
// script hand over. Shared by the Taobao and Alibaba.com reader tests.

export const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');
export const NOW = new Date('2024-05-08T02:00:00Z');

export function readFixture(file: string, pageUrl: string): ReadResult {
  const url = new URL(pageUrl);
  const text = readFileSync(join(FIXTURES, file), 'utf8');
  let result: ReadResult;
  if (file.endsWith('.json')) {
    const capture = toCapture(JSON.parse(text) as unknown);
    if (!capture) throw new Error(`${file} is not a recorded response`);
    result = readCapture(capture, url, NOW);
  } else {
    const doc = new DOMParser().parseFromString(text, 'text/html');
    result = readDocument(doc, url, NOW);
  }
  // Every result, ok or not, must pass the contract the background enforces.
  readResultSchema.parse(result);
  return result;
}

export function okRows(result: ReadResult): OkResult['rows'] {
  if (result.status !== 'ok')
    throw new Error(`expected ok, got ${result.status}: ${result.reason}`);
  return result.rows;
}
