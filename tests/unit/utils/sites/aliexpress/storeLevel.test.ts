import { describe, expect, it } from 'vitest';
import { requestParam, routeCapture } from '@/utils/sites/registry';
import '@/utils/sites/index';
import { expectOk, readJson } from './helpers';

// AliExpress store-level readers (docs/CONSOLES.md "AliExpress"): the trade
// analysis cards of mtop.aliexpress.dps.query, routed by the request's
// serviceKey, and the penalty list of queryPunishList.

const TRADE = 'https://csp.aliexpress.com/m_apps/sycm/MakeBargainAnalysis?channelId=2001234';
const PENALTIES =
  'https://csp.aliexpress.com/m_apps/violation-manage/punish-list?channelId=2001234';
const RANK = 'https://csp.aliexpress.com/m_apps/csp-sycm-new/productRank?channelId=2001234';

describe('AliExpress trade overview (dps.query)', () => {
  it('reads the overview card as store figures: 1.2万, a fraction and a percent rate; unknown keys skipped', () => {
    const result = readJson('storeOverview/dps-trade-overview.json', TRADE);
    expect(result).toMatchObject({ status: 'ok', source: 'json', storeId: '2001234' });
    expect(expectOk(result, 'storeOverview')).toEqual([
      { metric: 'revenue', label: '支付金额', value: 18234.5 },
      { metric: 'buyers', label: '支付买家数', value: 12000 },
      { metric: 'conversionRate', label: '支付转化率', value: 0.0215 },
      { metric: 'avgOrderValue', label: '客单价', value: 15.2 },
      { metric: 'repeatBuyerRate', label: '老买家占比', value: 0.185 },
      { metric: 'orders', label: '支付订单数', value: 1310 },
      { metric: 'items', label: '支付件数', value: 1402 },
    ]);
  });

  it('reads the trend with each point on its own day (epoch ms on the Pacific clock, or a date)', () => {
    expect(
      expectOk(readJson('storeOverview/dps-trade-trend.json', TRADE), 'storeOverview'),
    ).toEqual([
      { metric: 'revenue', label: '支付金额', value: 1200.5, day: '2026-11-19' },
      { metric: 'revenue', label: '支付金额', value: 1310, day: '2026-11-20' },
    ]);
  });

  it('another card of the same API is named, not misread; an expired session is blocked', () => {
    expect(readJson('storeOverview/dps-unknown-card.json', TRADE)).toEqual({
      status: 'unrecognized',
      site: 'aliexpress',
      pageKind: 'storeOverview',
      url: TRADE,
      reason:
        'not recognised: table flowSourceCard of API mtop.aliexpress.dps.query is not one Storewise reads',
    });
    expect(readJson('storeOverview/dps-session.json', TRADE)).toMatchObject({
      status: 'blocked',
      pageKind: 'storeOverview',
    });
  });
});

describe('AliExpress penalties (queryPunishList)', () => {
  it('reads punishId and caseId, once per penalty', () => {
    expect(expectOk(readJson('penalties/punish-list.json', PENALTIES), 'penalties')).toEqual([
      { punishId: 'PN20261101001', caseId: 'CS7001' },
      { punishId: 'PN20261015002', caseId: 'CS6802' },
    ]);
  });

  it('no penalties is empty; FAIL_SYS_SESSION_EXPIRED is blocked', () => {
    expect(readJson('penalties/punish-list-empty.json', PENALTIES)).toMatchObject({
      status: 'empty',
      pageKind: 'penalties',
    });
    expect(readJson('penalties/punish-list-session.json', PENALTIES)).toMatchObject({
      status: 'blocked',
      pageKind: 'penalties',
    });
  });
});

describe('routing by request parameters', () => {
  const TABLE_API = 'mtop.aliexpress.seller.business.advice.table.query';
  const url = (data: unknown) =>
    `https://seller-acs.aliexpress.com/h5/${TABLE_API}/1.0/?api=${TABLE_API}&data=${encodeURIComponent(JSON.stringify(data))}`;

  it('reads a query key or a key of the JSON data parameter', () => {
    const u = url({ url: '/api/goods-rank-new/indicator', rankType: 'pay_amt' });
    expect(requestParam(u, 'data.url')).toBe('/api/goods-rank-new/indicator');
    expect(requestParam(u, 'api')).toBe(TABLE_API);
    expect(requestParam(u, 'data.missing')).toBeUndefined();
    expect(requestParam('https://x.invalid/?data=%7Bnot json', 'data.url')).toBeUndefined();
    expect(requestParam('', 'data.url')).toBeUndefined();
  });

  it('the ranking table goes to the ranking reader on any page; a POST without data falls back to the page', () => {
    const body = {};
    const onKeywords = new URL(
      'https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=1005006123456789',
    );
    const ranking = routeCapture(
      { api: TABLE_API, apiUrl: url({ url: '/api/goods-rank-new/indicator' }), body },
      onKeywords,
    );
    expect(ranking && 'reader' in ranking && ranking.reader.pageKind).toBe('productRank');
    const post = routeCapture(
      { api: TABLE_API, apiUrl: `https://seller-acs.aliexpress.com/h5/${TABLE_API}/1.0/`, body },
      onKeywords,
    );
    expect(post && 'reader' in post && post.reader.pageKind).toBe('productKeywords');
    const unknown = routeCapture(
      { api: TABLE_API, apiUrl: url({ url: '/api/other' }), body },
      new URL(RANK),
    );
    expect(unknown).toEqual({ table: '/api/other', api: TABLE_API });
  });
});
