import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv, parseKeywordFile } from '../../../../../utils/engines/titles/keywordFile';

const KEYWORDS = resolve(import.meta.dirname, '../../../../fixtures/keywords');
const fixture = (name: string) => readFileSync(resolve(KEYWORDS, name), 'utf8');

describe('keyword files', () => {
  it('reads a Chinese-header CSV export with console number formats', () => {
    const { rows, warnings } = parseKeywordFile(fixture('taobao-dress-zh.csv'), 'csv');
    expect(warnings).toEqual([]);
    expect(rows).toHaveLength(8);
    expect(rows[0]).toEqual({
      term: '连衣裙',
      exposure: 12860,
      clicks: 503,
      ctr: 0.0391,
      orders: 19,
      conversionRate: 0.0378,
    });
    // 3.1万 is 31,000.
    expect(rows[3]).toMatchObject({ term: '法式 长裙', exposure: 31000, orders: 0 });
  });

  it('reads an English-header CSV with a quoted term holding a comma', () => {
    const { rows } = parseKeywordFile(fixture('aliexpress-dress-en.csv'), 'csv');
    expect(rows.map((r) => r.term)).toEqual([
      'summer dress women',
      'floral maxi dress',
      'boho dress',
      'beach dress, pockets',
      'sexy party dress',
    ]);
    expect(rows[0]).toMatchObject({ exposure: 18420, ctr: 0.0332, conversionRate: 0.0343 });
  });

  it('reads a JSON array of keyword rows', () => {
    const { rows } = parseKeywordFile(fixture('aliexpress-dress.json'), 'json');
    expect(rows).toHaveLength(10);
    expect(rows[2]).toEqual({
      term: 'boho dress',
      exposure: 6120,
      clicks: 164,
      ctr: 0.0268,
      orders: 0,
      conversionRate: 0,
    });
  });

  it('reads a productKeywords ReadResult as saved by the CLI read command', () => {
    const { rows } = parseKeywordFile(fixture('alibaba-keywords.json'), 'json');
    expect(rows).toHaveLength(5);
    expect(rows[0]).toMatchObject({
      productId: '1600123456789',
      term: 'stainless steel water bottle',
    });
    expect(rows.every((r) => r.orders === undefined)).toBe(true);
  });

  it('skips rows without a term, saying which', () => {
    const { rows, warnings } = parseKeywordFile(
      JSON.stringify([{ term: 'ok', exposure: '1,200' }, { exposure: 5 }, 'x']),
      'json',
    );
    expect(rows).toEqual([{ term: 'ok', exposure: 1200 }]);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^row 2: term/);
    expect(warnings[1]).toBe('row 3: not an object');
  });

  it('refuses files that hold no keyword rows', () => {
    expect(() => parseKeywordFile('name,price\na,1\n', 'csv')).toThrow(/no search-term column/);
    expect(() => parseKeywordFile('{"hello": 1}', 'json')).toThrow(/expected an array/);
    expect(() =>
      parseKeywordFile(
        JSON.stringify({ status: 'blocked', url: 'https://x', reason: 'login page' }),
        'json',
      ),
    ).toThrow(/not read \(blocked\): login page/);
  });

  it('splits CSV with a BOM, CRLF, doubled quotes and tabs', () => {
    expect(parseCsv('\uFEFFterm,exposure\r\n"say ""hi""",3\r\n\r\n')).toEqual([
      ['term', 'exposure'],
      ['say "hi"', '3'],
    ]);
    expect(parseCsv('term\texposure\nboho\t12')).toEqual([
      ['term', 'exposure'],
      ['boho', '12'],
    ]);
  });
});
