import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileAsResult } from '@/scripts/cli/read';
import { apiNameFromUrl, isAllowlisted } from '@/utils/sites/apis';
import '@/utils/sites/index';
import { readerForApi, readerForUrl } from '@/utils/sites/registry';
import { readCapture, readDocument } from '@/utils/sites/index';
import { decodeEntities } from '@/utils/sites/taobao/envelope';
import type { ReadResult } from '@/utils/types';
import { FIXTURES, NOW, describeRegistration, okRows, readFixture } from './fixtures';

const ON_SALE = 'https://myseller.taobao.com/home.htm/SellManage/on_sale';
const RANK =
  'https://sycm.taobao.com/cc/item_rank?dateRange=2024-05-01%7C2024-05-07&dateType=recent7';
const ARCHIVE = 'https://sycm.taobao.com/cc/item_archives?itemId=678901234567&dateType=recent7';
const KEYWORDS =
  'https://sycm.taobao.com/flow/monitor/itemsourcedetail?childPageType=se_keyword&itemId=678901234567&pageId=23.s1150';
const MARKET = 'https://sycm.taobao.com/mc/mq/search_rank?activeKey=searchWord';
const SYCM_HOME = 'https://sycm.taobao.com/portal/home.htm';
const SHOP_SOURCE =
  'https://sycm.taobao.com/flow/monitor/shopsource/construction?belong=all&dateRange=2024-05-07%7C2024-05-07&dateType=day&device=2';
const CUSTOMERS = 'https://sycm.taobao.com/cc/customer/regular';
const ACTIVITIES = 'https://myseller.taobao.com/home.htm/qianniu-service-market/';

/** Every fixture the Taobao readers list, with the page it was saved from. */
const PAGE_OF: Record<string, string> = {
  'taobao/productList/on-sale-zh.html': ON_SALE,
  'taobao/productList/on-sale-en.html': ON_SALE,
  'taobao/productList/on-sale-zh-hant.html': ON_SALE,
  'taobao/productList/on-sale-empty.html': ON_SALE,
  'taobao/productList/on-sale-blocked.html': ON_SALE,
  'taobao/productList/on-sale-missing-price.html': ON_SALE,
  'taobao/productList/manage-async-taobao.json': ON_SALE,
  'taobao/productList/manage-async-tmall.json': ON_SALE,
  'taobao/productList/manage-async-other-table.json': ON_SALE,
  'taobao/productList/manage-async-result-failed.json': ON_SALE,
  'taobao/productList/items-mtop-session-expired.json': ON_SALE,
  'taobao/productRank/item-rank-zh.html': RANK,
  'taobao/productRank/item-rank-en.html': RANK,
  'taobao/productRank/item-rank-empty.html': RANK,
  'taobao/productRank/item-rank-punish.html': RANK,
  'taobao/productRank/view-top-recent7.json': RANK,
  'taobao/productRank/live-view-top.json': RANK,
  'taobao/productRank/portal-item-list.json': RANK,
  'taobao/productRank/view-top-risk.json': RANK,
  'taobao/productRank/sale-overview.json': ARCHIVE,
  'taobao/productRank/source-tree.json': ARCHIVE,
  'taobao/productRank/sale-overview-not-logged-in.json': ARCHIVE,
  'taobao/productKeywords/se-keyword-zh.html': KEYWORDS,
  'taobao/productKeywords/se-keyword-en.html': KEYWORDS.replace('678901234567', '701234567890'),
  'taobao/productKeywords/se-keyword-empty.html': KEYWORDS,
  'taobao/productKeywords/market-search-rank-zh.html': MARKET,
  'taobao/productKeywords/v3-new-item-source.json': KEYWORDS,
  'taobao/productKeywords/new-item-source.json': KEYWORDS,
  'taobao/productKeywords/item-source-other-tab.json': KEYWORDS,
  'taobao/productKeywords/se-keyword-failed.json': KEYWORDS,
  'taobao/customerSegments/overview.json': CUSTOMERS,
  'taobao/customerSegments/members-wrapped.json': CUSTOMERS,
  'taobao/customerSegments/profile.json': CUSTOMERS,
  'taobao/customerSegments/overview-risk.json': CUSTOMERS,
  'taobao/customerSegments/other-domain.json': CUSTOMERS,
  'taobao/campaigns/registered-items.json': ACTIVITIES,
  'taobao/campaigns/registered-items-failed.json': ACTIVITIES,
  'taobao/campaigns/registered-items-empty.json': ACTIVITIES,
  'taobao/storeKeywords/shop-source-v3.json': SHOP_SOURCE,
  'taobao/titleWords/title-words.json': ARCHIVE,
  'taobao/titleWords/title-words-failed.json': ARCHIVE,
};

describeRegistration(
  'Taobao/Tmall readers are registered with fixtures and real URLs',
  'taobao',
  [
    'campaigns',
    'customerSegments',
    'productKeywords',
    'productList',
    'productRank',
    'storeKeywords',
    'titleWords',
  ],
  PAGE_OF,
);

const reasonOf = (r: ReadResult) => (r.status === 'ok' ? '' : r.reason);

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

  it('reads the Taobao async list: data.result parsed again, ¥ 19.80 prices, 1.2万 sold, `--` stock absent, a repeated item once', () => {
    const r = readFixture('taobao/productList/manage-async-taobao.json', ON_SALE);
    expect(r).toMatchObject({
      status: 'ok',
      site: 'taobao',
      pageKind: 'productList',
      source: 'json',
    });
    expect(r).not.toHaveProperty('storeId');
    expect(okRows(r)).toEqual([
      {
        productId: '678901234567',
        title: '夏季纯棉短袖T恤 男款 宽松百搭',
        price: { amount: 59, currency: 'CNY' },
        stock: 1234,
        orders: 312,
      },
      {
        productId: '678901234568',
        title: '冰丝防晒袖套 女 UPF50+',
        price: { amount: 19.8, currency: 'CNY' },
        orders: 12000,
      },
      {
        productId: '678901234569',
        title: '儿童凉鞋 软底 防滑',
        price: { amount: 89, currency: 'CNY' },
        stock: 87,
        orders: 0,
      },
    ]);
  });

  it('reads the Tmall list from mtop.tmall.sell.pc.manage.async (table /tmall/manager/table.htm)', () => {
    expect(okRows(readFixture('taobao/productList/manage-async-tmall.json', ON_SALE))).toEqual([
      {
        productId: '701234567890',
        title: '亚麻衬衫 男 长袖 透气',
        price: { amount: 128, currency: 'CNY' },
        stock: 1500,
        orders: 2500,
      },
      {
        productId: '701234567891',
        title: '帆布托特包',
        price: { amount: 35.5, currency: 'CNY' },
        stock: 12,
        orders: 98,
      },
    ]);
  });

  it('reads data.result already parsed into an object the same way', () => {
    const r = readCapture(
      {
        api: 'mtop.taobao.sell.pc.manage.async',
        apiUrl: '',
        body: {
          api: 'mtop.taobao.sell.pc.manage.async',
          ret: ['SUCCESS::调用成功'],
          data: {
            result: {
              success: true,
              data: {
                table: {
                  dataSource: [
                    {
                      itemId: 678901234570,
                      itemDesc: { desc: [{ text: '遮阳帽' }] },
                      managerPrice: { currentPrice: '¥ 29.00' },
                    },
                  ],
                },
                pagination: { total: 1 },
              },
            },
          },
        },
      },
      new URL(ON_SALE),
      NOW,
    );
    expect(okRows(r)).toEqual([
      { productId: '678901234570', title: '遮阳帽', price: { amount: 29, currency: 'CNY' } },
    ]);
  });

  it('another table of the same API is unrecognized, naming the table, never read as the item list', () => {
    const r = readFixture('taobao/productList/manage-async-other-table.json', ON_SALE);
    expect(r).toMatchObject({ status: 'unrecognized', site: 'taobao', pageKind: 'productList' });
    expect(reasonOf(r)).toBe(
      'not recognised: the item API served table /taobao/manager/draft.htm, which is not the item list',
    );
  });

  it('data.result with success false is a failure, not an empty list', () => {
    const r = readFixture('taobao/productList/manage-async-result-failed.json', ON_SALE);
    expect(r).toMatchObject({ status: 'unrecognized', pageKind: 'productList' });
    expect(reasonOf(r)).toBe('the console API failed: success false, 系统繁忙，请稍后再试');
  });

  it('an expired session is blocked, not empty', () => {
    const r = readFixture('taobao/productList/items-mtop-session-expired.json', ON_SALE);
    expect(r.status).toBe('blocked');
    expect(r).toMatchObject({ site: 'taobao', pageKind: 'productList' });
    expect(reasonOf(r)).toMatch(/FAIL_SYS_SESSION_EXPIRED/);
  });

  it.each([
    'FAIL_SYS_TOKEN_EMPTY::令牌为空',
    'FAIL_SYS_USER_VALIDATE::哎哟喂',
    'FAIL_SYS_TRAFFIC_LIMIT::被挤爆啦',
  ])('mtop %s is blocked', (ret) => {
    const r = readCapture(
      {
        api: 'mtop.tmall.sell.pc.manage.async',
        apiUrl: '',
        body: { api: 'mtop.tmall.sell.pc.manage.async', ret: [ret], data: {} },
      },
      new URL(ON_SALE),
      NOW,
    );
    expect(r).toMatchObject({ status: 'blocked', site: 'taobao', pageKind: 'productList' });
    expect(reasonOf(r)).toContain(ret);
  });

  it('reads Traditional Chinese labels (繁體 interface)', () => {
    expect(okRows(readFixture('taobao/productList/on-sale-zh-hant.html', ON_SALE))).toEqual([
      {
        productId: '701234567890',
        title: '亞麻襯衫 男 長袖',
        price: { amount: 128, currency: 'CNY' },
        stock: 1500,
        orders: 25000,
      },
      {
        productId: '701234567891',
        title: '帆布托特包',
        price: { amount: 35.5, currency: 'CNY' },
        stock: 12,
        orders: 980,
      },
    ]);
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

  it('reads /cc/item/view/top.json: item{} plain, {value, cycleCrc} and bare metrics, a null metric absent, period from the request', () => {
    const r = readFixture('taobao/productRank/view-top-recent7.json', RANK);
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'productRank',
      source: 'json',
      period: { from: '2024-05-01', to: '2024-05-07' },
    });
    expect(okRows(r)).toEqual([
      { ...T_SHIRT, title: '夏季纯棉短袖T恤 男款 宽松百搭', stock: 1234 },
      {
        productId: '678901234568',
        title: '冰丝防晒袖套 女 UPF50+',
        visitors: 5230,
        views: 9881,
        addToCart: 233,
        buyers: 96,
        orders: 120,
        revenue: { amount: 2388, currency: 'CNY' },
        conversionRate: 0.0184,
      },
    ]);
  });

  it('reads the live ranking one level deeper (data.data.data); payRate 0.0068 is 0.68%', () => {
    const r = readFixture('taobao/productRank/live-view-top.json', RANK);
    expect(r).toMatchObject({ status: 'ok', period: { from: '2024-05-08', to: '2024-05-08' } });
    expect(okRows(r)).toEqual([
      {
        productId: '678901234569',
        title: '儿童凉鞋 软底 防滑',
        visitors: 735,
        views: 1210,
        wishlist: 17,
        addToCart: 41,
        buyers: 5,
        orders: 5,
        revenue: { amount: 445, currency: 'CNY' },
        conversionRate: 0.0068,
      },
    ]);
  });

  it('reads the older /cc/item/portal/itemList.json with bare scalar metrics', () => {
    const r = readFixture('taobao/productRank/portal-item-list.json', RANK);
    expect(r).toMatchObject({ status: 'ok', period: { from: '2024-05-07', to: '2024-05-07' } });
    expect(okRows(r)).toEqual([
      {
        productId: '678901234567',
        title: '夏季纯棉短袖T恤 男款 宽松百搭',
        visitors: 1040,
        views: 2980,
        buyers: 31,
        orders: 33,
        revenue: { amount: 1820.5, currency: 'CNY' },
        conversionRate: 0.0298,
      },
    ]);
  });

  it('the sycm risk answer (rgv587_flag) is blocked, never empty', () => {
    const r = readFixture('taobao/productRank/view-top-risk.json', RANK);
    expect(r).toMatchObject({ status: 'blocked', site: 'taobao', pageKind: 'productRank' });
    expect(reasonOf(r)).toBe(
      'the console refused the request (security check rgv587_flag=sm): sign in again or pass the security check, then reload',
    );
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
  it('reads /flow/v3/new/item/source/detail.json: rows at data.data, entities decoded, uv as clicks, the item id from the request', () => {
    const r = readFixture('taobao/productKeywords/v3-new-item-source.json', KEYWORDS);
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'productKeywords',
      source: 'json',
      period: { from: '2024-05-01', to: '2024-05-07' },
    });
    expect(okRows(r)).toEqual([
      {
        productId: '678901234567',
        term: '纯棉t恤男',
        clicks: 12034,
        orders: 296,
        conversionRate: 0.0246,
      },
      {
        productId: '678901234567',
        term: '短袖 — 宽松',
        clicks: 3408,
        orders: 41,
        conversionRate: 0.012,
      },
      { productId: '678901234567', term: 't恤男夏季/新款', clicks: 620 },
    ]);
  });

  it('reads the older /flow/new/item/source/detail.json; the request names the item, not the page', () => {
    const r = readFixture('taobao/productKeywords/new-item-source.json', KEYWORDS);
    expect(r).toMatchObject({ status: 'ok', period: { from: '2024-05-07', to: '2024-05-07' } });
    expect(okRows(r)).toEqual([
      {
        productId: '701234567890',
        term: 'linen shirt',
        clicks: 1000,
        orders: 31,
        conversionRate: 0.031,
      },
    ]);
  });

  it('another source tab of the same API is unrecognized, naming it', () => {
    const r = readFixture('taobao/productKeywords/item-source-other-tab.json', KEYWORDS);
    expect(r).toMatchObject({ status: 'unrecognized', pageKind: 'productKeywords' });
    expect(reasonOf(r)).toBe(
      'not recognised: source details of zhitongche, not search terms (se_keyword)',
    );
  });

  it('an item source answer whose request names no item is unrecognized', () => {
    const r = readCapture(
      {
        api: '/flow/v3/new/item/source/detail.json',
        apiUrl:
          'https://sycm.taobao.com/flow/v3/new/item/source/detail.json?childPageType=se_keyword',
        body: { code: 0, data: { data: [{ pageName: { value: '连衣裙' }, uv: 3 }] } },
      },
      new URL(SYCM_HOME),
      NOW,
    );
    expect(r).toMatchObject({ status: 'unrecognized', pageKind: 'productKeywords' });
    expect(reasonOf(r)).toBe('not recognised: the item source request names no itemId');
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
      { api: '/flow/v3/new/item/source/detail.json', apiUrl: '', body: { code: 0, data: [] } },
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

describe('Taobao customer figures (生意参谋 客户, aggregate)', () => {
  it('reads the overview domain: {value, cycleCrc} per code, …AvgGood peers, indexDesc labels; ids and dates are no rows', () => {
    const r = readFixture('taobao/customerSegments/overview.json', CUSTOMERS);
    expect(r).toMatchObject({
      status: 'ok',
      site: 'taobao',
      pageKind: 'customerSegments',
      source: 'json',
      period: { from: '2024-05-07', to: '2024-05-07' },
    });
    const o = (indicator: string, value: number, change: number, extra = {}) => ({
      domain: 'overview',
      indicator,
      value,
      change,
      ...extra,
    });
    expect(okRows(r)).toEqual([
      o('shopCustomer', 18240, 0.042, { label: '店铺客户数', peerGood: 25100 }),
      o('newVisitorCnt', 5120, -0.031, { peerGood: 7300 }),
      o('newVisitorBuyCnt', 133, 0.018),
      o('newVisitorPayRate', 0.026, 0.002),
      o('noPurchaseCnt', 2210, 0.01, { peerGood: 3050 }),
      o('hasPurchaseCnt', 940, 0.066, { peerGood: 1320 }),
      o('hasPurchaseUbyCnt', 88, 0.1),
      o('hasPurchaseReCall', 0.094, -0.004),
      o('repeatByrRate1m', 0.021, 0.001),
      o('repeatByrRate3m', 0.058, -0.002, { label: '近3月复购率', peerGood: 0.083 }),
      o('repeatByrRate6m', 0.097, 0),
      o('regularCustomerCnt', 1460, 0.035),
    ]);
  });

  it('reads the members domain wrapped {content: {code, data}}', () => {
    const r = readFixture('taobao/customerSegments/members-wrapped.json', CUSTOMERS);
    expect(r).toMatchObject({ status: 'ok', period: { from: '2024-04-08', to: '2024-05-07' } });
    expect(okRows(r)).toEqual([
      { domain: 'members', indicator: 'totalMbrCnt', value: 3200, change: 0.05 },
      { domain: 'members', indicator: 'paidMbrCnt', value: 410, change: -0.02 },
      { domain: 'members', indicator: 'mbrPayAmt', value: 52300.5, change: 0.11 },
      { domain: 'members', indicator: 'repurMbrRate', value: 0.132, change: 0.01 },
      { domain: 'members', indicator: 'incrMbrCnt', value: 160 },
    ]);
  });

  it('reads the profile crowds: attribute values with their count and share', () => {
    expect(okRows(readFixture('taobao/customerSegments/profile.json', CUSTOMERS))).toEqual([
      {
        domain: 'profile',
        indicator: 'shop_crowd/性别/女',
        label: '性别: 女',
        value: 12100,
        share: 0.6634,
      },
      {
        domain: 'profile',
        indicator: 'shop_crowd/性别/男',
        label: '性别: 男',
        value: 6140,
        share: 0.3366,
      },
      {
        domain: 'profile',
        indicator: 'new_crowd/年龄/18-24岁',
        label: '年龄: 18-24岁',
        value: 1900,
        share: 0.371,
      },
    ]);
  });

  it('without the request URL (the bare API name), the indicator codes name the domain', () => {
    const members = readCapture(
      {
        api: '/domain/oneQuery.json',
        apiUrl: '',
        body: { code: 0, data: { totalMbrCnt: { value: 12, cycleCrc: 0.5 } } },
      },
      new URL(CUSTOMERS),
      NOW,
    );
    expect(okRows(members)).toEqual([
      { domain: 'members', indicator: 'totalMbrCnt', value: 12, change: 0.5 },
    ]);
    const unknown = readCapture(
      {
        api: '/domain/oneQuery.json',
        apiUrl: '',
        body: { code: 0, data: { payAmt: { value: 1 } } },
      },
      new URL(CUSTOMERS),
      NOW,
    );
    expect(unknown).toMatchObject({ status: 'unrecognized', pageKind: 'customerSegments' });
    expect(reasonOf(unknown)).toBe(
      'not recognised: the domain query names no domainCode and carries no customer indicator',
    );
  });

  it('the risk answer is blocked; another sycm domain is unrecognized, naming it', () => {
    expect(readFixture('taobao/customerSegments/overview-risk.json', CUSTOMERS)).toMatchObject({
      status: 'blocked',
      pageKind: 'customerSegments',
    });
    const other = readFixture('taobao/customerSegments/other-domain.json', CUSTOMERS);
    expect(other).toMatchObject({ status: 'unrecognized', pageKind: 'customerSegments' });
    expect(reasonOf(other)).toBe(
      'not recognised: sycm domain tao.shop.trade.overview is not a customer domain Storewise reads',
    );
  });
});

describe('Taobao registered activities (sale.taobao.com)', () => {
  it('groups the registered items by activity: earliest start, latest end, ISO-8601 from wall clock and epoch ms', () => {
    const r = readFixture('taobao/campaigns/registered-items.json', ACTIVITIES);
    expect(r).toMatchObject({
      status: 'ok',
      site: 'taobao',
      pageKind: 'campaigns',
      source: 'json',
    });
    expect(okRows(r)).toEqual([
      {
        name: '天天特卖 6月品类日',
        start: '2024-06-09T16:00:00.000Z',
        end: '2024-06-13T15:59:59.000Z',
        status: '审核通过',
      },
      // Its items are in two states: the activity has no one status.
      {
        name: '聚划算 夏日童装',
        start: '2024-06-09T16:00:00.000Z',
        end: '2024-06-13T15:59:59.000Z',
      },
    ]);
    // The registration deadline is not in this list (its field is unknown).
    for (const row of okRows(r)) expect(row).not.toHaveProperty('registrationDeadline');
  });

  it('a sign-in refusal is blocked and no items is empty', () => {
    const failed = readFixture('taobao/campaigns/registered-items-failed.json', ACTIVITIES);
    expect(failed).toMatchObject({ status: 'blocked', pageKind: 'campaigns' });
    expect(reasonOf(failed)).toMatch(/请先登录/);
    expect(readFixture('taobao/campaigns/registered-items-empty.json', ACTIVITIES).status).toBe(
      'empty',
    );
  });

  it('another sale.taobao.com querier is unrecognized', () => {
    const r = readCapture(
      {
        api: '/domain/item/query.json',
        apiUrl: 'https://sale.taobao.com/domain/item/query.json?querier=otherQuerier',
        body: { success: true, data: { data: [{ activityName: 'x' }] } },
      },
      new URL(ACTIVITIES),
      NOW,
    );
    expect(r).toMatchObject({ status: 'unrecognized', pageKind: 'campaigns' });
    expect(reasonOf(r)).toBe(
      'not recognised: sale.taobao.com query otherQuerier is not the registered-items list',
    );
  });
});

describe('Taobao shop search terms (店铺来源 手淘搜索)', () => {
  const SHOP_API = '/flow/v3/shop/source/detail/v3.json';
  const SHOP_REQUEST =
    'https://sycm.taobao.com/flow/v3/shop/source/detail/v3.json?dateRange=2024-05-06%7C2024-05-06&dateType=day&pageId=23.s1150&pPageId=30&childPageType=se_keyword';
  const shopCapture = (body: unknown, apiUrl = SHOP_REQUEST) => ({ api: SHOP_API, apiUrl, body });

  it('reads /flow/v3/shop/source/detail/v3.json as store search terms: no product id, entities decoded, uv as clicks, period from the request', () => {
    const r = readFixture('taobao/storeKeywords/shop-source-v3.json', SHOP_SOURCE);
    expect(r).toEqual({
      status: 'ok',
      site: 'taobao',
      pageKind: 'storeKeywords',
      url: SHOP_SOURCE,
      capturedAt: '2024-05-08T02:00:00.000Z',
      source: 'json',
      period: { from: '2024-05-07', to: '2024-05-07' },
      rows: [
        { term: '连衣裙 夏', clicks: 5320, orders: 166, conversionRate: 0.0312 },
        { term: '防晒衣女 薄款', clicks: 2210, orders: 40, conversionRate: 0.0181 },
      ],
    });
  });

  it('is store search terms on whichever sycm page it is captured; the item keyword reader never takes it', () => {
    const r = readCapture(
      shopCapture({ code: 0, data: { data: [{ pageName: { value: '连衣裙' }, uv: 3 }] } }),
      new URL(KEYWORDS),
      NOW,
    );
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'storeKeywords',
      period: { from: '2024-05-06', to: '2024-05-06' },
      rows: [{ term: '连衣裙', clicks: 3 }],
    });
    expect(readerForApi(SHOP_API, new URL(SYCM_HOME))?.pageKind).toBe('storeKeywords');
    expect(readerForUrl(new URL(KEYWORDS))?.matchesApi?.(SHOP_API)).toBe(false);
  });

  it('another source tab is unrecognized, no rows is empty, a risk answer is blocked', () => {
    const otherTab = readCapture(
      shopCapture(
        { code: 0, data: { data: [{ pageName: { value: '直通车' }, uv: 3 }] } },
        SHOP_REQUEST.replace('se_keyword', 'zhitongche'),
      ),
      new URL(SHOP_SOURCE),
      NOW,
    );
    expect(otherTab).toMatchObject({ status: 'unrecognized', pageKind: 'storeKeywords' });
    expect(reasonOf(otherTab)).toBe(
      'not recognised: source details of zhitongche, not search terms (se_keyword)',
    );
    const empty = readCapture(
      shopCapture({ code: 0, data: { data: [], recordCount: 0 } }),
      new URL(SHOP_SOURCE),
      NOW,
    );
    expect(empty).toMatchObject({ status: 'empty', site: 'taobao', pageKind: 'storeKeywords' });
    expect(reasonOf(empty)).toBe('the console shows no search terms');
    const risk = readCapture(
      shopCapture({ rgv587_flag: 'sm', url: 'https://sycm.taobao.com/punish' }),
      new URL(SHOP_SOURCE),
      NOW,
    );
    expect(risk).toMatchObject({ status: 'blocked', pageKind: 'storeKeywords' });
  });

  it('the rendered shop-source page is not read: it lists channels, not terms', () => {
    const r = readDocument(
      new DOMParser().parseFromString('<table><tr><th>来源名称</th></tr></table>', 'text/html'),
      new URL(SHOP_SOURCE),
      NOW,
    );
    expect(r).toEqual({
      status: 'unrecognized',
      site: 'taobao',
      pageKind: 'storeKeywords',
      url: SHOP_SOURCE,
      reason: 'taobao/storeKeywords is read from its API only',
    });
  });
});

describe('HTML entities in console text', () => {
  it.each([
    ['短袖 &mdash; 宽松', '短袖 — 宽松'],
    ['a &amp; b &lt;c&gt;', 'a & b <c>'],
    ['&#x2F;&#47;&#8212;', '//—'],
    ['&unknown; &#xD800; plain', '&unknown; &#xD800; plain'],
  ])('%s → %s', (input, out) => {
    expect(decodeEntities(input)).toBe(out);
  });
});

describe('Taobao API names the MAIN-world script sees', () => {
  it.each([
    [
      'https://h5api.m.taobao.com/h5/mtop.taobao.sell.pc.manage.async/1.0/?jsv=2.6.1&appKey=12574478&t=1&sign=x',
      'productList',
    ],
    [
      'https://h5api.m.taobao.com/h5/mtop.tmall.sell.pc.manage.async/1.0/?jsv=2.6.1&appKey=12574478&t=1&sign=x',
      'productList',
    ],
    ['https://sycm.taobao.com/cc/item/view/top.json?dateType=recent7', 'productRank'],
    ['https://sycm.taobao.com/cc/item/live/view/top.json?dateType=today', 'productRank'],
    ['https://sycm.taobao.com/cc/item/portal/itemList.json?dateType=day', 'productRank'],
    [
      'https://sycm.taobao.com/cc/item/sale/overview.json?dateType=recent7&itemId=678901234567',
      'productRank',
    ],
    [
      'https://sycm.taobao.com/flow/item/source/tree/support.json?itemId=678901234567',
      'productRank',
    ],
    [
      'https://sycm.taobao.com/flow/v3/new/item/source/detail.json?childPageType=se_keyword',
      'productKeywords',
    ],
    [
      'https://sycm.taobao.com/flow/new/item/source/detail.json?childPageType=se_keyword',
      'productKeywords',
    ],
    [
      'https://sycm.taobao.com/flow/v3/shop/source/detail/v3.json?pageId=23.s1150&pPageId=30',
      'storeKeywords',
    ],
    [
      'https://sycm.taobao.com/domain/oneQuery.json?domainCode=tao.shop.customer.overview',
      'customerSegments',
    ],
    [
      'https://sycm.taobao.com/domain/multiQuery.json?domainCode=tao.shop.customer.newprofile',
      'customerSegments',
    ],
    ['https://sale.taobao.com/domain/item/query.json?querier=juItemCompositeQuerier', 'campaigns'],
  ])('%s is allowlisted and routes to %s', (requestUrl, kind) => {
    const api = apiNameFromUrl(requestUrl);
    expect(api).toBeDefined();
    expect(isAllowlisted(api ?? '')).toBe(true);
    expect(readerForApi(api ?? '', new URL(ON_SALE))?.pageKind).toBe(kind);
  });

  it.each([
    'https://sycm.taobao.com/mc/mq/search_rank/list.json?dateType=day',
    'https://sycm.taobao.com/cc/item/rank/list.json?dateType=recent7',
    'https://h5api.m.taobao.com/h5/mtop.taobao.sell.pc.manage.list/1.0/',
    'https://sycm.taobao.com/custom/login/token.json',
    'https://h5api.m.taobao.com/h5/mtop.user.getusersimple/1.0/',
  ])('%s is not captured', (requestUrl) => {
    expect(isAllowlisted(apiNameFromUrl(requestUrl) ?? '')).toBe(false);
  });
});
