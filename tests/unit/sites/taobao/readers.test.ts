import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileAsResult } from '@/scripts/cli/read';
import { apiNameFromUrl, isAllowlisted } from '@/utils/sites/apis';
import '@/utils/sites/index';
import { readerForApi, readerForUrl } from '@/utils/sites/registry';
import { FIXTURES, NOW, describeRegistration, okRows, readFixture } from './fixtures';

const ON_SALE = 'https://myseller.taobao.com/home.htm/SellManage/on_sale';
const RANK =
  'https://sycm.taobao.com/cc/item_rank?dateRange=2024-05-01%7C2024-05-07&dateType=recent7';
const ARCHIVE = 'https://sycm.taobao.com/cc/item_archives?itemId=678901234567&dateType=recent7';
const KEYWORDS =
  'https://sycm.taobao.com/flow/monitor/itemsourcedetail?childPageType=se_keyword&itemId=678901234567&pageId=23.s1150';
const MARKET = 'https://sycm.taobao.com/mc/mq/search_rank?activeKey=searchWord';

/** Every fixture the Taobao readers list, with the page it was saved from. */
const PAGE_OF: Record<string, string> = {
  'taobao/productList/on-sale-zh.html': ON_SALE,
  'taobao/productList/on-sale-en.html': ON_SALE,
  'taobao/productList/on-sale-empty.html': ON_SALE,
  'taobao/productList/on-sale-blocked.html': ON_SALE,
  'taobao/productList/on-sale-missing-price.html': ON_SALE,
  'taobao/productList/items-mtop.json': ON_SALE,
  'taobao/productList/items-mtop-session-expired.json': ON_SALE,
  'taobao/productRank/item-rank-zh.html': RANK,
  'taobao/productRank/item-rank-en.html': RANK,
  'taobao/productRank/item-rank-empty.html': RANK,
  'taobao/productRank/item-rank-punish.html': RANK,
  'taobao/productRank/sale-overview.json': ARCHIVE,
  'taobao/productRank/item-rank-list.json': RANK,
  'taobao/productRank/source-tree.json': ARCHIVE,
  'taobao/productRank/sale-overview-not-logged-in.json': ARCHIVE,
  'taobao/productKeywords/se-keyword-zh.html': KEYWORDS,
  'taobao/productKeywords/se-keyword-en.html': KEYWORDS.replace('678901234567', '701234567890'),
  'taobao/productKeywords/se-keyword-empty.html': KEYWORDS,
  'taobao/productKeywords/market-search-rank-zh.html': MARKET,
  'taobao/productKeywords/se-keyword.json': KEYWORDS,
  'taobao/productKeywords/se-keyword-failed.json': KEYWORDS,
  'taobao/titleWords/title-words.json': ARCHIVE,
  'taobao/titleWords/title-words-failed.json': ARCHIVE,
};

describeRegistration(
  'Taobao/Tmall readers are registered with fixtures and real URLs',
  'taobao',
  ['productKeywords', 'productList', 'productRank', 'titleWords'],
  PAGE_OF,
);

/** The three items the zh table and the mtop list both show. */
const ON_SALE_ZH_ROWS = [
  {
    productId: '678901234567',
    title: '夏季纯棉短袖T恤 男款 宽松百搭',
    price: { amount: 59, currency: 'CNY' },
    stock: 1234,
    orders: 12000,
  },
  {
    productId: '678901234568',
    title: '冰丝防晒袖套 女 UPF50+',
    price: { amount: 19.9, currency: 'CNY' },
    orders: 356,
  },
  {
    productId: '678901234569',
    title: '儿童凉鞋 软底 防滑',
    price: { amount: 89, currency: 'CNY' },
    stock: 87,
    orders: 0,
  },
];

describe('Taobao product list (出售中的宝贝)', () => {
  it('reads the zh table: ids from the ID line, ¥ prices, 1.2万 sales, `--` stock absent', () => {
    const rows = okRows(readFixture('taobao/productList/on-sale-zh.html', ON_SALE));
    expect(rows).toEqual(ON_SALE_ZH_ROWS);
  });

  it('reads en labels in another column order', () => {
    const r = readFixture('taobao/productList/on-sale-en.html', ON_SALE);
    expect(r).toMatchObject({
      status: 'ok',
      site: 'taobao',
      source: 'dom',
      capturedAt: NOW.toISOString(),
    });
    expect(okRows(r)).toEqual([
      {
        productId: '701234567890',
        title: 'Linen Shirt Men Long Sleeve',
        price: { amount: 128, currency: 'CNY' },
        stock: 1500,
        orders: 25000,
      },
      {
        productId: '701234567891',
        title: 'Canvas Tote Bag',
        price: { amount: 35.5, currency: 'CNY' },
        stock: 12,
        orders: 980,
      },
    ]);
  });

  it('reads the mtop list with open-API names and the newer itemDesc shape alike', () => {
    const r = readFixture('taobao/productList/items-mtop.json', ON_SALE);
    expect(r).toMatchObject({ status: 'ok', pageKind: 'productList', source: 'json' });
    expect(r).not.toHaveProperty('storeId');
    expect(okRows(r)).toEqual(ON_SALE_ZH_ROWS);
  });

  it('an expired session is blocked, not empty', () => {
    const r = readFixture('taobao/productList/items-mtop-session-expired.json', ON_SALE);
    expect(r.status).toBe('blocked');
    expect(r).toMatchObject({ site: 'taobao', pageKind: 'productList' });
    expect(r.status !== 'ok' && r.reason).toMatch(/FAIL_SYS_SESSION_EXPIRED/);
  });

  it('names the missing column, reports an empty table as empty and the slider mask as blocked', () => {
    const missing = readFixture('taobao/productList/on-sale-missing-price.html', ON_SALE);
    expect(missing).toMatchObject({ status: 'unrecognized', pageKind: 'productList' });
    expect(missing.status !== 'ok' && missing.reason).toMatch(/without column price/);
    expect(readFixture('taobao/productList/on-sale-empty.html', ON_SALE).status).toBe('empty');
    const blocked = readFixture('taobao/productList/on-sale-blocked.html', ON_SALE);
    expect(blocked).toMatchObject({ status: 'blocked', site: 'taobao', pageKind: 'productList' });
  });

  it('reads through the CLI entry point with the same result', async () => {
    const r = await readFileAsResult(
      join(FIXTURES, 'taobao/productList/on-sale-zh.html'),
      ON_SALE,
      NOW,
    );
    expect(r).toEqual(readFixture('taobao/productList/on-sale-zh.html', ON_SALE));
  });
});

describe('Taobao sycm item metrics (商品排行 / 单品分析)', () => {
  const T_SHIRT = {
    productId: '678901234567',
    visitors: 12034,
    views: 35120,
    wishlist: 860,
    addToCart: 1020,
    buyers: 412,
    orders: 455,
    revenue: { amount: 24548, currency: 'CNY' },
    conversionRate: 0.0342,
  };

  it('unwraps {value, cycleCrc} metrics of the overview, item id from the page, period from the request', () => {
    const r = readFixture('taobao/productRank/sale-overview.json', ARCHIVE);
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'productRank',
      source: 'json',
      period: { from: '2024-05-01', to: '2024-05-07' },
    });
    expect(okRows(r)).toEqual([{ ...T_SHIRT, title: '' }]);
  });

  it('reads the ranking list rows, dropping a null metric instead of writing NaN', () => {
    const rows = okRows(readFixture('taobao/productRank/item-rank-list.json', RANK));
    expect(rows[0]).toEqual({ ...T_SHIRT, title: '夏季纯棉短袖T恤 男款 宽松百搭' });
    expect(rows[1]).toEqual({
      productId: '678901234568',
      title: '冰丝防晒袖套 女 UPF50+',
      visitors: 5230,
      views: 9881,
      addToCart: 233,
      buyers: 96,
      orders: 120,
      revenue: { amount: 2388, currency: 'CNY' },
      conversionRate: 0.0184,
    });
  });

  it('takes the 汇总 node of the source tree as the item total', () => {
    expect(okRows(readFixture('taobao/productRank/source-tree.json', ARCHIVE))).toEqual([
      { ...T_SHIRT, title: '' },
    ]);
  });

  it('reads the rendered ranking in zh (1.2万, 3.5万, 3.43%) and in en with reordered columns', () => {
    const zh = readFixture('taobao/productRank/item-rank-zh.html', RANK);
    expect(zh).toMatchObject({ source: 'dom', period: { from: '2024-05-01', to: '2024-05-07' } });
    expect(okRows(zh)[0]).toEqual({
      productId: '678901234567',
      title: '夏季纯棉短袖T恤 男款 宽松百搭',
      visitors: 12000,
      views: 35000,
      wishlist: 860,
      addToCart: 1020,
      buyers: 412,
      orders: 455,
      revenue: { amount: 24548, currency: 'CNY' },
      conversionRate: 0.0343,
    });
    expect(okRows(zh)[1]).not.toHaveProperty('wishlist');
    expect(okRows(readFixture('taobao/productRank/item-rank-en.html', RANK))).toEqual([
      {
        productId: '701234567890',
        title: 'Linen Shirt Men Long Sleeve',
        visitors: 2000,
        views: 4100,
        addToCart: 75,
        buyers: 30,
        revenue: { amount: 3840, currency: 'CNY' },
        conversionRate: 0.015,
      },
    ]);
  });

  it('a signed-out sycm (code 5810) and the punish iframe are blocked; no rows is empty', () => {
    const out = readFixture('taobao/productRank/sale-overview-not-logged-in.json', ARCHIVE);
    expect(out).toMatchObject({ status: 'blocked', pageKind: 'productRank' });
    expect(out.status !== 'ok' && out.reason).toMatch(/5810/);
    expect(readFixture('taobao/productRank/item-rank-punish.html', RANK)).toMatchObject({
      status: 'blocked',
      site: 'taobao',
    });
    expect(readFixture('taobao/productRank/item-rank-empty.html', RANK).status).toBe('empty');
  });
});

describe('Taobao search keywords (手淘搜索 来源详情) and market search ranking', () => {
  it('reads keyword rows from JSON: visitors as clicks, the item id from the page', () => {
    const r = readFixture('taobao/productKeywords/se-keyword.json', KEYWORDS);
    expect(r).toMatchObject({ status: 'ok', pageKind: 'productKeywords', source: 'json' });
    expect(okRows(r)).toEqual([
      {
        productId: '678901234567',
        term: '纯棉t恤男',
        clicks: 12034,
        orders: 296,
        conversionRate: 0.0247,
      },
      {
        productId: '678901234567',
        term: '短袖 宽松',
        clicks: 3408,
        orders: 41,
        conversionRate: 0.012,
      },
      { productId: '678901234567', term: 't恤男夏季', clicks: 620 },
    ]);
  });

  it('reads the rendered tab in zh and en', () => {
    expect(okRows(readFixture('taobao/productKeywords/se-keyword-zh.html', KEYWORDS))).toEqual([
      {
        productId: '678901234567',
        term: '纯棉t恤男',
        clicks: 12000,
        orders: 296,
        conversionRate: 0.0247,
      },
      {
        productId: '678901234567',
        term: '短袖 宽松',
        clicks: 3408,
        orders: 41,
        conversionRate: 0.012,
      },
      { productId: '678901234567', term: 't恤男夏季', clicks: 620 },
    ]);
    const en = okRows(
      readFixture(
        'taobao/productKeywords/se-keyword-en.html',
        PAGE_OF['taobao/productKeywords/se-keyword-en.html'] ?? '',
      ),
    );
    expect(en).toEqual([
      {
        productId: '701234567890',
        term: 'linen shirt',
        clicks: 1000,
        orders: 31,
        conversionRate: 0.031,
      },
      {
        productId: '701234567890',
        term: 'mens shirt long sleeve',
        clicks: 500,
        orders: 4,
        conversionRate: 0.008,
      },
    ]);
  });

  it('reads a /mc/ market page from its DOM only: popularity, CTR and online items, no product id', () => {
    expect(
      okRows(readFixture('taobao/productKeywords/market-search-rank-zh.html', MARKET)),
    ).toEqual([
      {
        term: '连衣裙',
        ctr: 0.6831,
        conversionRate: 0.0502,
        searchIndex: 352000,
        competition: 23100000,
      },
      {
        term: '防晒衣女',
        ctr: 0.712,
        conversionRate: 0.068,
        searchIndex: 287000,
        competition: 8600000,
      },
    ]);
    const reader = readerForUrl(new URL(MARKET));
    const json = reader?.readJson?.(
      { api: '/flow/v3/item/source/detail.json', apiUrl: '', body: { code: 0, data: [] } },
      { url: new URL(MARKET), now: NOW },
    );
    expect(json?.status).toBe('unrecognized');
  });

  it('a failed sycm envelope is unrecognized with its code, and no rows is empty', () => {
    const r = readFixture('taobao/productKeywords/se-keyword-failed.json', KEYWORDS);
    expect(r).toMatchObject({ status: 'unrecognized', pageKind: 'productKeywords' });
    expect(r.status !== 'ok' && r.reason).toMatch(/code 1003/);
    expect(readFixture('taobao/productKeywords/se-keyword-empty.html', KEYWORDS).status).toBe(
      'empty',
    );
  });
});

describe('Taobao API names the MAIN-world script sees', () => {
  it.each([
    [
      'https://h5api.m.taobao.com/h5/mtop.taobao.sell.pc.manage.async/1.0/?jsv=2.6.1&appKey=12574478&t=1&sign=x',
      'productList',
    ],
    [
      'https://sycm.taobao.com/cc/item/sale/overview.json?dateType=recent7&itemId=678901234567',
      'productRank',
    ],
    ['https://sycm.taobao.com/cc/item/rank/list.json?dateType=recent7', 'productRank'],
    [
      'https://sycm.taobao.com/flow/item/source/tree/support.json?itemId=678901234567',
      'productRank',
    ],
    [
      'https://sycm.taobao.com/flow/v3/item/source/detail.json?childPageType=se_keyword',
      'productKeywords',
    ],
  ])('%s is allowlisted and routes to %s', (requestUrl, kind) => {
    const api = apiNameFromUrl(requestUrl);
    expect(api).toBeDefined();
    expect(isAllowlisted(api ?? '')).toBe(true);
    expect(readerForApi(api ?? '', new URL(ON_SALE))?.pageKind).toBe(kind);
  });

  it.each([
    'https://sycm.taobao.com/mc/mq/search_rank/list.json?dateType=day',
    'https://sycm.taobao.com/custom/login/token.json',
    'https://h5api.m.taobao.com/h5/mtop.user.getusersimple/1.0/',
  ])('%s is not captured', (requestUrl) => {
    expect(isAllowlisted(apiNameFromUrl(requestUrl) ?? '')).toBe(false);
  });
});
