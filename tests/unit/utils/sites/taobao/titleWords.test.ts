import { describe, expect, it } from 'vitest';
import '@/utils/sites/index';
import { apiNameFromUrl, isAllowlisted } from '@/utils/sites/apis';
import { analyseTitle } from '@/utils/engines/titles';
import { freshDb } from '../../db/testDb';
import { ingest } from '@/utils/db/ingest';
import { okRows, readFixture } from './fixtures';

const ARCHIVE = 'https://sycm.taobao.com/cc/item_archives?itemId=678901234567&dateType=recent30';

describe('Taobao title-word report (getTitleWords)', () => {
  it('is on the capture allowlist', () => {
    const api = apiNameFromUrl(
      'https://sycm.taobao.com/cc/item/v2/getTitleWords.json?dateType=recent30&itemId=678901234567',
    );
    expect(api).toBe('/cc/item/v2/getTitleWords.json');
    expect(isAllowlisted(api ?? '')).toBe(true);
  });

  it('reads each word with its search visitors and conversion; a word without guideSeUv has none', () => {
    const rows = okRows(readFixture('taobao/titleWords/title-words.json', ARCHIVE));
    expect(rows).toEqual([
      { productId: '678901234567', word: '纯棉', searchVisitors: 1203, payRate: 0.031 },
      { productId: '678901234567', word: 't恤', searchVisitors: 986, payRate: 0.024 },
      { productId: '678901234567', word: '男', searchVisitors: 402, payRate: 0.012 },
      { productId: '678901234567', word: '夏季', searchVisitors: 57, payRate: 0 },
      { productId: '678901234567', word: '潮牌', payRate: 0 },
      { productId: '678901234567', word: '宽松', searchVisitors: 14, payRate: 0 },
    ]);
  });

  it('reports a refused request as blocked, not as no words', () => {
    expect(readFixture('taobao/titleWords/title-words-failed.json', ARCHIVE)).toMatchObject({
      status: 'blocked',
      pageKind: 'titleWords',
    });
  });

  it('is stored per item, the newest report replacing the one before', async () => {
    const db = freshDb();
    const result = readFixture('taobao/titleWords/title-words.json', ARCHIVE);
    if (result.status !== 'ok') throw new Error(result.status);
    await ingest(db, result, new Date('2024-05-08T02:00:00Z'));
    const stored = await db.titleWords
      .where('[storeKey+productId]')
      .equals(['taobao:default', '678901234567'])
      .toArray();
    expect(stored.map((r) => [r.word, r.searchVisitors, r.payRate])).toEqual([
      ['t恤', 986, 0.024],
      ['夏季', 57, 0],
      ['宽松', 14, 0],
      ['潮牌', undefined, 0],
      ['男', 402, 0.012],
      ['纯棉', 1203, 0.031],
    ]);
    const shorter = {
      ...result,
      capturedAt: '2024-05-09T02:00:00.000Z',
      rows: okRows(result).slice(0, 2),
    } as typeof result;
    await ingest(db, shorter, new Date('2024-05-09T02:00:00Z'));
    expect(await db.titleWords.count()).toBe(2);
  });
});

describe('the Taobao title engine with per-word traffic', () => {
  const title = '纯棉t恤男夏季潮牌宽松';
  const titleWords = [
    { word: '纯棉', searchVisitors: 1203, payRate: 0.031 },
    { word: 't恤', searchVisitors: 986, payRate: 0.024 },
    { word: '男', searchVisitors: 402, payRate: 0.012 },
    { word: '夏季', searchVisitors: 57, payRate: 0 },
    { word: '潮牌', payRate: 0 },
    { word: '宽松', searchVisitors: 14, payRate: 0 },
  ];
  // The keyword report says every term converted: without the title words nothing is dropped.
  const rows = [
    { term: '纯棉t恤男', exposure: 9000, clicks: 1200, orders: 30 },
    { term: '潮牌t恤 宽松', exposure: 3000, clicks: 300, orders: 4 },
    { term: '夏季t恤', exposure: 2000, clicks: 150, orders: 2 },
  ];

  it('drops words whose search visitors never paid, or that brought none, with the numbers', () => {
    expect(analyseTitle('taobao', title, rows).drop).toEqual([]);
    const a = analyseTitle('taobao', title, rows, { titleWords });
    expect(a.drop.map((d) => [d.word, d.searchVisitors, d.reason.en])).toEqual([
      ['潮牌', 0, '"潮牌" brought no search visitors over the period (title-word report)'],
      [
        '夏季',
        57,
        '"夏季" brought 57 search visitors and no payments over the period (title-word report)',
      ],
    ]);
    // 宽松: 14 visitors are too few to judge.
    expect(a.suggestion).toBe('纯棉t恤男宽松');
  });
});
