import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { readFileAsResult } from '@/scripts/cli/read';
import { apiNameFromUrl, isAllowlisted } from '@/utils/sites/apis';
import '@/utils/sites/index';
import { readerForApi } from '@/utils/sites/registry';
import { FIXTURES, NOW, describeRegistration, okRows, readFixture } from '../taobao/fixtures';

// The Alibaba.com readers on responses shaped like the live consoles'
// (docs/CONSOLES.md "Alibaba.com"): both data envelopes, JSONP bodies, the
// product manager, ranking, word analysis, store keywords, summary, visitors
// and the customer manager, plus the rendered tables in zh-CN, zh-TW and en.

const MANAGE = 'https://hz-productposting.alibaba.com/product/products_manage.htm';
const OVERVIEW = 'https://data.alibaba.com/product/overview';
const P360 = 'https://data.alibaba.com/product/360?prodId=1600123456789&statisticsType=week';
const TRAFFIC_KEYWORD = 'https://data.alibaba.com/traffic/keyword';
const HOME = 'https://data.alibaba.com/home';
const VISITORS = 'https://data.alibaba.com/visitor/list';
const CRM = 'https://alicrm.alibaba.com/crmlogin/aisales/dingdan/customer_list.htm';

const PAGE_OF: Record<string, string> = {
  'alibaba/productList/products-manage-zh.html': MANAGE,
  'alibaba/productList/products-manage-zh-tw.html': MANAGE,
  'alibaba/productList/products-manage-en.html': MANAGE,
  'alibaba/productList/products-manage-blocked.html': MANAGE,
  'alibaba/productList/asy-query-products.json': MANAGE,
  'alibaba/productList/asy-query-products-power.json': MANAGE,
  'alibaba/productList/products-manage-empty.json': MANAGE,
  'alibaba/productList/asy-query-not-login.json': MANAGE,
  'alibaba/productRank/overview-zh.html': OVERVIEW,
  'alibaba/productRank/overview-en.html': OVERVIEW,
  'alibaba/productRank/overview-missing-exposure.html': OVERVIEW,
  'alibaba/productRank/effective-products.json': OVERVIEW,
  'alibaba/productRank/effective-products-failed.json': OVERVIEW,
  'alibaba/productRank/prod-list.json': OVERVIEW,
  'alibaba/productRank/prod-list-code.json': OVERVIEW,
  'alibaba/productRank/prod-list-empty.json': OVERVIEW,
  'alibaba/productRank/overview-not-login.json': OVERVIEW,
  'alibaba/productKeywords/keyword-zh.html': P360,
  'alibaba/productKeywords/word-analysis.json': P360,
  'alibaba/productKeywords/word-analysis-list.json': P360,
  'alibaba/productKeywords/word-analysis-empty.json': P360,
  'alibaba/productKeywords/word-analysis-failed.json': P360,
  'alibaba/storeKeywords/keyword-zh.html': TRAFFIC_KEYWORD,
  'alibaba/storeKeywords/keyword-en.html': TRAFFIC_KEYWORD,
  'alibaba/storeKeywords/keyword-empty.html': TRAFFIC_KEYWORD,
  'alibaba/storeKeywords/keyword-punish.html': TRAFFIC_KEYWORD,
  'alibaba/storeKeywords/get-keywords.json': TRAFFIC_KEYWORD,
  'alibaba/storeKeywords/get-keywords-failed.json': TRAFFIC_KEYWORD,
  'alibaba/storeOverview/shop-summary.json': HOME,
  'alibaba/storeOverview/shop-summary-failed.json': HOME,
  'alibaba/visitors/get-visitors.json': VISITORS,
  'alibaba/visitors/get-visitors-empty.json': VISITORS,
  'alibaba/visitors/get-visitors-failed.json': VISITORS,
  'alibaba/customers/query-customer-list.json': CRM,
  'alibaba/customers/query-customer-list-empty.json': CRM,
  'alibaba/customers/query-customer-list-failed.json': CRM,
};

const TEE = {
  productId: '1600123456789',
  title: 'Custom Logo Cotton T-Shirt Men Blank Tee',
};

describeRegistration(
  'Alibaba.com readers are registered with fixtures and real URLs',
  'alibaba',
  [
    'customers',
    'productKeywords',
    'productList',
    'productRank',
    'storeKeywords',
    'storeOverview',
    'visitors',
  ],
  PAGE_OF,
);

describe('Alibaba.com product management (asyQueryProductsList.do)', () => {
  it('reads subject, fobPrice, showNum, clickNum, visitorCnt and fbNum as inquiries', () => {
    const r = readFixture('alibaba/productList/asy-query-products.json', MANAGE);
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
        exposure: 12000,
        clicks: 356,
        visitors: 210,
        inquiries: 12,
      },
      {
        productId: '1600123456790',
        title: 'Silicone Kitchen Utensil Set 12 Pcs',
        price: { amount: 12.5, currency: 'USD' },
        exposure: 12000,
        visitors: 15,
        inquiries: 0,
      },
    ]);
  });

  it('reads the WithPowerScore variant the same way', () => {
    expect(
      okRows(readFixture('alibaba/productList/asy-query-products-power.json', MANAGE)),
    ).toEqual([
      {
        ...TEE,
        price: { amount: 3.63, currency: 'USD' },
        exposure: 12000,
        clicks: 356,
        visitors: 210,
        inquiries: 12,
      },
    ]);
  });

  it('reads the rendered list in zh-CN and zh-TW with the same values', () => {
    const zh = okRows(readFixture('alibaba/productList/products-manage-zh.html', MANAGE));
    const tw = okRows(readFixture('alibaba/productList/products-manage-zh-tw.html', MANAGE));
    expect(zh[0]).toEqual({
      ...TEE,
      price: { amount: 3.63, currency: 'USD' },
      exposure: 12000,
      clicks: 356,
      visitors: 210,
    });
    expect(tw).toEqual(zh);
  });

  it('an empty list is empty, successed:false NOT_LOGIN is blocked, the slider mask is blocked', () => {
    expect(readFixture('alibaba/productList/products-manage-empty.json', MANAGE)).toMatchObject({
      status: 'empty',
      pageKind: 'productList',
    });
    const refused = readFixture('alibaba/productList/asy-query-not-login.json', MANAGE);
    expect(refused).toMatchObject({ status: 'blocked', pageKind: 'productList' });
    expect(refused.status !== 'ok' && refused.reason).toMatch(/NOT_LOGIN/);
    expect(readFixture('alibaba/productList/products-manage-blocked.html', MANAGE)).toMatchObject({
      status: 'blocked',
      site: 'alibaba',
    });
  });

  it('reads through the CLI entry point', async () => {
    const file = 'alibaba/productList/asy-query-products.json';
    const r = await readFileAsResult(join(FIXTURES, file), MANAGE, NOW);
    expect(r).toEqual(readFixture(file, MANAGE));
  });
});

describe('Alibaba.com product ranking', () => {
  it('getVipEffectiveProductsAndStats: a JSONP CommonAction body, value.products.data, inquiries from sumProdFbNum', () => {
    const r = readFixture('alibaba/productRank/effective-products.json', OVERVIEW);
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'productRank',
      source: 'json',
      period: { from: '2026-11-14', to: '2026-11-20' },
    });
    expect(okRows(r)).toEqual([
      {
        ...TEE,
        exposure: 12000,
        clicks: 356,
        visitors: 210,
        inquiries: 12,
        orders: 3,
        wishlist: 41,
      },
      {
        productId: '1600123456790',
        title: 'Silicone Kitchen Utensil Set 12 Pcs',
        exposure: 12000,
        visitors: 15,
        inquiries: 0,
        wishlist: 2,
      },
    ]);
  });

  it('customerAdviser/prodList: a OneAction body, data.data, busRate as a fraction or a percent', () => {
    const r = readFixture('alibaba/productRank/prod-list.json', OVERVIEW);
    expect(r).toMatchObject({ period: { from: '2026-11-14', to: '2026-11-20' } });
    expect(okRows(r)).toEqual([
      {
        ...TEE,
        visitors: 210,
        buyers: 3,
        conversionRate: 0.057,
        price: { amount: 3.63, currency: 'USD' },
      },
      {
        productId: '1600123456791',
        title: '定制 LOGO 纯棉T恤',
        visitors: 12000,
        conversionRate: 0.045,
        price: { amount: 2.1, currency: 'USD' },
      },
    ]);
  });

  it('successed:false and code≠0 are failed reads, never empty; no rows is empty', () => {
    const busy = readFixture('alibaba/productRank/effective-products-failed.json', OVERVIEW);
    expect(busy).toEqual({
      status: 'unrecognized',
      site: 'alibaba',
      pageKind: 'productRank',
      url: OVERVIEW,
      reason: 'the console API failed: SYSTEM_ERROR, system busy',
    });
    expect(readFixture('alibaba/productRank/prod-list-code.json', OVERVIEW)).toMatchObject({
      status: 'blocked',
      reason:
        'the console refused the request (500, NOT_LOGIN): sign in again or pass the security check, then reload',
    });
    expect(readFixture('alibaba/productRank/overview-not-login.json', OVERVIEW)).toMatchObject({
      status: 'blocked',
      pageKind: 'productRank',
    });
    expect(readFixture('alibaba/productRank/prod-list-empty.json', OVERVIEW).status).toBe('empty');
  });

  it('reads the rendered table; a table without impressions names that column', () => {
    expect(okRows(readFixture('alibaba/productRank/overview-en.html', OVERVIEW))).toEqual([
      {
        productId: '1600555000111',
        title: 'Bamboo Cutting Board Set',
        exposure: 4020,
        clicks: 95,
        visitors: 88,
        orders: 1,
        wishlist: 7,
        inquiries: 2,
      },
    ]);
    const missing = readFixture('alibaba/productRank/overview-missing-exposure.html', OVERVIEW);
    expect(missing).toMatchObject({ status: 'unrecognized', pageKind: 'productRank' });
    expect(missing.status !== 'ok' && missing.reason).toMatch(/without column exposure/);
  });
});

describe('Alibaba.com product 360 word analysis', () => {
  it('rows as a list; the product id from the request; fbUv as inquiries', () => {
    const r = readFixture('alibaba/productKeywords/word-analysis.json', P360);
    expect(r).toMatchObject({ status: 'ok', pageKind: 'productKeywords', source: 'json' });
    expect(okRows(r)).toEqual([
      {
        productId: '1600123456789',
        term: 'cotton t shirt',
        exposure: 5400,
        clicks: 160,
        inquiries: 6,
        orders: 1,
      },
      { productId: '1600123456789', term: 'blank tee', exposure: 12000, inquiries: 0 },
    ]);
  });

  it('rows as {list}: the request names another product than the page', () => {
    expect(okRows(readFixture('alibaba/productKeywords/word-analysis-list.json', P360))).toEqual([
      {
        productId: '1600123456790',
        term: 'cotton t shirt',
        exposure: 5400,
        clicks: 160,
        inquiries: 6,
        orders: 1,
      },
    ]);
  });

  it('code≠0 is a failed read naming the code; no rows is empty', () => {
    expect(readFixture('alibaba/productKeywords/word-analysis-failed.json', P360)).toMatchObject({
      status: 'unrecognized',
      reason: 'the console API failed: -1, system error',
    });
    expect(readFixture('alibaba/productKeywords/word-analysis-empty.json', P360).status).toBe(
      'empty',
    );
  });
});

describe('Alibaba.com store keywords (getKeywords)', () => {
  it('store-level rows with no product; ctr 2.97 is a percent, 0.031 a fraction', () => {
    const r = readFixture('alibaba/storeKeywords/get-keywords.json', TRAFFIC_KEYWORD);
    expect(r).toMatchObject({
      status: 'ok',
      pageKind: 'storeKeywords',
      period: { from: '2026-11-20', to: '2026-11-20' },
    });
    expect(okRows(r)).toEqual([
      {
        term: 'cotton t shirt',
        exposure: 12000,
        clicks: 356,
        ctr: 0.0297,
        searchIndex: 5400,
        competition: 820,
      },
      {
        term: 'kitchen utensil set',
        exposure: 12000,
        clicks: 310,
        ctr: 0.031,
        searchIndex: 3100,
        competition: 1204,
      },
    ]);
  });

  it('reads the rendered store keyword table; empty, punish iframe and code≠0', () => {
    expect(okRows(readFixture('alibaba/storeKeywords/keyword-en.html', TRAFFIC_KEYWORD))).toEqual([
      {
        term: 'bamboo cutting board',
        exposure: 500,
        clicks: 20,
        ctr: 0.04,
        searchIndex: 1100,
        competition: 41,
      },
    ]);
    expect(readFixture('alibaba/storeKeywords/keyword-empty.html', TRAFFIC_KEYWORD).status).toBe(
      'empty',
    );
    expect(readFixture('alibaba/storeKeywords/keyword-punish.html', TRAFFIC_KEYWORD).status).toBe(
      'blocked',
    );
    expect(
      readFixture('alibaba/storeKeywords/get-keywords-failed.json', TRAFFIC_KEYWORD),
    ).toMatchObject({
      status: 'blocked',
      pageKind: 'storeKeywords',
    });
  });
});

describe('Alibaba.com store summary, visitors and customers', () => {
  it('getShopSummary: {value}-wrapped figures in data.returnValue[0]', () => {
    expect(okRows(readFixture('alibaba/storeOverview/shop-summary.json', HOME))).toEqual([
      { metric: 'exposure', value: 12000 },
      { metric: 'clicks', value: 356 },
      { metric: 'visitors', value: 210 },
      { metric: 'inquirers', value: 14 },
      { metric: 'orders', value: 3 },
      { metric: 'revenue', value: 1280.5 },
    ]);
    expect(readFixture('alibaba/storeOverview/shop-summary-failed.json', HOME)).toMatchObject({
      status: 'unrecognized',
      reason: 'the console API failed: 1, system error',
    });
  });

  it('getVisitors: a JSONP body; country, split search words, visits; the cookie id is not kept', () => {
    const r = readFixture('alibaba/visitors/get-visitors.json', VISITORS);
    expect(r).toMatchObject({ status: 'ok', pageKind: 'visitors', source: 'json' });
    expect(okRows(r)).toEqual([
      {
        visitorId: 'v-90001',
        country: 'US',
        searchTerms: ['cotton t shirt', 'blank tee'],
        visits: 3,
        staySeconds: 95,
        totalVisits: 12,
        sellersVisited: 4,
        inquiries: 1,
        day: '2026-11-20',
      },
      { visitorId: 'v-90002', country: 'DE', visits: 1, day: '2026-11-20' },
    ]);
    expect(JSON.stringify(r)).not.toContain('ck-invented-1');
    expect(readFixture('alibaba/visitors/get-visitors-empty.json', VISITORS).status).toBe('empty');
    expect(readFixture('alibaba/visitors/get-visitors-failed.json', VISITORS).status).toBe(
      'blocked',
    );
  });

  it('queryCustomerList: stage from customerGroup, importance, last note; no contact names', () => {
    const r = readFixture('alibaba/customers/query-customer-list.json', CRM);
    expect(r).toMatchObject({ status: 'ok', pageKind: 'customers', source: 'json' });
    expect(okRows(r)).toEqual([
      {
        buyerId: '70001',
        company: 'Invented Trading LLC',
        country: 'US',
        stage: 'deal',
        importance: 3,
        potentialScore: 88,
        groups: ['VIP', 'Q4'],
        lastNote: 'Asked for a Q1 reorder quote',
        lastNoteAt: '2026-11-18T02:21:00.000Z',
        willLose: false,
      },
      {
        buyerId: '70002',
        company: 'Beispiel GmbH',
        country: 'DE',
        stage: 'sample',
        importance: 1,
        lastNote: 'Sample shipped',
        lastNoteAt: '2026-11-20T08:00:00.000Z',
        willLose: true,
      },
      { buyerId: '70003', company: '示例贸易', country: 'CN', stage: 'inquiry' },
    ]);
    expect(JSON.stringify(r)).not.toContain('Invented Name');
    expect(readFixture('alibaba/customers/query-customer-list-empty.json', CRM).status).toBe(
      'empty',
    );
    expect(readFixture('alibaba/customers/query-customer-list-failed.json', CRM)).toMatchObject({
      status: 'blocked',
      pageKind: 'customers',
    });
  });
});

describe('Alibaba.com API names the MAIN-world script sees', () => {
  it.each([
    [
      'https://hz-productposting.alibaba.com/product/managementproducts/asyQueryProductsList.do?page=1',
      'productList',
    ],
    [
      'https://hz-productposting.alibaba.com/product/managementproducts/asyQueryProductsListWithPowerScore.do',
      'productList',
    ],
    [
      'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getVipEffectiveProductsAndStats&callback=jsonp_1_2',
      'productRank',
    ],
    [
      'https://mydata.alibaba.com/self/.json?action=OneAction&iName=customerAdviser/prodList',
      'productRank',
    ],
    [
      'https://hz-mydata.alibaba.com/self/.json?action=OneAction&iName=vip/product/360/wordAnalysis/content&prodId=1600123456789',
      'productKeywords',
    ],
    [
      'https://hz-mydata.alibaba.com/self/.json?action=OneAction&iName=vip/traffic/keyword/getKeywords',
      'storeKeywords',
    ],
    [
      'https://hz-mydata.alibaba.com/self/.json?action=OneAction&iName=vip/home/custom/getShopSummary',
      'storeOverview',
    ],
    ['https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getVisitors', 'visitors'],
    [
      'https://alicrm.alibaba.com/eggCrmQn/crm/customerQueryServiceI/queryCustomerList.json',
      'customers',
    ],
  ])('%s is allowlisted and routes to %s', (requestUrl, kind) => {
    const api = apiNameFromUrl(requestUrl) ?? '';
    expect(isAllowlisted(api)).toBe(true);
    expect(readerForApi(api, new URL(OVERVIEW))?.pageKind).toBe(kind);
  });

  it.each([
    'https://data.alibaba.com/self/.json?action=OneAction&iName=vip/account/info',
    'https://hzmy.alibaba.com/user/session.json',
    'https://hz-productposting.alibaba.com/product/products_manage/list.json?page=1',
  ])('%s is not captured', (requestUrl) => {
    expect(isAllowlisted(apiNameFromUrl(requestUrl) ?? '')).toBe(false);
  });
});
