import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readerForUrl, registeredReaders } from '@/utils/sites/index';
import { API_ALLOWLIST } from '@/utils/sites/apis';
import type { Site } from '@/utils/sites/hosts';
import type { PageKind } from '@/utils/types';
import { casesOf } from '../../../fixtures/cases';

const FIXTURES = resolve(import.meta.dirname, '../../../fixtures');

// The page kinds every marketplace must have a reader for.
const REQUIRED: Record<Site, readonly PageKind[]> = {
  aliexpress: [
    'productList',
    'productRank',
    'productKeywords',
    'abilityModel',
    'campaigns',
    'customers',
  ],
  taobao: ['productList', 'productRank', 'productKeywords'],
  alibaba: ['productList', 'productRank', 'productKeywords'],
};

const readers = registeredReaders();
const name = (r: { site: string; pageKind: string }) => `${r.site}/${r.pageKind}`;

describe('reader registry', () => {
  it.each(
    Object.entries(REQUIRED).flatMap(([site, kinds]) => kinds.map((kind) => [site, kind] as const)),
  )('%s/%s has a registered reader with at least one fixture', (site, kind) => {
    const reader = readers.find((r) => r.site === site && r.pageKind === kind);
    expect(reader, `no reader registered for ${site}/${kind}`).toBeDefined();
    expect(reader ? casesOf(reader).fixtures.length : 0).toBeGreaterThan(0);
  });

  it.each(readers.map((r) => [name(r), r] as const))(
    '%s: every listed fixture exists under tests/fixtures/<site>/<pageKind>/',
    (_, reader) => {
      for (const file of casesOf(reader).fixtures) {
        expect(file.startsWith(`${reader.site}/${reader.pageKind}/`), file).toBe(true);
        expect(existsSync(join(FIXTURES, file)), `missing fixture ${file}`).toBe(true);
      }
      expect(casesOf(reader).testUrls.length).toBeGreaterThan(0);
    },
  );

  it.each(readers.flatMap((r) => casesOf(r).testUrls.map((u) => [name(r), u, r] as const)))(
    '%s owns its test URL %s',
    (_, url, reader) => {
      expect(readerForUrl(new URL(url))).toBe(reader);
    },
  );

  it.each(readers.filter((r) => r.readJson).map((r) => [name(r), r] as const))(
    '%s: a JSON reader has an allowlisted API, so the MAIN-world script captures it',
    (_, reader) => {
      expect(
        API_ALLOWLIST.some(
          (rule) => rule.site === reader.site && rule.pageKind === reader.pageKind,
        ),
      ).toBe(true);
    },
  );
});
