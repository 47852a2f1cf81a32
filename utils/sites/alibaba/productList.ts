import { ALIBABA_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { parseCount, parseMoney } from '../normalise';
import { allowlistMatcher, failed, productResult } from '../shared/console';
import { productRowsIn, productTableReader, type Parsers } from '../shared/rows';
import { openAlibaba } from './envelope';
import type { ProductRow, ReadResult } from '../../types';

// Alibaba.com 产品管理 (hz-productposting products_manage). JSON path:
// `/product/managementproducts/asyQueryProductsList.do` (and
// `…WithPowerScore.do`): `{count, products:[{id, subject, fobPrice, showNum,
// clickNum, fbNum, visitorCnt, …}]}` (docs/CONSOLES.md "Alibaba.com",
// productList). Prices are shown in USD (`US $3.63 - 5.20` takes the low end).

const FIELD = {
  id: ['id'],
  title: ['subject'],
  price: ['fobPrice'],
  exposure: ['showNum'],
  clicks: ['clickNum'],
  visitors: ['visitorCnt'],
  inquiries: ['fbNum'],
} as const;

/** What the listing carries. */
const LISTING: Parsers<ProductRow> = {
  price: (v) => parseMoney(v, 'USD'),
  exposure: parseCount,
  clicks: parseCount,
  visitors: parseCount,
  inquiries: parseCount,
};

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'alibaba', url: ctx.url.href } as const;
  const env = openAlibaba(capture.body);
  if (!env.ok) return failed(base, 'productList', env.status, env.reason);
  const rows = productRowsIn(env.layers, ['products'], {
    id: FIELD.id,
    title: FIELD.title,
    fields: FIELD,
    parsers: LISTING,
  });
  if (!rows)
    return failed(
      base,
      'productList',
      'unrecognized',
      'not recognised: no products in the response',
    );
  return productResult(base, 'productList', rows, ctx, 'json');
}

type Column = 'product' | 'price' | 'stock' | 'exposure' | 'clicks' | 'visitors' | 'inquiries';

export const ALIBABA_PRODUCT_LIST_COLUMNS: Aliases<Column> = {
  product: [
    '产品信息',
    '产品',
    '产品名称',
    '產品資訊',
    'Product',
    'Product information',
    'Product name',
    'Products',
  ],
  price: ['价格', 'FOB价格', '离岸价', 'Price', 'FOB price'],
  stock: ['库存', 'Stock', 'Inventory'],
  exposure: ['曝光', '曝光量', 'Impressions', 'Exposure'],
  clicks: ['点击', '点击量', 'Clicks'],
  visitors: ['访客', '访客数', 'Visitors'],
  inquiries: ['询盘', '询盘数', 'Inquiries'],
};

export const ALIBABA_PRODUCT_LINKS = [
  /product-detail\/[^?#]*?_(\d{8,20})\.html/,
  /[?&](?:productId|prodId|id)=(\d{6,20})/,
];

const readDomSteps = productTableReader({
  site: 'alibaba',
  pageKind: 'productList',
  columns: ALIBABA_PRODUCT_LIST_COLUMNS,
  required: ['product'],
  what: 'product table',
  links: ALIBABA_PRODUCT_LINKS,
  parsers: { ...LISTING, stock: parseCount },
});

export const alibabaProductList = registerReader({
  site: 'alibaba',
  pageKind: 'productList',
  matchesUrl: (url) =>
    (url.hostname === 'hz-productposting.alibaba.com' || url.hostname === 'hzmy.alibaba.com') &&
    /\/product\/(?:products_manage|manage)/.test(url.pathname),
  matchesApi: allowlistMatcher(ALIBABA_APIS.productList),
  readJson,
  readDomSteps,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
