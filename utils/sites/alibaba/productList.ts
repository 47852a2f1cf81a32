import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { compact, parseCount, parseMoney } from '../normalise';
import {
  allowlistMatcher,
  failed,
  findArray,
  idOf,
  isObject,
  pick,
  productResult,
  textValue,
  type Json,
} from '../shared/console';
import { pickFields, productTableReader, uniqueRows, type Parsers } from '../shared/rows';
import { openAlibaba } from './envelope';
import type { ProductRow, ReadResult } from '../../types';

// Alibaba.com 产品管理 (hz-productposting products_manage): the page loads its
// list as JSON, rows in `value.products.data`, per-product traffic in
// `value.statistics` (keyed by product id, or a list of {productId, …}).
// Prices are shown in USD (`US $3.63 - 5.20` takes the low end).

const FIELD = {
  id: ['id', 'productId', 'product_id', 'prodId'],
  title: ['subject', 'title', 'productName', 'product_name'],
  price: ['priceText', 'fobPrice', 'price', 'fob_price'],
  stock: ['inventory', 'stock', 'quantity'],
  exposure: ['impression', 'exposedCount', 'sumShowCnt', 'showCnt'],
  clicks: ['click', 'clickCnt', 'sumClickCnt'],
  visitors: ['visitor', 'uv', 'visitorCnt'],
  orders: ['order', 'orderCnt'],
  wishlist: ['bookmark', 'favCnt'],
} as const;

/** What the listing itself carries; the rest comes from the statistics. */
const LISTING: Parsers<ProductRow> = {
  price: (v) => parseMoney(v, 'USD'),
  stock: parseCount,
};
const TRAFFIC: Parsers<ProductRow> = {
  exposure: parseCount,
  clicks: parseCount,
  visitors: parseCount,
  orders: parseCount,
  wishlist: parseCount,
};

/** Per-product statistics, whichever of the two shapes the page sent. */
function statisticsById(layers: readonly Json[]): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const layer of layers) {
    const stats = layer.statistics;
    if (Array.isArray(stats)) {
      for (const s of stats) {
        const id = isObject(s) ? idOf(pick(s, FIELD.id)) : undefined;
        if (id && isObject(s)) out.set(id, s);
      }
    } else if (isObject(stats)) {
      for (const [id, s] of Object.entries(stats)) if (isObject(s)) out.set(id, s);
    }
  }
  return out;
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'alibaba', url: ctx.url.href } as const;
  const env = openAlibaba(capture.body);
  if (!env.ok) return failed(base, 'productList', env.status, env.reason);
  const list = findArray(env.layers, ['products.data', 'products', 'list', 'data']);
  if (!list)
    return failed(
      base,
      'productList',
      'unrecognized',
      'not recognised: no products.data in the response',
    );
  const stats = statisticsById(env.layers);
  const rows = uniqueRows(
    list.filter(isObject),
    (p) => idOf(pick(p, FIELD.id)),
    (productId, p): ProductRow => {
      const s = { ...p, ...(stats.get(productId) ?? {}) };
      return compact({
        productId,
        title: textValue(pick(p, FIELD.title)) ?? '',
        ...pickFields(p, FIELD, LISTING),
        ...pickFields(s, FIELD, TRAFFIC),
      });
    },
  );
  return productResult(base, 'productList', rows, ctx, 'json');
}

type Column = 'product' | 'price' | 'stock' | 'exposure' | 'clicks' | 'visitors';

export const ALIBABA_PRODUCT_LIST_COLUMNS: Aliases<Column> = {
  product: [
    '产品信息',
    '产品',
    '产品名称',
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
};

export const ALIBABA_PRODUCT_LINKS = [
  /product-detail\/[^?#]*?_(\d{8,20})\.html/,
  /[?&](?:productId|prodId|id)=(\d{6,20})/,
];

const readDom = productTableReader({
  site: 'alibaba',
  pageKind: 'productList',
  columns: ALIBABA_PRODUCT_LIST_COLUMNS,
  required: ['product'],
  what: 'product table',
  links: ALIBABA_PRODUCT_LINKS,
  // The table has no orders or wishlist column: those parse to nothing.
  parsers: { ...LISTING, ...TRAFFIC },
});

export const alibabaProductList = registerReader({
  site: 'alibaba',
  pageKind: 'productList',
  matchesUrl: (url) =>
    (url.hostname === 'hz-productposting.alibaba.com' || url.hostname === 'hzmy.alibaba.com') &&
    /\/product\/(?:products_manage|manage)/.test(url.pathname),
  matchesApi: allowlistMatcher('alibaba', 'productList'),
  readJson,
  readDom,
});

/*
Fixtures
- alibaba/productList/products-manage-zh.html: zh labels, `US $3.63 - 5.20` prices, 1.2万 exposure, `--` cells
- alibaba/productList/products-manage-en.html: en labels, reordered, extra Owner/Updated columns, `USD 12.50`
- alibaba/productList/products-manage-blocked.html: the baxia slider mask
- alibaba/productList/products-manage.json: {apiUrl, body} with value.products.data and value.statistics
- alibaba/productList/products-manage-empty.json: value.products.data = []

Test URLs
https://hz-productposting.alibaba.com/product/products_manage.htm
https://hz-productposting.alibaba.com/product/products_manage.htm?status=approved&page=2
*/
