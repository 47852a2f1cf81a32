import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runTitle, titleCommand } from '../../../../../scripts/cli/title';
import { measureTitle } from '../../../../../utils/engines/titles/measure';

const KEYWORDS = resolve(import.meta.dirname, '../../../../fixtures/keywords');
const file = (name: string) => resolve(KEYWORDS, name);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cli title', () => {
  it('prints the fields the issue names for an AliExpress title and a JSON keyword file', async () => {
    const out = await runTitle([
      '--site',
      'aliexpress',
      '--title',
      'Sexy Summer Dress Women Dresses Vintage Party Dress',
      '--keywords',
      file('aliexpress-dress.json'),
    ]);
    expect(out).toMatchObject({ length: 51, limit: 128, unit: 'chars' });
    expect(out.duplicates).toEqual([{ word: 'Dress', count: 3 }]);
    expect(out.add.slice(0, 2)).toEqual([
      { word: 'floral', exposure: 9310 },
      { word: 'maxi', exposure: 9310 },
    ]);
    expect(out.drop.map((d) => d.word)).toEqual(['Sexy', 'Party']);
    expect(out.drop[0]?.reason.en).toContain('no orders');
    expect(out.suggestion).toBe('Summer Dress Women Vintage Floral Maxi Beach');
    expect(out.changes).toHaveLength(7);
  });

  it('reads a Chinese CSV for Taobao and stays within 60 bytes', async () => {
    const out = await runTitle([
      '--site',
      'taobao',
      '--title',
      '2024新款夏季法式碎花连衣裙女装仙女裙长裙',
      '--keywords',
      file('taobao-dress-zh.csv'),
    ]);
    expect([out.length, out.limit, out.unit]).toEqual([40, 60, 'bytes']);
    expect(out.add[0]).toEqual({ word: '雪纺', exposure: 6420 });
    expect(measureTitle(out.suggestion, 'bytes')).toBeLessThanOrEqual(60);
  });

  it('takes the seller’s --limit in the site’s unit', async () => {
    const out = await runTitle([
      '--site=taobao',
      '--title=2024新款夏季法式碎花连衣裙女装仙女裙长裙',
      `--keywords=${file('taobao-dress-zh.csv')}`,
      '--limit=30',
    ]);
    expect([out.limit, out.unit]).toEqual([30, 'bytes']);
    expect(measureTitle(out.suggestion, 'bytes')).toBeLessThanOrEqual(30);
  });

  it('writes JSON to stdout and exits 0; exits 2 with usage on missing arguments', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const args = [
      '--site',
      'alibaba',
      '--title',
      'Water Bottle',
      '--keywords',
      file('alibaba-keywords.json'),
    ];
    expect(await titleCommand(args)).toBe(0);
    const printed = JSON.parse(String(log.mock.calls[0]?.[0])) as {
      suggestion: string;
      limit: number;
    };
    expect(printed.limit).toBe(128);
    expect(printed.suggestion).toBe('Water Bottle Stainless Steel Insulated');

    expect(await titleCommand(['--site', 'ebay', '--title', 'x', '--keywords', 'k.json'])).toBe(2);
    expect(await titleCommand(['--site', 'taobao', '--title', 'x', '--keywords', 'k.txt'])).toBe(2);
    expect(error.mock.calls.map((c) => String(c[0]))).toEqual([
      expect.stringContaining('cli title --site'),
      expect.stringContaining('must be .json or .csv'),
    ]);
  });

  it('prints each title word’s search traffic and the drops it leads to, given a title-word file', async () => {
    const out = await runTitle([
      '--site',
      'taobao',
      '--title',
      '纯棉t恤男夏季潮牌宽松',
      '--keywords',
      file('taobao-dress-zh.csv'),
      '--title-words',
      resolve(import.meta.dirname, '../../../../fixtures/taobao/titleWords/title-words.json'),
    ]);
    expect(out.titleWords).toEqual([
      { word: '纯棉', searchVisitors: 1203, payRate: 0.031 },
      { word: 't恤', searchVisitors: 986, payRate: 0.024 },
      { word: '男', searchVisitors: 402, payRate: 0.012 },
      { word: '夏季', searchVisitors: 57, payRate: 0 },
      { word: '潮牌', searchVisitors: null, payRate: 0 },
      { word: '宽松', searchVisitors: 14, payRate: 0 },
    ]);
    // Both are dropped; the dress report's clicks on 夏季 rank it first.
    expect(out.drop.map((d) => d.word)).toEqual(['夏季', '潮牌']);
    expect(out.decisions.length).toBeGreaterThan(0);
  });
});
