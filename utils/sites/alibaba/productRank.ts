import { ALIBABA_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { parseCount, parseMoney, parseRate } from '../normalise';
import { allowlistMatcher, apiQuery, failed, periodOf, productResult } from '../shared/console';
import { productRowsIn, productTableReader, type Parsers } from '../shared/rows';
import { openAlibaba } from './envelope';
import { ALIBABA_PRODUCT_LINKS } from './productList';
import type { ProductRow, ReadResult } from '../../types';

// Alibaba.com 数据管家 > 产品分析 (data.alibaba.com/product/overview and the
// product effect pages). JSON path (docs/CONSOLES.md "Alibaba.com",
// productRank; shapes from Sotofar/wika-alibaba-callback):
// - `iName=getVipEffectiveProductsAndStats` (CommonAction `{successed, value}`):
//   rows `value.products.data[]` with `id`, `subject`, `sumProdShowNum`,
//   `sumProdClickNum`, `sumProdVisitorCnt`, `sumProdFbNum` (inquiries),
//   `crtOrd`, `fav`;
// - `iName=customerAdviser/prodList` (OneAction `{code, data}`): rows
//   `data.data[]` with `prodId`, `prodName`, `detailUv`, `busRate` (a
//   fraction), `ordUv`, `price`.

const FIELD = {
  id: ['id', 'prodId'],
  title: ['subject', 'prodName'],
  exposure: ['sumProdShowNum'],
  clicks: ['sumProdClickNum'],
  visitors: ['sumProdVisitorCnt', 'detailUv'],
  inquiries: ['sumProdFbNum'],
  orders: ['crtOrd'],
  buyers: ['ordUv'],
  wishlist: ['fav'],
  conversionRate: ['busRate'],
  price: ['price'],
} as const;

const PARSERS: Parsers<ProductRow> = {
  exposure: parseCount,
  clicks: parseCount,
  visitors: parseCount,
  inquiries: parseCount,
  orders: parseCount,
  buyers: parseCount,
  wishlist: parseCount,
  conversionRate: parseRate,
  price: (v) => parseMoney(v, 'USD'),
};

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'alibaba', url: ctx.url.href } as const;
  const env = openAlibaba(capture.body);
  if (!env.ok) return failed(base, 'productRank', env.status, env.reason);
  const rows = productRowsIn(env.layers, ['products.data', 'data', 'list'], {
    id: FIELD.id,
    title: FIELD.title,
    fields: FIELD,
    parsers: PARSERS,
  });
  if (!rows)
    return failed(
      base,
      'productRank',
      'unrecognized',
      'not recognised: no product rows in the response',
    );
  const period = periodOf(ctx.url.searchParams, apiQuery(capture.apiUrl || capture.api));
  return productResult(base, 'productRank', rows, ctx, 'json', { period });
}

type Column = 'product' | 'exposure' | 'clicks' | 'visitors' | 'orders' | 'wishlist' | 'inquiries';

export const ALIBABA_PRODUCT_RANK_COLUMNS: Aliases<Column> = {
  product: [
    '产品',
    '产品信息',
    '产品名称',
    '產品資訊',
    'Product',
    'Product information',
    'Product name',
  ],
  exposure: ['曝光量', '曝光', '搜索曝光次数', '搜尋曝光次數', 'Impressions', 'Exposure'],
  clicks: ['点击量', '点击', '搜索点击次数', '搜尋點擊次數', 'Clicks'],
  visitors: ['访客数', '访客', 'Visitors'],
  orders: ['订单数', '订单', 'Orders'],
  wishlist: ['收藏数', '收藏', 'Bookmarks', 'Favorites'],
  inquiries: ['询盘数', '询盘', 'Inquiries'],
};

const readDomSteps = productTableReader({
  site: 'alibaba',
  pageKind: 'productRank',
  columns: ALIBABA_PRODUCT_RANK_COLUMNS,
  required: ['product', 'exposure'],
  what: 'product analysis table',
  links: ALIBABA_PRODUCT_LINKS,
  parsers: PARSERS,
  withPeriod: true,
});

export const alibabaProductRank = registerReader({
  site: 'alibaba',
  pageKind: 'productRank',
  matchesUrl: (url) =>
    url.hostname === 'data.alibaba.com' && /^\/product\/(?:overview|analysis)\b/.test(url.pathname),
  matchesApi: allowlistMatcher(ALIBABA_APIS.productRank),
  readJson,
  readDomSteps,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
