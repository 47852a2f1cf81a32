import { describe, expect, it } from 'vitest';
import { readFileAsResult } from '@/scripts/cli/read';
import { readResultSchema } from '@/utils/types';
import { expectOk, fixturePath, NOW, readHtml, readJson } from './helpers';

const RANK = 'https://csp.aliexpress.com/m_apps/csp-sycm-new/productRank?channelId=2001234';
const KEYWORDS =
  'https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=1005006123456789&channelId=2001234';
const ABILITY =
  'https://csp.aliexpress.com/m_apps/store-assessment-new/assessment?channelId=2001234';
const CAMPAIGNS =
  'https://csp.aliexpress.com/m_apps/campaign-manage/campaign-list?channelId=2001234';
const CUSTOMERS =
  'https://csp.aliexpress.com/m_apps/customer-manage/customer-list?channelId=2001234';

const reasonOf = (r: { status: string; reason?: string }) => r.reason ?? '';

describe('AliExpress product ranking', () => {
  it('reads the ranking table query by its real field names; statDate + dateType → period', () => {
    const result = readJson('productRank/table-query.json', RANK);
    expect(readResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      source: 'json',
      storeId: '2001234',
      // statDate 1795161600000 is 2026-11-20 on the Pacific clock; recent7 from the request.
      period: { from: '2026-11-14', to: '2026-11-20' },
    });
    expect(expectOk(result, 'productRank')).toEqual([
      {
        productId: '1005006123456789',
        title: 'Women Summer Dress Floral Print Casual Beach Sundress',
        visitors: 12000,
        exposure: 35000,
        addToCart: 820,
        wishlist: 460,
        orders: 301,
        buyers: 298,
        conversionRate: 0.0248,
        revenue: { amount: 3874.5, currency: 'USD' },
      },
      {
        productId: '1005006987654321',
        title: 'Men Casual Linen Shirt Long Sleeve Button Down Shirt',
        visitors: 2400,
        exposure: 9800,
        addToCart: 95,
        wishlist: 60,
        orders: 41,
        buyers: 40,
        conversionRate: 0.0167,
        revenue: { amount: 612, currency: 'USD' },
      },
    ]);
  });

  it('names an unknown table of the generic API instead of reading it as a ranking', () => {
    expect(readJson('productRank/table-query-unknown-table.json', RANK)).toEqual({
      status: 'unrecognized',
      site: 'aliexpress',
      pageKind: 'productRank',
      url: RANK,
      reason:
        'not recognised: table /api/goods-flow-source/indicator of API mtop.aliexpress.seller.business.advice.table.query is not one Storewise reads',
    });
    expect(readJson('productRank/table-query-empty.json', RANK)).toMatchObject({ status: 'empty' });
  });

  it('reads the Chinese ranking table in zh-CN and zh-TW with the same numbers', () => {
    const zh = readHtml('productRank/rank-zh.html', RANK);
    expect(zh).toMatchObject({ source: 'dom', period: { from: '2026-11-14', to: '2026-11-20' } });
    const rows = expectOk(zh, 'productRank');
    expect(rows).toEqual([
      {
        productId: '1005006123456789',
        title: 'Women Summer Dress Floral Print Casual Beach Sundress',
        visitors: 12000,
        exposure: 35000,
        addToCart: 820,
        wishlist: 460,
        orders: 312,
        buyers: 298,
        conversionRate: 0.0248,
        revenue: { amount: 3874, currency: 'USD' },
      },
      {
        productId: '1005005555000111',
        title: 'Wireless Earbuds Bluetooth 5.3 Headphones',
        visitors: 6543,
        addToCart: 120,
        wishlist: 88,
        orders: 41,
        buyers: 40,
        conversionRate: 0.0061,
        revenue: { amount: 796, currency: 'USD' },
      },
    ]);
    expect(expectOk(readHtml('productRank/rank-zh-tw.html', RANK), 'productRank')).toEqual(rows);
  });

  it('reads the English ranking with reordered and extra columns', () => {
    const rows = expectOk(readHtml('productRank/rank-en-reordered.html', RANK), 'productRank');
    expect(rows).toEqual([
      {
        productId: '1005006987654321',
        title: 'Men Casual Linen Shirt',
        visitors: 2300,
        views: 4100,
        addToCart: 95,
        wishlist: 30,
        buyers: 51,
        conversionRate: 0.026,
        revenue: { amount: 1020.5, currency: 'USD' },
      },
    ]);
  });

  it('names the missing column, reports empty, and FAIL_SYS_USER_VALIDATE as blocked', () => {
    const missing = readHtml('productRank/rank-missing-column.html', RANK);
    expect(missing).toMatchObject({ status: 'unrecognized', pageKind: 'productRank' });
    expect(reasonOf(missing)).toContain('visitors');
    expect(readHtml('productRank/rank-empty.html', RANK)).toMatchObject({ status: 'empty' });
    const failed = readJson('productRank/table-query-failed.json', RANK);
    expect(failed).toMatchObject({ status: 'blocked', pageKind: 'productRank' });
    expect(reasonOf(failed)).toContain('FAIL_SYS_USER_VALIDATE');
  });
});

describe('AliExpress product keywords', () => {
  it('reads the Chinese keyword tab with the product id from the URL', () => {
    const result = readHtml('productKeywords/keywords-zh.html', KEYWORDS);
    expect(result).toMatchObject({
      storeId: '2001234',
      period: { from: '2026-11-14', to: '2026-11-20' },
    });
    expect(expectOk(result, 'productKeywords')).toEqual([
      {
        productId: '1005006123456789',
        term: 'summer dress',
        exposure: 12000,
        clicks: 1500,
        ctr: 0.125,
        orders: 36,
        conversionRate: 0.024,
      },
      {
        productId: '1005006123456789',
        term: 'beach dress women',
        exposure: 8800,
        clicks: 640,
        ctr: 0.0727,
      },
      {
        productId: '1005006123456789',
        term: 'floral sundress',
        clicks: 12,
        orders: 1,
        conversionRate: 0.0833,
      },
    ]);
  });

  it('reads the English tab with reordered and extra columns; blank cells stay absent', () => {
    const url = KEYWORDS.replace('1005006123456789', '1005006987654321');
    expect(
      expectOk(readHtml('productKeywords/keywords-en-reordered.html', url), 'productKeywords'),
    ).toEqual([
      {
        productId: '1005006987654321',
        term: 'linen shirt men',
        exposure: 7800,
        clicks: 320,
        ctr: 0.041,
        orders: 9,
      },
      { productId: '1005006987654321', term: 'long sleeve shirt' },
    ]);
  });

  it('accepts the table query when its rows carry a term field', () => {
    const result = readJson('productKeywords/table-query-keywords.json', KEYWORDS);
    expect(expectOk(result, 'productKeywords')).toEqual([
      {
        productId: '1005006123456789',
        term: 'summer dress',
        exposure: 12000,
        clicks: 1500,
        ctr: 0.125,
        orders: 36,
        conversionRate: 0.024,
      },
      {
        productId: '1005006123456789',
        term: 'vestido verano',
        exposure: 4100,
        clicks: 310,
        ctr: 0.0756,
      },
    ]);
  });

  it('a ranking table captured on the keyword page still goes to the ranking reader (routed by table)', () => {
    expect(readJson('productRank/table-query.json', KEYWORDS)).toMatchObject({
      status: 'ok',
      pageKind: 'productRank',
    });
  });

  it('an unknown table on the keyword page is read only when its rows carry a term field', () => {
    const result = readJson('productRank/table-query-unknown-table.json', KEYWORDS);
    expect(result).toEqual({
      status: 'unrecognized',
      site: 'aliexpress',
      pageKind: 'productKeywords',
      url: KEYWORDS,
      reason:
        'not recognised: rows carry no search term field (table /api/goods-flow-source/indicator)',
    });
  });

  it('reports the empty tab and the security-check overlay', () => {
    expect(readHtml('productKeywords/keywords-empty.html', KEYWORDS)).toMatchObject({
      status: 'empty',
    });
    expect(readHtml('productKeywords/keywords-blocked.html', KEYWORDS)).toMatchObject({
      status: 'blocked',
      pageKind: 'productKeywords',
    });
  });
});

describe('AliExpress operating-ability model', () => {
  it('reads dimensions spanning rows, store/average/excellent values and the direction of each indicator', () => {
    const result = readHtml('abilityModel/assessment-zh.html', ABILITY);
    expect(result).toMatchObject({ period: { from: '2026-10-22', to: '2026-11-20' } });
    const rows = expectOk(result, 'abilityModel');
    expect(
      rows.map((r) => [
        r.dimension,
        r.indicator,
        r.value,
        r.peerAverage,
        r.peerExcellent,
        r.higherIsBetter,
        r.unit,
      ]),
    ).toEqual([
      ['商品能力', '在售商品数', 86, 120, 350, true, 'count'],
      ['商品能力', '爆品数', 2, 5, 18, true, 'count'],
      // Shown as 0.82% / 0.65% / 0.20%: stored as fractions like every rate.
      ['商品能力', '未收到货纠纷率', 0.0082, 0.0065, 0.002, false, 'rate'],
      ['承接能力', '支付转化率', 0.019, 0.023, 0.048, true, 'rate'],
      ['承接能力', '加购率', 0.062, 0.07, 0.115, true, 'rate'],
      ['服务能力', '商品差评率', 0.011, 0.009, undefined, false, 'rate'],
    ]);
  });

  it('reads the English model with reordered and extra columns', () => {
    expect(
      expectOk(readHtml('abilityModel/assessment-en-reordered.html', ABILITY), 'abilityModel'),
    ).toEqual([
      {
        dimension: 'Service',
        indicator: 'Response rate',
        value: 0.915,
        peerAverage: 0.95,
        peerExcellent: 0.98,
        higherIsBetter: true,
        unit: 'rate',
      },
      {
        dimension: 'Logistics',
        indicator: 'Shipping time (days)',
        value: 3.4,
        peerAverage: 2.9,
        peerExcellent: 2.1,
        higherIsBetter: false,
        unit: 'days',
      },
      {
        dimension: 'Traffic',
        indicator: 'Search exposure',
        value: 8600,
        peerAverage: 9100,
        peerExcellent: 12000,
        higherIsBetter: true,
        unit: 'count',
      },
    ]);
  });

  it('reports a store without a model as empty and the login frame as blocked', () => {
    const empty = readHtml('abilityModel/assessment-empty.html', ABILITY);
    expect(empty).toMatchObject({ status: 'empty', pageKind: 'abilityModel' });
    const login = readHtml('abilityModel/assessment-login.html', ABILITY);
    expect(login).toMatchObject({ status: 'blocked', pageKind: 'abilityModel' });
    expect(reasonOf(login)).toMatch(/login/);
  });
});

describe('AliExpress campaigns', () => {
  it('flattens campaignList[].activityList[]: epoch-ms online times, else localizeActTime, as ISO-8601', () => {
    const rows = expectOk(readJson('campaigns/activity-list.json', CAMPAIGNS), 'campaigns');
    expect(rows).toEqual([
      {
        campaignId: '8001234567',
        name: '11.11 Big Sale - Store discount',
        start: '2026-11-11T08:00:00.000Z',
        end: '2026-11-15T07:59:59.000Z',
      },
      {
        campaignId: '8001234568',
        name: '11.11 Coins Deals',
        start: '2026-11-11T08:00:00.000Z',
        end: '2026-11-14T07:59:59.000Z',
      },
      {
        // From the localizeActTime JSON string, read on the Pacific clock.
        campaignId: '8002000001',
        name: '12.12 Flash Deals',
        start: '2026-12-12T08:00:00.000Z',
        end: '2026-12-15T07:59:59.000Z',
      },
    ]);
  });

  it('takes the status from the request tab (tabType PASS); FAIL_SYS_TOKEN_EMPTY is blocked', () => {
    expect(expectOk(readJson('campaigns/activity-list-pass.json', CAMPAIGNS), 'campaigns')).toEqual(
      [
        {
          campaignId: '8001234567',
          name: '11.11 Big Sale - Store discount',
          start: '2026-11-11T08:00:00.000Z',
          end: '2026-11-15T07:59:59.000Z',
          status: 'PASS',
        },
      ],
    );
    expect(readJson('campaigns/activity-list-token.json', CAMPAIGNS)).toMatchObject({
      status: 'blocked',
      pageKind: 'campaigns',
    });
  });

  it('reads the Chinese table: one period column on the Pacific clock (PST after 1 Nov), ids from links', () => {
    expect(expectOk(readHtml('campaigns/campaigns-zh.html', CAMPAIGNS), 'campaigns')).toEqual([
      {
        campaignId: '8001234567',
        name: '11.11 大促 - 店铺折扣',
        registrationDeadline: '2026-11-02T07:59:00.000Z',
        start: '2026-11-11T08:00:00.000Z',
        end: '2026-11-15T07:59:00.000Z',
        status: '报名中',
      },
      {
        campaignId: '8002000001',
        name: '12.12 限时秒杀',
        start: '2026-12-12T08:00:00.000Z',
        end: '2026-12-15T07:59:00.000Z',
        status: '未开始',
      },
    ]);
  });

  it('reads the English table with separate start/end columns', () => {
    expect(
      expectOk(readHtml('campaigns/campaigns-en-reordered.html', CAMPAIGNS), 'campaigns'),
    ).toEqual([
      {
        campaignId: '8001234568',
        name: '11.11 Coins Deals',
        registrationDeadline: '2026-11-03T07:59:59.000Z',
        start: '2026-11-11T08:00:00.000Z',
        end: '2026-11-14T07:59:59.000Z',
        status: 'Registered',
      },
    ]);
  });

  it('reports no campaigns as empty, RGV587 and the overlay as blocked', () => {
    expect(readJson('campaigns/activity-list-empty.json', CAMPAIGNS)).toMatchObject({
      status: 'empty',
    });
    const rgv = readJson('campaigns/activity-list-blocked.json', CAMPAIGNS);
    expect(rgv).toMatchObject({ status: 'blocked', pageKind: 'campaigns' });
    expect(reasonOf(rgv)).toContain('RGV587');
    expect(readHtml('campaigns/campaigns-blocked.html', CAMPAIGNS)).toMatchObject({
      status: 'blocked',
    });
  });
});

describe('AliExpress customers', () => {
  it('reads buyers with orders, spend, first/last order day and country; skips a buyer without orders', () => {
    expect(expectOk(readHtml('customers/customers-zh.html', CUSTOMERS), 'customers')).toEqual([
      {
        buyerId: 'j***n (US1234567890abc)',
        orders: 3,
        totalSpent: { amount: 86.4, currency: 'USD' },
        firstOrderAt: '2026-05-02',
        lastOrderAt: '2026-11-18',
        country: '美国',
      },
      {
        buyerId: 'm***a (ES2233445566xyz)',
        orders: 1,
        totalSpent: { amount: 12.99, currency: 'USD' },
        firstOrderAt: '2026-11-19',
        lastOrderAt: '2026-11-19',
        country: '西班牙',
      },
    ]);
  });

  it('reads the English list with reordered columns and US dates', () => {
    expect(
      expectOk(readHtml('customers/customers-en-reordered.html', CUSTOMERS), 'customers'),
    ).toEqual([
      {
        buyerId: 'p***l (BR5566778899aaa)',
        orders: 12,
        totalSpent: { amount: 1204, currency: 'USD' },
        lastOrderAt: '2026-11-20',
        country: 'Brazil',
      },
    ]);
  });

  it('names the missing spend column and reports an empty list', () => {
    const missing = readHtml('customers/customers-missing-column.html', CUSTOMERS);
    expect(missing).toMatchObject({ status: 'unrecognized', pageKind: 'customers' });
    expect(reasonOf(missing)).toContain('totalSpent');
    expect(readHtml('customers/customers-empty.html', CUSTOMERS)).toMatchObject({
      status: 'empty',
    });
  });
});

describe('the CLI reads every page kind with the same readers', () => {
  it.each([
    ['productRank/table-query.json', RANK],
    ['productKeywords/keywords-zh.html', KEYWORDS],
    ['abilityModel/assessment-zh.html', ABILITY],
    ['campaigns/activity-list.json', CAMPAIGNS],
    ['customers/customers-zh.html', CUSTOMERS],
  ])('%s', async (file, url) => {
    const viaCli = await readFileAsResult(fixturePath(file), url, NOW);
    expect(viaCli).toEqual(file.endsWith('.json') ? readJson(file, url) : readHtml(file, url));
    expect(viaCli.status).toBe('ok');
  });
});
