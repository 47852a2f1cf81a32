import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCapture } from '@/scripts/cli/read';
import { CAPTURE_SOURCE, parseCaptureMessage } from '@/utils/capture/captureMessage';
import { readPosted as readPostedRecord } from '@/utils/capture/readPosted';
import { readCapture, readDocument, registeredReaders } from '@/utils/sites/index';
import { readsApi } from '@/utils/sites/registry';
import type { Capture, PageReader } from '@/utils/sites/registry';
import type { ReadResult } from '@/utils/types';
import {
  applyJsonMutation,
  htmlMutations,
  jsonMutations,
  leafCount,
  mutateHtml,
  truncateJson,
} from './mutate';
import { assertSound } from './sound';
import { casesOf } from '../../../../fixtures/cases';

// Property tests of every registered reader over mutated fixtures: whatever a console release or a hostile page does to the
// table or the JSON, a reader returns a contract-valid ReadResult. Cases come
// from registeredReaders(), so a new reader or fixture is fuzzed without an
// edit here. Fixed seed: a failure prints the seed and the shrunk mutation
// list; STOREWISE_FUZZ_SEED / STOREWISE_FUZZ_RUNS explore further locally.

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures');
const NOW = new Date('2026-11-21T09:30:00Z');
const SEED = Number(process.env.STOREWISE_FUZZ_SEED ?? 20261121);
const RUNS = Number(process.env.STOREWISE_FUZZ_RUNS ?? 30);
// The 1,000-row benchmark page costs seconds per parse in happy-dom and adds
// no table shape the small fixtures lack; the benchmark reads it.
const MAX_FIXTURE_BYTES = 100_000;

interface Case {
  name: string;
  reader: PageReader;
  file: string;
  url: URL;
}

const cases: Case[] = registeredReaders().flatMap((reader) =>
  casesOf(reader)
    .fixtures.filter((file) => statSync(join(FIXTURES, file)).size <= MAX_FIXTURE_BYTES)
    .map((file) => ({
      name: file,
      reader,
      file,
      url: new URL(casesOf(reader).testUrls[0] ?? `https://${reader.site}.invalid/`),
    })),
);
const htmlCases = cases.filter((c) => c.file.endsWith('.html'));
const jsonCases = cases.filter((c) => c.file.endsWith('.json'));

const params = { seed: SEED, numRuns: RUNS, endOnFailure: false } as const;

function parseHtml(file: string): Document {
  return new DOMParser().parseFromString(readFileSync(join(FIXTURES, file), 'utf8'), 'text/html');
}

function recordedCapture(file: string): Capture {
  const capture = toCapture(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as unknown);
  if (!capture) throw new Error(`${file} names no API`);
  return capture;
}

/** The request URL a capture is posted under: the recorded one, else one that names its API. */
function postedUrl({ api, apiUrl }: Capture): string {
  const base = 'https://gateway.invalid';
  if (apiUrl) return new URL(apiUrl, base).href;
  if (api.startsWith('mtop.')) return `${base}/h5/${api}/1.0/`;
  return api.startsWith('/') ? base + api : `${base}/self/.json?iName=${encodeURIComponent(api)}`;
}

/** The content script's path: the MAIN-world message (body as text), then the isolated side's read. */
function readPosted(capture: Capture, text: string, url: URL): ReadResult | undefined {
  const record = parseCaptureMessage(
    { source: CAPTURE_SOURCE, apiUrl: postedUrl(capture), body: text },
    readsApi,
  );
  return record && readPostedRecord(record, url, NOW);
}

describe('fuzz cases are discovered from the registry', () => {
  it('covers every registered reader, with HTML and JSON fixtures', () => {
    const covered = new Set(cases.map((c) => c.reader));
    expect([...covered]).toEqual([...registeredReaders()]);
    expect(htmlCases.length).toBeGreaterThan(20);
    expect(jsonCases.length).toBeGreaterThan(10);
  });
});

describe('DOM readers over mutated saved pages', () => {
  it.each(htmlCases.map((c) => [c.name, c] as const))(
    '%s: dropped, moved, duplicated columns and rows and junk cells still read soundly',
    (_, c) => {
      const doc = parseHtml(c.file);
      const saved = doc.documentElement.outerHTML;
      const baseline = readDocument(doc, c.url, NOW);
      assertSound(baseline, c.reader);
      const seen = new Set<string>();
      fc.assert(
        fc.property(htmlMutations, (mutations) => {
          const restore = mutateHtml(doc, mutations);
          try {
            const result = readDocument(doc, c.url, NOW);
            seen.add(result.status);
            assertSound(result, c.reader);
          } finally {
            restore();
          }
        }),
        params,
      );
      // Every run started from the saved page, not from the last run's edits.
      expect(doc.documentElement.outerHTML).toBe(saved);
      // The mutations must leave readable pages often enough that the row
      // parsers, not just the "column missing" path, meet the junk.
      if (baseline.status === 'ok') expect(seen).toContain('ok');
    },
  );
});

describe('JSON readers over mutated recorded responses', () => {
  it.each(jsonCases.map((c) => [c.name, c] as const))(
    '%s: dropped keys, junk values and duplicated rows still read soundly',
    (_, c) => {
      const capture = recordedCapture(c.file);
      const { body } = capture;
      const baseline = readPosted(capture, JSON.stringify(body), c.url);
      if (!baseline) throw new Error(`${c.file}: the recorded body does not round-trip`);
      assertSound(baseline, c.reader);
      const seen = new Set<string>();
      fc.assert(
        fc.property(jsonMutations, (mutations) => {
          const mutated = structuredClone(body);
          for (const m of mutations) applyJsonMutation(mutated, m);
          const result = readPosted(capture, JSON.stringify(mutated), c.url);
          if (!result) throw new Error('a valid JSON body was refused by parseCaptureMessage');
          seen.add(result.status);
          assertSound(result, c.reader);
        }),
        params,
      );
      if (baseline.status === 'ok') expect(seen).toContain('ok');
    },
  );

  it.each(jsonCases.map((c) => [c.name, c] as const))(
    '%s: a response cut off at any character is refused or read soundly',
    (_, c) => {
      const capture = recordedCapture(c.file);
      const { api, body } = capture;
      const text = JSON.stringify(body);
      fc.assert(
        fc.property(fc.nat(text.length), (cut) => {
          const truncated = text.slice(0, cut);
          const posted = readPosted(capture, truncated, c.url);
          if (posted) assertSound(posted, c.reader);
          // A caller that hands the raw text straight to the reader.
          assertSound(readCapture({ api, apiUrl: '', body: truncated }, c.url, NOW), c.reader);
        }),
        params,
      );
    },
  );

  it.each(jsonCases.map((c) => [c.name, c] as const))(
    '%s: the partial object recovered from a cut-off response reads soundly',
    (_, c) => {
      const { api, body } = recordedCapture(c.file);
      const leaves = leafCount(body);
      fc.assert(
        fc.property(fc.nat(leaves), fc.nat(), (cutAfter, stringCut) => {
          const partial = truncateJson(body, cutAfter, stringCut);
          assertSound(readCapture({ api, apiUrl: '', body: partial }, c.url, NOW), c.reader);
        }),
        params,
      );
    },
  );
});
