import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCapture } from '@/scripts/cli/read';
import { readCapture, readDocument } from '@/utils/sites/index';
import { clipText, parseCount, parseMoney, parseNumber } from '@/utils/sites/normalise';
import { readResultSchema, type ReadResult } from '@/utils/types';
import { applyJsonMutation, mutateHtml, type HtmlMutation, type JsonMutation } from './mutate';

// The shrunk counterexamples the reader fuzz found (readers.test.ts, seed
// 20261121), kept as plain tests so each fix stays fixed whatever the fuzz
// draws next time.

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures');
const NOW = new Date('2026-11-21T09:30:00Z');
const ABILITY =
  'https://csp.aliexpress.com/m_apps/store-assessment-new/assessment?channelId=2001234';
const CAMPAIGNS =
  'https://csp.aliexpress.com/m_apps/campaign-manage/campaign-list?channelId=2001234';
const MANAGE = 'https://hz-productposting.alibaba.com/product/products_manage.htm';
const P360 = 'https://data.alibaba.com/product/360?prodId=1600123456789&statisticsType=week';
const LIST = 'https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234';

function readMutatedHtml(file: string, url: string, mutations: HtmlMutation[]): ReadResult {
  const doc = new DOMParser().parseFromString(
    readFileSync(join(FIXTURES, file), 'utf8'),
    'text/html',
  );
  mutateHtml(doc, mutations);
  return readDocument(doc, new URL(url), NOW);
}

function readMutatedJson(file: string, url: string, mutations: JsonMutation[]): ReadResult {
  const capture = toCapture(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as unknown);
  if (!capture) throw new Error(`${file} names no API`);
  for (const m of mutations) applyJsonMutation(capture.body, m);
  return readCapture(capture, new URL(url), NOW);
}

/** The first body cell's text replaced by 2,100 characters: the shrunk HTML counterexample. */
const longFirstCell: HtmlMutation = {
  kind: 'cellText',
  header: false,
  row: 0,
  col: 0,
  deep: false,
  text: 'x'.repeat(2100),
};

describe('overlong page text is cut to the contract, not left to void the read', () => {
  it('an ability-model dimension of 2,100 characters reads as 200', () => {
    const result = readMutatedHtml('aliexpress/abilityModel/assessment-zh.html', ABILITY, [
      longFirstCell,
    ]);
    expect(readResultSchema.safeParse(result).success).toBe(true);
    if (result.status !== 'ok' || result.pageKind !== 'abilityModel')
      throw new Error(result.status);
    expect(result.rows[0]?.dimension).toBe('x'.repeat(200));
    expect(result.rows[0]?.indicator).toBe('在售商品数');
  });

  it('a campaign name of 2,100 characters reads as 500', () => {
    const result = readMutatedHtml('aliexpress/campaigns/campaigns-zh.html', CAMPAIGNS, [
      longFirstCell,
    ]);
    expect(readResultSchema.safeParse(result).success).toBe(true);
    if (result.status !== 'ok' || result.pageKind !== 'campaigns') throw new Error(result.status);
    expect(result.rows.some((r) => r.name === 'x'.repeat(500))).toBe(true);
  });

  it('a 2,100-character error code from the API is quoted in 300 characters', () => {
    // Leaf 0 of word-analysis.json is `code`: a non-200 code is a failed read.
    const result = readMutatedJson('alibaba/productKeywords/word-analysis.json', P360, [
      { kind: 'replaceLeaf', at: 0, value: 'x'.repeat(2100) },
    ]);
    expect(result).toMatchObject({ status: 'unrecognized', pageKind: 'productKeywords' });
    expect(readResultSchema.safeParse(result).success).toBe(true);
    if (result.status === 'ok') throw new Error('expected a failed read');
    expect(result.reason).toBe(`the console API failed: ${'x'.repeat(300)}`);
  });

  it('an mtop ret code of 2,100 characters is quoted in 300 characters', () => {
    const result = readMutatedJson('aliexpress/productList/render-list-failed.json', LIST, [
      // Leaves in order: _source, api, ret[0], v.
      { kind: 'replaceLeaf', at: 2, value: `FAIL_BIZ_${'x'.repeat(2100)}` },
    ]);
    expect(readResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({ status: 'unrecognized' });
    if (result.status === 'ok') throw new Error('expected a failed read');
    expect(result.reason).toBe(`the console API failed: FAIL_BIZ_${'x'.repeat(291)}`);
  });

  it('clipText never splits a surrogate pair', () => {
    expect(clipText('ab😀', 3)).toBe('ab');
    expect(clipText('ab😀', 4)).toBe('ab😀');
    expect(clipText('short', 200)).toBe('short');
  });
});

describe('a currency field that is no currency code names no money', () => {
  it('a 2,100-character price text names no currency: the low price stays in US $', () => {
    const file = 'aliexpress/productList/render-list-capture.json';
    const capture = toCapture(JSON.parse(readFileSync(join(FIXTURES, file), 'utf8')) as unknown);
    if (!capture) throw new Error(`${file} names no API`);
    const body = capture.body as {
      data: { table: { dataSource: { price: Record<string, unknown> }[] } };
    };
    const first = body.data.table.dataSource[0];
    if (!first) throw new Error('fixture has no rows');
    first.price.priceText = 'x'.repeat(2100);
    const result = readCapture(capture, new URL(LIST), NOW);
    expect(readResultSchema.safeParse(result).success).toBe(true);
    if (result.status !== 'ok' || result.pageKind !== 'productList') throw new Error(result.status);
    expect(result.rows[0]?.price).toEqual({ amount: 9.9, currency: 'USD' });
  });

  it('parseMoney refuses a default currency the contract cannot hold', () => {
    expect(parseMoney(12.5, 'x'.repeat(9))).toBeUndefined();
    expect(parseMoney('12.50', '')).toBeUndefined();
    expect(parseMoney('¥12.50', 'x'.repeat(9))).toEqual({ amount: 12.5, currency: 'CNY' });
    expect(parseMoney(12.5, 'CNY')).toEqual({ amount: 12.5, currency: 'CNY' });
  });
});

describe('digit runs that overflow a double are no number, never Infinity', () => {
  const nines = (n: number) => '9'.repeat(n);

  it('a 305-digit price from the API (the shrunk JSON counterexample) stays finite', () => {
    // Leaves in order: count, products[0].id, subject, absImageUrl, detailUrl, fobPrice.
    const result = readMutatedJson('alibaba/productList/asy-query-products.json', MANAGE, [
      { kind: 'replaceLeaf', at: 5, value: nines(305) },
    ]);
    expect(readResultSchema.safeParse(result).success).toBe(true);
    if (result.status !== 'ok' || result.pageKind !== 'productList') throw new Error(result.status);
    expect(Number.isFinite(result.rows[0]?.price?.amount)).toBe(true);
  });

  it.each([
    [`${nines(305)}万`, undefined],
    [`${nines(310)}亿`, undefined],
    [nines(400), undefined],
    [`-${nines(305)}万`, undefined],
    ['1.2万', 12000],
    ['3.5亿', 350000000],
  ])('parseNumber(%s…) is %s', (text, expected) => {
    expect(parseNumber(text)).toBe(expected);
  });

  it('a 304-digit count is finite: too big to round, not too big to hold', () => {
    const n = parseCount(nines(304));
    expect(n !== undefined && Number.isFinite(n) && n > 1e303).toBe(true);
    expect(parseMoney(`US $${nines(305)}万`)).toBeUndefined();
  });
});
