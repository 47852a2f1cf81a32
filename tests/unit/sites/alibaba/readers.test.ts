import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileAsResult } from '@/scripts/cli/read';
import { apiNameFromUrl, isAllowlisted } from '@/utils/sites/apis';
import '@/utils/sites/index';
import { readerForApi } from '@/utils/sites/registry';
import { FIXTURES, NOW, describeRegistration, okRows, readFixture } from '../taobao/fixtures';

const MANAGE = 'https://hz-productposting.alibaba.com/product/products_manage.htm';
const OVERVIEW = 'https://data.alibaba.com/product/overview';
const P360 = 'https://data.alibaba.com/product/360?prodId=1600123456789&statisticsType=week';
const TRAFFIC_KEYWORD = 'https://data.alibaba.com/traffic/keyword';

const PAGE_OF: Record<string, string> = {
  'alibaba/productList/products-manage-zh.html': MANAGE,
  'alibaba/productList/products-manage-en.html': MANAGE,
  'alibaba/productList/products-manage-blocked.html': MANAGE,
  'alibaba/productList/products-manage.json': MANAGE,
  'alibaba/productList/products-manage-empty.json': MANAGE,
  'alibaba/productRank/overview-zh.html': OVERVIEW,
  'alibaba/productRank/overview-en.html': OVERVIEW,
  'alibaba/productRank/overview-missing-exposure.html': OVERVIEW,
  'alibaba/productRank/overview.json': OVERVIEW,
  'alibaba/productRank/overview-not-login.json': OVERVIEW,
  'alibaba/productKeywords/keyword-zh.html': P360,
  'alibaba/productKeywords/keyword-en.html': TRAFFIC_KEYWORD,
  'alibaba/productKeywords/keyword-empty.html': TRAFFIC_KEYWORD,
  'alibaba/productKeywords/keyword-punish.html': TRAFFIC_KEYWORD,
  'alibaba/productKeywords/word-analysis.json': P360,
  'alibaba/productKeywords/word-analysis-empty.json': P360,
  'alibaba/productKeywords/word-analysis-failed.json': P360,
};

const TEE = {
  productId: '1600123456789',
  title: 'Custom Logo Cotton T-Shirt Men Blank Tee',
};

describeRegistration(
  'Alibaba.com readers are registered with fixtures and real URLs',
  'alibaba',
  ['productKeywords', 'productList', 'productRank'],
  PAGE_OF,
);

describe('Alibaba.com product management (管理产品)', () => {
  it('joins value.products.data with value.statistics; a price range takes its low end in USD', () => {
    const r = readFixture('alibaba/productList/products-manage.json', MANAGE);
    expect(r).toMatchObject({
      status: 'ok',
      site: 'alibaba',
      pageKind: 'productList',
      source: 'json',
    });
    expect(r).not.toHaveProperty('storeId');
    expect(okRows(r)).toEqual([
      {
        ...TEE,
        price: { amount: 3.63, currency: 'USD' },
        stock: 5000,
        exposure: 12000,
        clicks: 356,
        visitors: 210,
        orders: 3,
        wishlist: 41,
      },
      {
        productId: '1600123456790',
        title: 'Silicone Kitchen Utensil Set 12 Pcs',
        price: { amount: 8.9, currency: 'USD' },
      },
      {
        productId: '1600555000111',
        title: 'Bamboo Cutting Board Set',
        price: { amount: 12.5, currency: 'USD' },
        stock: 1200,
        exposure: 4020,
        clicks: 95,
        visitors: 88,
        orders: 0,
        wishlist: 7,
      },
    ]);
  });

  it('reads the rendered list in zh (ids from `ID:`, 1.2万, `--`) and en (reordered, extra columns)', () => {
    expect(okRows(readFixture('alibaba/productList/products-manage-zh.html', MANAGE))).toEqual([
      {
        ...TEE,
        price: { amount: 3.63, currency: 'USD' },
        exposure: 12000,
        clicks: 356,
        visitors: 210,
      },
      {
        productId: '1600123456790',
        title: 'Silicone Kitchen Utensil Set 12 Pcs',
        price: { amount: 8.9, currency: 'USD' },
      },
    ]);
    expect(okRows(readFixture('alibaba/productList/products-manage-en.html', MANAGE))).toEqual([
      {
        productId: '1600555000111',
        title: 'Bamboo Cutting Board Set',
        price: { amount: 12.5, currency: 'USD' },
        exposure: 4020,
        visitors: 88,
      },
    ]);
  });

  it('an empty product list is empty and the slider mask is blocked', () => {
    expect(readFixture('alibaba/productList/products-manage-empty.json', MANAGE)).toMatchObject({
      status: 'empty',
      site: 'alibaba',
      pageKind: 'productList',
    });
    expect(readFixture('alibaba/productList/products-manage-blocked.html', MANAGE)).toMatchObject({
      status: 'blocked',
      site: 'alibaba',
    });
  });

  it('reads through the CLI entry point', async () => {
    const r = await readFileAsResult(
      join(FIXTURES, 'alibaba/productList/products-manage.json'),
      MANAGE,
      NOW,
    );
    expect(r).toEqual(readFixture('alibaba/productList/products-manage.json', MANAGE));
  });
});

describe('Alibaba.com product analysis (产品分析)', () => {
  it('reads open-API names (product_id, impression, click, visitor, order, bookmark) and the period', () => {
    const r = readFixture('alibaba/productRank/overview.json', OVERVIEW);
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'productRank',
      source: 'json',
      period: { from: '2024-04-29', to: '2024-05-05' },
    });
    expect(okRows(r)).toEqual([
      { ...TEE, exposure: 12000, clicks: 356, visitors: 210, orders: 3, wishlist: 41 },
      {
        productId: '1600123456790',
        title: 'Silicone Kitchen Utensil Set 12 Pcs',
        exposure: 820,
        visitors: 15,
        wishlist: 2,
      },
    ]);
  });

  it('reads the rendered table in zh and en with the same values', () => {
    expect(okRows(readFixture('alibaba/productRank/overview-zh.html', OVERVIEW))[0]).toEqual({
      ...TEE,
      exposure: 12000,
      clicks: 356,
      visitors: 210,
      orders: 3,
      wishlist: 41,
    });
    expect(okRows(readFixture('alibaba/productRank/overview-en.html', OVERVIEW))).toEqual([
      {
        productId: '1600555000111',
        title: 'Bamboo Cutting Board Set',
        exposure: 4020,
        clicks: 95,
        visitors: 88,
        orders: 1,
        wishlist: 7,
      },
    ]);
  });

  it('NOT_LOGIN is blocked; a table without impressions names that column', () => {
    const out = readFixture('alibaba/productRank/overview-not-login.json', OVERVIEW);
    expect(out).toMatchObject({ status: 'blocked', site: 'alibaba', pageKind: 'productRank' });
    expect(out.status !== 'ok' && out.reason).toMatch(/NOT_LOGIN/);
    const missing = readFixture('alibaba/productRank/overview-missing-exposure.html', OVERVIEW);
    expect(missing).toMatchObject({ status: 'unrecognized', pageKind: 'productRank' });
    expect(missing.status !== 'ok' && missing.reason).toMatch(/without column exposure/);
  });
});

/** The product 360 keywords the word-analysis response and the rendered zh table both carry. */
const P360_KEYWORDS = [
  {
    productId: '1600123456789',
    term: 'cotton t shirt',
    exposure: 12000,
    clicks: 282,
    ctr: 0.0235,
    searchIndex: 1850,
    competition: 96,
  },
  {
    productId: '1600123456789',
    term: 'blank tee',
    exposure: 3100,
    clicks: 40,
    ctr: 0.0129,
    searchIndex: 620,
  },
];

describe('Alibaba.com keyword analysis (词分析)', () => {
  it('maps sumShowCnt, sumClickCnt, ctr, pv → searchIndex and resultCnt → competition; prodId from the request', () => {
    const r = readFixture('alibaba/productKeywords/word-analysis.json', TRAFFIC_KEYWORD);
    expect(r).toMatchObject({ status: 'ok', pageKind: 'productKeywords', source: 'json' });
    expect(okRows(r)).toEqual([
      ...P360_KEYWORDS,
      {
        productId: '1600123456789',
        term: 'custom logo shirt',
        exposure: 15000,
        clicks: 0,
        ctr: 0,
        searchIndex: 3400,
        competition: 210,
      },
    ]);
  });

  it('reads the rendered keyword table in zh and en', () => {
    expect(okRows(readFixture('alibaba/productKeywords/keyword-zh.html', P360))).toEqual([
      ...P360_KEYWORDS,
    ]);
    expect(okRows(readFixture('alibaba/productKeywords/keyword-en.html', TRAFFIC_KEYWORD))).toEqual(
      [
        {
          term: 'bamboo cutting board',
          exposure: 500,
          clicks: 20,
          ctr: 0.04,
          searchIndex: 1100,
          competition: 41,
        },
      ],
    );
  });

  it('a failed envelope is unrecognized with its code; no keywords is empty; the punish iframe is blocked', () => {
    const failed = readFixture('alibaba/productKeywords/word-analysis-failed.json', P360);
    expect(failed).toMatchObject({ status: 'unrecognized', pageKind: 'productKeywords' });
    expect(failed.status !== 'ok' && failed.reason).toMatch(/SYSTEM_ERROR/);
    expect(readFixture('alibaba/productKeywords/word-analysis-empty.json', P360).status).toBe(
      'empty',
    );
    expect(readFixture('alibaba/productKeywords/keyword-empty.html', TRAFFIC_KEYWORD).status).toBe(
      'empty',
    );
    expect(readFixture('alibaba/productKeywords/keyword-punish.html', TRAFFIC_KEYWORD).status).toBe(
      'blocked',
    );
  });
});

describe('Alibaba.com API names the MAIN-world script sees', () => {
  it.each([
    [
      'https://hz-productposting.alibaba.com/product/products_manage/list.json?page=1',
      'productList',
    ],
    [
      'https://data.alibaba.com/self/.json?action=OneAction&iName=vip/product/effect/list&isVip=true',
      'productRank',
    ],
    [
      'https://data.alibaba.com/self/.json?action=OneAction&iName=vip/product/360/wordAnalysis/content&prodId=1600123456789',
      'productKeywords',
    ],
  ])('%s is allowlisted and routes to %s', (requestUrl, kind) => {
    const api = apiNameFromUrl(requestUrl) ?? '';
    expect(isAllowlisted(api)).toBe(true);
    expect(readerForApi(api, new URL(OVERVIEW))?.pageKind).toBe(kind);
  });

  it.each([
    'https://data.alibaba.com/self/.json?action=OneAction&iName=vip/account/info',
    'https://hzmy.alibaba.com/user/session.json',
  ])('%s is not captured', (requestUrl) => {
    expect(isAllowlisted(apiNameFromUrl(requestUrl) ?? '')).toBe(false);
  });
});
