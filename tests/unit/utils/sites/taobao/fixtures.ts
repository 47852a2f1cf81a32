import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toCapture } from '@/scripts/cli/read';
import { readCapture, readDocument } from '@/utils/sites/index';
import { readerForUrl, registeredReaders } from '@/utils/sites/registry';
import {
  isBuyerPageKind,
  readResultSchema,
  type OkResult,
  type ReadResult,
  type Site,
} from '@/utils/types';
import { casesOf } from '../../../../fixtures/cases';

// Reads a fixture the way the extension does: HTML through readDocument on a
// parsed Document, JSON through the capture record the CLI and the MAIN-world
// script hand over. Shared by the Taobao and Alibaba.com reader tests.

export const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures');
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

/**
 * The registration checks both sites' suites run: the site's readers cover
 * `pageKinds`, every fixture a reader lists is one the suite reads (`pageOf`
 * maps it to the page URL it is read on), and each test URL routes to its reader.
 */
export function describeRegistration(
  title: string,
  site: Site,
  pageKinds: readonly string[],
  pageOf: Record<string, string>,
): void {
  describe(title, () => {
    // Buyer-side readers (market watch) have their own suite: tests/unit/utils/sites/buyer/.
    const readers = registeredReaders().filter(
      (r) => r.site === site && !isBuyerPageKind(r.pageKind),
    );

    it(`covers ${pageKinds.join(', ')}`, () => {
      expect(readers.map((r) => r.pageKind).sort()).toEqual([...pageKinds]);
    });

    it.each(readers.map((r) => [r.pageKind, r] as const))(
      '%s lists fixtures that this suite reads, and each test URL routes to it',
      (_kind, reader) => {
        expect(casesOf(reader).fixtures.length).toBeGreaterThan(0);
        for (const f of casesOf(reader).fixtures) expect(pageOf[f], f).toBeDefined();
        for (const u of casesOf(reader).testUrls) expect(readerForUrl(new URL(u))).toBe(reader);
      },
    );

    it.each(Object.entries(pageOf))('%s reads to a contract-valid result', (file, url) => {
      expect(['ok', 'empty', 'blocked', 'unrecognized']).toContain(readFixture(file, url).status);
    });
  });
}
