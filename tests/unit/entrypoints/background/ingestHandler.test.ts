import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { readLog } from '@/utils/db/readLog';
import { handleReportRead } from '@/entrypoints/background/ingestHandler';
import type { FailedResult } from '@/utils/types';
import {
  CAPTURED_AT,
  EMPTY_COUNTS,
  freshDb,
  product,
  productList,
  tableCounts,
} from '../../utils/db/testDb';

const OWN_ID = 'storewise-extension-id';
const fromContentScript = {
  id: OWN_ID,
  url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage',
  tab: { id: 7 },
};
const NOW = new Date('2026-11-20T10:02:00.000Z');

describe('handleReportRead', () => {
  let db: StorewiseDB;
  beforeEach(() => {
    db = freshDb();
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores a valid read and logs it for the status line', async () => {
    const reply = await handleReportRead(
      db,
      productList([product('p1'), product('p2'), product('p3')]),
      fromContentScript,
      OWN_ID,
      NOW,
    );
    expect(reply).toEqual({
      ok: true,
      status: 'stored',
      storeKey: 'aliexpress:2001234',
      rowCount: 3,
    });
    expect(await db.products.count()).toBe(3);
    expect(await readLog(db)).toEqual([
      {
        status: 'ok',
        site: 'aliexpress',
        pageKind: 'productList',
        storeKey: 'aliexpress:2001234',
        url: productList([]).url,
        at: NOW.toISOString(),
        rowCount: 3,
      },
    ]);
  });

  it.each([
    ['not an object', 'hello'],
    ['null', null],
    ['an unknown status', { ...productList([product('p1')]), status: 'great' }],
    ['an unknown marketplace', { ...productList([product('p1')]), site: 'amazon' }],
    ['a negative count', productList([product('p1', { stock: -3 })])],
    ['a NaN metric', productList([product('p1', { orders: Number.NaN })])],
    ['a conversion rate above 100%', productList([product('p1', { conversionRate: 4.2 })])],
    ['a capture time that is not a date', { ...productList([product('p1')]), capturedAt: 'now' }],
    ['rows that are not an array', { ...productList([]), rows: { p1: product('p1') } }],
    ['a product without an id', productList([{ ...product('p1'), productId: '' }])],
  ])('rejects a malformed payload (%s) with an error reply and writes nothing', async (_, bad) => {
    const reply = await handleReportRead(db, bad, fromContentScript, OWN_ID, NOW);
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^invalid read result at /);
    expect(await tableCounts(db)).toEqual(EMPTY_COUNTS);
  });

  it.each([
    ['another extension', { id: 'someone-else', url: 'chrome-extension://someone-else/x.html' }],
    ['a sender without an id (a web page)', { url: 'https://evil.example/' }],
  ])('rejects a message from %s and writes nothing', async (_, sender) => {
    const reply = await handleReportRead(db, productList([product('p1')]), sender, OWN_ID, NOW);
    expect(reply).toEqual({ ok: false, error: 'rejected: message from outside this extension' });
    expect(await tableCounts(db)).toEqual(EMPTY_COUNTS);
  });

  it('logs a failed (unrecognized) read in the read log and stores nothing else', async () => {
    const failed: FailedResult = {
      status: 'unrecognized',
      site: 'aliexpress',
      pageKind: 'productList',
      url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage',
      reason: 'missing column 商品ID',
    };
    const reply = await handleReportRead(db, failed, fromContentScript, OWN_ID, NOW);

    expect(reply).toEqual({ ok: true, status: 'logged' });
    expect(await tableCounts(db)).toEqual({ ...EMPTY_COUNTS, settings: 1 });
    expect(await readLog(db)).toEqual([
      {
        status: 'unrecognized',
        site: 'aliexpress',
        pageKind: 'productList',
        url: failed.url,
        at: NOW.toISOString(),
        reason: 'missing column 商品ID',
      },
    ]);
  });

  it('a duplicate read is answered as such and logged, not stored again', async () => {
    const result = productList([product('p1')]);
    await handleReportRead(db, result, fromContentScript, OWN_ID, NOW);
    const reply = await handleReportRead(
      db,
      { ...result, capturedAt: '2026-11-20T10:30:00.000Z' },
      fromContentScript,
      OWN_ID,
      NOW,
    );
    expect(reply).toMatchObject({ ok: true, status: 'duplicate' });
    expect(await db.snapshots.count()).toBe(1);
    expect((await readLog(db)).map((e) => e.status)).toEqual(['duplicate', 'ok']);
  });

  it('answers a storage failure with an error reply instead of throwing', async () => {
    db.close();
    const reply = await handleReportRead(
      db,
      productList([product('p1')], { capturedAt: CAPTURED_AT }),
      fromContentScript,
      OWN_ID,
      NOW,
    );
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error).toMatch(/^could not store the read: /);
  });

  describe('the request URL and the redacted sample a report carries', () => {
    const API_URL =
      'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getVipEffectiveProductsAndStats&callback=jsonp_1714521600000_52731';
    // What the content script sends: the raw response, redacted here before it is logged.
    const MATERIAL = {
      from: 'capture',
      apiUrl: API_URL,
      body: 'jsonp_1714521600000_52731({"value":{"data":[{"subject":"Custom Logo Cotton T-Shirt","id":1600123456789}]}})',
    };
    const SAMPLE = {
      storewise: 'redacted sample',
      status: 'unrecognized',
      site: 'alibaba',
      pageKind: 'productRank',
      page: { url: 'https://data.alibaba.com/product/overview' },
      request: {
        url: 'https://hz-mydata.alibaba.com/self/.json',
        query: {
          action: 'CommonAction',
          iName: 'getVipEffectiveProductsAndStats',
          callback: '<string:medium>',
        },
      },
      body: {
        '<jsonp>': { value: { data: [{ subject: '<string:medium>', id: '<number:int>' }] } },
      },
    };
    const failed: FailedResult = {
      status: 'unrecognized',
      site: 'alibaba',
      pageKind: 'productRank',
      url: 'https://data.alibaba.com/product/overview',
      reason: 'no rows at value.products.data',
    };

    it('keeps the URL and the sample, redacted, with a failed read; the raw material is not stored', async () => {
      await handleReportRead(
        db,
        { ...failed, apiUrl: API_URL, material: MATERIAL },
        fromContentScript,
        OWN_ID,
        NOW,
      );
      const log = await readLog(db);
      expect(log).toEqual([
        {
          status: 'unrecognized',
          site: 'alibaba',
          pageKind: 'productRank',
          url: 'https://data.alibaba.com/product/overview',
          at: NOW.toISOString(),
          reason: 'no rows at value.products.data',
          apiUrl: API_URL,
          sample: expect.any(String) as unknown,
        },
      ]);
      expect(JSON.parse(log[0]?.sample ?? '')).toEqual(SAMPLE);
      for (const value of ['Cotton', '1600123456789', '1714521600000']) {
        expect(log[0]?.sample).not.toContain(value);
      }
    });

    it('redacts the tables of a page: labels stay, every cell becomes a marker', async () => {
      const material = {
        from: 'page',
        tables: [{ headers: ['商品', '访客数'], rows: [['夏季纯棉短袖T恤', '1,234']], more: true }],
        moreTables: false,
      };
      await handleReportRead(
        db,
        { ...failed, status: 'empty', material },
        fromContentScript,
        OWN_ID,
        NOW,
      );
      const [event] = await readLog(db);
      expect(JSON.parse(event?.sample ?? '')).toEqual({
        storewise: 'redacted sample',
        status: 'empty',
        site: 'alibaba',
        pageKind: 'productRank',
        page: { url: 'https://data.alibaba.com/product/overview' },
        tables: [
          {
            headers: ['商品', '访客数'],
            rows: [['<string:short>', '<string:number>'], '<more rows>'],
          },
        ],
      });
      expect(event?.sample).not.toContain('夏季');
    });

    it('keeps the request URL of a stored read, never a sample with it', async () => {
      await handleReportRead(
        db,
        { ...productList([product('p1')]), apiUrl: API_URL, material: MATERIAL },
        fromContentScript,
        OWN_ID,
        NOW,
      );
      const [event] = await readLog(db);
      expect(event).toMatchObject({ status: 'ok', apiUrl: API_URL });
      expect(event).not.toHaveProperty('sample');
    });

    it.each([
      ['material that is not an object', { material: 'raw text' }, { apiUrl: API_URL }],
      [
        'material of an unknown kind',
        { material: { ...MATERIAL, from: 'clipboard' } },
        { apiUrl: API_URL },
      ],
      [
        'a page with more tables than a sample shows',
        {
          material: {
            from: 'page',
            tables: Array.from({ length: 9 }, () => ({ headers: [], rows: [], more: false })),
            moreTables: true,
          },
        },
        { apiUrl: API_URL },
      ],
      ['a URL that is not http(s)', { apiUrl: 'javascript:alert(1)' }, {}],
      ['a relative URL', { apiUrl: '/self/.json?iName=x' }, {}],
      ['an oversized URL', { apiUrl: `${API_URL}&pad=${'x'.repeat(4000)}` }, {}],
    ])('drops %s but still logs the read', async (_, bad, kept) => {
      const reply = await handleReportRead(
        db,
        { ...failed, apiUrl: API_URL, material: MATERIAL, ...bad },
        fromContentScript,
        OWN_ID,
        NOW,
      );
      expect(reply).toEqual({ ok: true, status: 'logged' });
      const [event] = await readLog(db);
      const { sample, ...rest } = event ?? {};
      expect(rest).toEqual({
        status: 'unrecognized',
        site: 'alibaba',
        pageKind: 'productRank',
        url: 'https://data.alibaba.com/product/overview',
        at: NOW.toISOString(),
        reason: 'no rows at value.products.data',
        ...kept,
      });
      // The sample goes when its material is bad, and stays when only the URL is.
      expect(sample === undefined).toBe('apiUrl' in kept);
    });

    it('keeps samples on the three newest failures only', async () => {
      for (const n of ['one', 'two', 'three', 'four']) {
        await handleReportRead(
          db,
          { ...failed, reason: n, material: MATERIAL },
          fromContentScript,
          OWN_ID,
          NOW,
        );
      }
      expect((await readLog(db)).map((e) => [e.reason, e.sample !== undefined])).toEqual([
        ['four', true],
        ['three', true],
        ['two', true],
        ['one', false],
      ]);
    });
  });
});
