import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseTitle } from '../../../../../utils/engines/titles/analyse';
import { measureTitle } from '../../../../../utils/engines/titles/measure';
import { parseKeywordFile } from '../../../../../utils/engines/titles/keywordFile';
import type { KeywordRow } from '../../../../../utils/types';

const KEYWORDS = resolve(import.meta.dirname, '../../../../fixtures/keywords');
const fixture = (name: string) => readFileSync(resolve(KEYWORDS, name), 'utf8');
const dressRows = parseKeywordFile(fixture('aliexpress-dress.json'), 'json').rows;
const taobaoRows = parseKeywordFile(fixture('taobao-dress-zh.csv'), 'csv').rows;
const alibabaRows = parseKeywordFile(fixture('alibaba-keywords.json'), 'json').rows;

describe('an AliExpress title against its keyword report', () => {
  const title = 'Sexy Summer Dress Women Dresses Vintage Party Dress';
  const a = analyseTitle('aliexpress', title, dressRows);

  it('measures it in characters against 128', () => {
    expect([a.length, a.limit, a.unit, a.overLimit]).toEqual([51, 128, 'chars', false]);
  });

  it('finds the repeated word whatever its case and number', () => {
    expect(a.duplicates).toEqual([{ word: 'Dress', count: 3 }]);
  });

  it('knows which title words converted', () => {
    expect(a.converting).toEqual(['Summer', 'Dress', 'Women']);
  });

  it('drops words with exposure and no orders, with the numbers', () => {
    expect(a.drop.map((d) => [d.word, d.exposure, d.clicks, d.orders])).toEqual([
      ['Sexy', 3950, 141, 0],
      ['Party', 3950, 141, 0],
    ]);
    expect(a.drop[0]?.reason.en).toBe(
      '"Sexy" brought 3,950 exposure and 141 clicks but no orders over the period',
    );
    expect(a.drop[0]?.reason.zh).toContain('3,950 次曝光');
  });

  it('proposes missing words by exposure, leaving out those that never sold', () => {
    expect(a.add.map((w) => [w.word, w.exposure])).toEqual([
      ['floral', 9310],
      ['maxi', 9310],
      ['beach', 4480],
      ['pockets', 4480],
      ['chiffon', 2210],
      ['2024', 1980],
      ['neck', 920],
    ]);
    // The lone "v" of "v neck" is not a word to add.
    expect(a.add.map((w) => w.word)).not.toContain('v');
    // boho (6,120 exposure, 0 orders) would be dropped the next time round.
    expect(a.add.map((w) => w.word)).not.toContain('boho');
  });

  it('suggests a small edit: duplicates and dead words out, three strong words in', () => {
    expect(a.suggestion).toBe('Summer Dress Women Vintage Floral Maxi Beach');
    expect(a.changes.map((c) => [c.kind, c.word])).toEqual([
      ['removeDuplicate', 'Dresses'],
      ['removeDuplicate', 'Dress'],
      ['drop', 'Sexy'],
      ['drop', 'Party'],
      ['add', 'Floral'],
      ['add', 'Maxi'],
      ['add', 'Beach'],
    ]);
    const floral = a.changes.find((c) => c.word === 'Floral');
    expect(floral?.numbers).toEqual({ exposure: 9310, clicks: 287, orders: 8, terms: 1 });
    expect(floral?.reason.en).toContain('9,310 exposure and 8 orders');
  });

  it('offers the hot words that did not go in as custom attributes', () => {
    expect(a.attributes.map((w) => w.word)).toEqual(['pockets', 'chiffon', '2024', 'neck']);
  });

  it('scores it and names the biggest problem', () => {
    expect(a.score).toBeGreaterThan(0);
    expect(a.score).toBeLessThan(100);
    expect(a.hint.en).toMatch(/^(Missing search words|Repeated words|Words with no orders)/);
    expect(a.opportunity.missingExposure).toBe(9310 + 9310 + 4480 + 4480 + 2210 + 1980 + 920);
    expect(a.opportunity.overLimitExposure).toBe(0);
    expect(a.opportunity.duplicates).toBe(2);
  });
});

describe('a Chinese word added once', () => {
  // Both found by the property test (analyse.property.test.ts).
  it('does not add a term that repeats a word an earlier addition brought', () => {
    const a = analyseTitle(
      'taobao',
      '连衣裙',
      [
        { term: '夏季夏季', exposure: 1, clicks: 0 },
        { term: '夏季碎花', exposure: 1, clicks: 0 },
      ],
      { limit: { limit: 22, unit: 'bytes' } },
    );
    expect(a.suggestion).toBe('连衣裙夏季夏季');
    expect(a.changes.map((c) => [c.kind, c.word])).toEqual([['add', '夏季夏季']]);
  });

  it('does not add a term the title spells already once a duplicate between its words went', () => {
    const a = analyseTitle(
      'taobao',
      '女装收腰碎花女装新款连衣裙',
      [{ term: '碎花新款', exposure: 1, clicks: 0 }],
      { limit: { limit: 30, unit: 'bytes' } },
    );
    expect(a.suggestion).toBe('女装收腰碎花新款连衣裙');
    expect(a.changes.map((c) => [c.kind, c.word])).toEqual([['removeDuplicate', '女装']]);
  });
});

describe('a Taobao title in bytes, segmented with the product’s search words', () => {
  const title = '2024新款夏季法式碎花连衣裙女装仙女裙长裙';
  const a = analyseTitle('taobao', title, taobaoRows);

  it('counts a Chinese character as two bytes against 60', () => {
    expect([a.length, a.limit, a.unit]).toEqual([40, 60, 'bytes']);
  });

  it('segments the title into marketplace words', () => {
    expect(a.words).toEqual([
      '2024',
      '新款',
      '夏季',
      '法式',
      '碎花',
      '连衣裙',
      '女装',
      '仙女裙',
      '长裙',
    ]);
  });

  it('drops at most two dead words, most wasted clicks first, and adds while it fits', () => {
    expect(a.drop.map((d) => d.word)).toEqual(['法式', '长裙', '仙女裙']);
    expect(a.changes.filter((c) => c.kind === 'drop').map((c) => c.word)).toEqual(['法式', '长裙']);
    expect(a.suggestion).toBe('2024新款夏季碎花连衣裙女装仙女裙雪纺显瘦收腰');
    expect(measureTitle(a.suggestion, 'bytes')).toBeLessThanOrEqual(60);
    expect(a.converting).toEqual(expect.arrayContaining(['碎花', '连衣裙']));
    for (const w of a.converting) expect(a.suggestion).toContain(w);
  });
});

describe('a mixed Chinese and English title', () => {
  const rows: KeywordRow[] = [
    { term: '连衣裙 summer dress', exposure: 5000, clicks: 150, orders: 6 },
    { term: '雪纺 连衣裙', exposure: 3000, clicks: 90, orders: 2 },
    { term: 'floral dress', exposure: 2000, clicks: 40, orders: 1 },
  ];
  const a = analyseTitle('aliexpress', '夏季连衣裙 Summer Dress Women Dresses 连衣裙', rows);

  it('segments both scripts and finds repeats in each', () => {
    expect(a.words).toEqual(['夏季', '连衣裙', 'Summer', 'Dress', 'Women', 'Dresses', '连衣裙']);
    expect(a.duplicates).toEqual([
      { word: '连衣裙', count: 2 },
      { word: 'Dress', count: 2 },
    ]);
  });

  it('suggests each word once, adding missing words of either script', () => {
    expect(a.suggestion).toBe('夏季连衣裙 Summer Dress Women 雪纺 Floral');
    expect(a.changes.map((c) => [c.kind, c.word])).toEqual([
      ['removeDuplicate', 'Dresses'],
      ['removeDuplicate', '连衣裙'],
      ['add', '雪纺'],
      ['add', 'Floral'],
    ]);
  });
});

describe('an Alibaba.com keyword report without orders', () => {
  const title = 'Stainless Steel Water Bottle 500ml';
  const a = analyseTitle('alibaba', title, alibabaRows);

  it('drops nothing for lack of conversion and says why', () => {
    expect(a.drop).toEqual([]);
    expect(a.confidence.map((c) => c.reason.en)).toEqual([
      'The keyword report has no orders or conversion column: no word is dropped for lack of conversion.',
    ]);
  });

  it('still adds words by exposure, capitalised like the title', () => {
    expect(a.add[0]).toMatchObject({ word: 'insulated', exposure: 3870 });
    expect(a.suggestion).toBe('Stainless Steel Water Bottle 500ml Insulated Vacuum Flask');
  });
});

describe('edge cases', () => {
  it('with no keyword rows, checks only length and repeats', () => {
    const a = analyseTitle('aliexpress', 'Phone Case Phone Cases for iPhone 15', []);
    expect(a.add).toEqual([]);
    expect(a.drop).toEqual([]);
    expect(a.duplicates).toEqual([
      { word: 'Phone', count: 2 },
      { word: 'Case', count: 2 },
    ]);
    expect(a.suggestion).toBe('Phone Case for iPhone 15');
    expect(a.confidence[0]?.reason.en).toMatch(/^No keyword report/);
  });

  it('brings a title that is already over the limit back within it, weakest words first', () => {
    const rows: KeywordRow[] = [
      { term: 'phone case', exposure: 9000, clicks: 300, orders: 12 },
      { term: 'iphone 15 case', exposure: 5000, clicks: 200, orders: 7 },
      { term: 'magsafe case', exposure: 800, clicks: 20, orders: 1 },
    ];
    const title = 'Phone Case iPhone 15 Shockproof Cover Luxury Plating Soft Silicone Magsafe';
    const a = analyseTitle('aliexpress', title, rows, { limit: { limit: 40, unit: 'chars' } });
    expect(a.overLimit).toBe(true);
    expect(a.opportunity.overLimitExposure).toBeGreaterThan(0);
    expect(measureTitle(a.suggestion, 'chars')).toBeLessThanOrEqual(40);
    for (const w of ['Phone', 'Case', 'iPhone', '15', 'Magsafe']) expect(a.suggestion).toContain(w);
    expect(a.changes.every((c) => c.kind === 'trim')).toBe(true);
    expect(a.changes[0]?.reason.en).toContain('over the 40 limit');
    expect(a.hint.en).toBe('Title is 74 characters, over the 40 limit');
  });

  it('keeps every word when all of them convert, and only adds', () => {
    const rows: KeywordRow[] = [
      { term: 'wireless earbuds', exposure: 7000, clicks: 210, orders: 9 },
      { term: 'bluetooth earbuds', exposure: 4000, clicks: 120, orders: 3 },
      { term: 'earbuds noise cancelling', exposure: 2500, clicks: 60, orders: 1 },
    ];
    const a = analyseTitle('aliexpress', 'Wireless Bluetooth Earbuds', rows);
    expect(a.converting).toEqual(['Wireless', 'Bluetooth', 'Earbuds']);
    expect(a.drop).toEqual([]);
    expect(a.suggestion).toBe('Wireless Bluetooth Earbuds Noise Cancelling');
    expect(a.changes.map((c) => c.kind)).toEqual(['add', 'add']);
  });

  it('when the converting words alone exceed the limit, keeps the best sellers and says so', () => {
    const rows: KeywordRow[] = [
      { term: 'wireless earbuds', exposure: 7000, clicks: 210, orders: 9 },
      { term: 'bluetooth headphones', exposure: 4000, clicks: 120, orders: 3 },
    ];
    const a = analyseTitle('aliexpress', 'Wireless Bluetooth Earbuds Headphones', rows, {
      limit: { limit: 20, unit: 'chars' },
    });
    expect(measureTitle(a.suggestion, 'chars')).toBeLessThanOrEqual(20);
    expect(a.suggestion).toBe('Wireless Earbuds');
    // Fewest orders go first (3 each), the later word before the earlier one.
    expect(a.changes.map((c) => [c.kind, c.word])).toEqual([
      ['trim', 'Headphones'],
      ['trim', 'Bluetooth'],
    ]);
    expect(a.changes[0]?.reason.en).toBe(
      'the converting words alone exceed the 20 limit; "Headphones" has the fewest orders (3)',
    );
  });

  it('takes up to 40 terms into the bank when the title is short', () => {
    const rows: KeywordRow[] = Array.from({ length: 40 }, (_, i) => ({
      term: `word${String.fromCharCode(97 + (i % 26))}${i}`,
      exposure: 1000 - i,
      orders: 1,
    }));
    expect(analyseTitle('aliexpress', 'Short Title', rows).wordBank).toHaveLength(40);
    const long = 'Long Title '.repeat(10).trim();
    expect(analyseTitle('aliexpress', long, rows).wordBank).toHaveLength(20);
  });

  it('uses the seller’s limit instead of the site default', () => {
    const a = analyseTitle('taobao', '连衣裙', [], { limit: { limit: 30, unit: 'bytes' } });
    expect([a.limit, a.unit]).toEqual([30, 'bytes']);
  });

  it('scores a clean title that covers its search words at 100', () => {
    const rows: KeywordRow[] = [{ term: 'yoga mat', exposure: 5000, clicks: 100, orders: 4 }];
    const title =
      'Yoga Mat Non Slip Thick Exercise Fitness Pad for Home Gym Pilates Workout with Carry Strap';
    const a = analyseTitle('aliexpress', title, rows);
    expect(a.score).toBe(100);
    expect(a.hint.en).toBe('Title looks good');
    expect(a.suggestion).toBe(title);
    expect(a.changes).toEqual([]);
  });
});
