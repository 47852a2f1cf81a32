import { ALIEXPRESS_APIS } from '../apis';
import { registerReader, requestParam, type Capture, type ReadContext } from '../registry';
import { readTable, textOf, type Aliases } from '../dom';
import { compact, parseCount, parseDay, parseMoney, parseRate } from '../normalise';
import { dayIn } from '../timeZones';
import { splitTitleAndId } from './store';
import {
  allowlistMatcher,
  findArray,
  idOf,
  isObject,
  pick,
  textValue,
  type Json,
} from '../shared/console';
import { findValue, openMtop } from '../shared/envelope';
import { uniqueRows } from '../shared/rows';
import { ALIEXPRESS_TIME_ZONE, failed, missingColumns, ok } from './store';
import type { Period, ProductRow, ReadResult } from '../../types';

// AliExpress data centre product ranking (数据纵横 > 商品排行). JSON path: the
// generic advice table query, routed here when the request's `data.url` names
// the ranking table; DOM path: the ranking table by header text.
// Shape: docs/CONSOLES.md "AliExpress", productRank, from
// howtimeschange/crawshrimp-harness (adapters/aliexpress-ops-assistant/product-ranking.js).

export const ADVICE_TABLE_API = 'mtop.aliexpress.seller.business.advice.table.query';

/** The table names (request `data.url`) the ranking reader owns. */
export const RANK_TABLES: readonly string[] = ['/api/goods-rank-new/indicator'];

/**
 * The ranking row's own field names. Every metric also has a
 * `<field>ChainRatio` (change on the previous period), which the history
 * makes redundant. `payConversionRate` is a fraction.
 */
const JSON_FIELDS = {
  productId: ['itemId'],
  title: ['title'],
  visitors: ['uv'],
  exposure: ['searchExpPv'],
  addToCart: ['itemAddCartBuyerCnt'],
  wishlist: ['itemAddWishListBuyerCnt'],
  // Paid main orders: the orders the item was bought in.
  orders: ['payMordCnt'],
  buyers: ['payBuyerCnt'],
  conversionRate: ['payConversionRate'],
  revenue: ['payAmt'],
} as const;

type Field =
  | 'product'
  | 'visitors'
  | 'exposure'
  | 'views'
  | 'addToCart'
  | 'wishlist'
  | 'orders'
  | 'buyers'
  | 'conversionRate'
  | 'orderConversionRate'
  | 'revenue'
  | 'items';

export const PRODUCT_RANK_COLUMNS: Aliases<Field> = {
  product: ['商品', '商品信息', '商品名称', '商品資訊', 'Product', 'Product information', 'Item'],
  visitors: ['访客数', '商品访客数', 'Visitors', 'Unique visitors'],
  exposure: [
    '搜索曝光量',
    '曝光量',
    '搜尋曝光量',
    'Search exposure',
    'Search impressions',
    'Exposure',
  ],
  views: ['浏览量', '商品浏览量', 'Page views', 'Views'],
  addToCart: ['加购人数', '加购买家数', 'Add-to-cart buyers', 'Add to cart buyers', 'Add to cart'],
  wishlist: ['加收藏人数', '收藏人数', 'Wishlist buyers', 'Add to wishlist', 'Wishlist'],
  orders: ['下单买家数', '下单人数', 'Ordering buyers', 'Order buyers'],
  buyers: ['支付买家数', '支付人数', 'Paying buyers', 'Paid buyers'],
  conversionRate: [
    '支付转化率',
    'Payment conversion rate',
    'Pay conversion rate',
    'Conversion rate',
  ],
  orderConversionRate: ['下单转化率', 'Order conversion rate'],
  revenue: [
    '支付金额',
    '支付金额(美元)',
    '支付金額(美元)',
    'Payment amount',
    'Paid amount',
    'Revenue',
  ],
  items: ['支付件数', 'Items paid', 'Paid items'],
};

const RECENT_DAYS: Record<string, number> = {
  recent1: 1,
  day: 1,
  recent7: 7,
  week: 7,
  recent30: 30,
};

/** The report period from `statDate` (ms, the period's last day) and `dateType`. */
export function periodFromStat(statDate: unknown, dateType: unknown): Period | undefined {
  const ms = typeof statDate === 'string' && /^\d+$/.test(statDate) ? Number(statDate) : statDate;
  if (typeof ms !== 'number' || !Number.isFinite(ms) || ms <= 0) return undefined;
  const to = dayIn(new Date(ms), ALIEXPRESS_TIME_ZONE);
  const type = typeof dateType === 'string' ? dateType : 'recent1';
  if (type === 'month') return { from: `${to.slice(0, 8)}01`, to };
  const days = RECENT_DAYS[type] ?? 1;
  const from = new Date(`${to}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() - (days - 1));
  return { from: from.toISOString().slice(0, 10), to };
}

/** A `2026-11-14 ~ 2026-11-20` range shown beside the table, if any. */
export function periodFromText(doc: Document): Period | undefined {
  const re = /(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})\s*(?:~|至|to|-|–)\s*(\d{4}[-/.]\d{1,2}[-/.]\d{1,2})/;
  for (const el of Array.from(
    doc.querySelectorAll('[class*="date"], [class*="period"], span, div'),
  )) {
    if (el.children.length > 3) continue;
    const m = re.exec(textOf(el));
    const from = parseDay(m?.[1]);
    const to = parseDay(m?.[2]);
    if (from && to) return { from, to };
  }
  return undefined;
}

export function rankRowFromJson(item: Json): ProductRow | undefined {
  const productId = idOf(pick(item, JSON_FIELDS.productId));
  if (!productId) return undefined;
  return compact({
    productId,
    title: textValue(pick(item, JSON_FIELDS.title)) ?? '',
    visitors: parseCount(pick(item, JSON_FIELDS.visitors)),
    exposure: parseCount(pick(item, JSON_FIELDS.exposure)),
    addToCart: parseCount(pick(item, JSON_FIELDS.addToCart)),
    wishlist: parseCount(pick(item, JSON_FIELDS.wishlist)),
    orders: parseCount(pick(item, JSON_FIELDS.orders)),
    buyers: parseCount(pick(item, JSON_FIELDS.buyers)),
    conversionRate: parseRate(pick(item, JSON_FIELDS.conversionRate)),
    revenue: parseMoney(pick(item, JSON_FIELDS.revenue), 'USD'),
  });
}

/**
 * Table rows of the advice table query: `data.dataSource` for the ranking;
 * `data.data.table.dataSource` is seen for other tables of the same API.
 */
export function adviceTableRows(layers: readonly Json[]): unknown[] | undefined {
  return findArray(layers, ['dataSource', 'table.dataSource']);
}

/** `dateType` of the request (`data` JSON in the query), for the period's length. */
function requestDateType(apiUrl: string): string | undefined {
  return requestParam(apiUrl, 'data.dateType');
}

function readProductRankJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openMtop(capture.body);
  if (!env.ok) return failed('productRank', ctx, env.status, env.reason);
  const list = adviceTableRows(env.layers);
  if (!list)
    return failed(
      'productRank',
      ctx,
      'unrecognized',
      'not recognised: ranking response without rows',
    );
  const rows = uniqueRows(
    list.flatMap((item) => (isObject(item) ? (rankRowFromJson(item) ?? []) : [])),
    (row) => row.productId,
    (_, row) => row,
  );
  if (rows.length === 0)
    return failed('productRank', ctx, 'empty', 'the product ranking shows no products');
  // statDate sits beside the rows, or on each row.
  const firstRow = list.find(isObject);
  const period = periodFromStat(
    findValue(env.layers, 'statDate') ?? (firstRow ? firstRow.statDate : undefined),
    findValue(env.layers, 'dateType') ?? requestDateType(capture.apiUrl),
  );
  return ok('productRank', ctx, 'json', rows, period ? { period } : {});
}

function readProductRankDom(doc: Document, ctx: ReadContext): ReadResult {
  const table = readTable(doc, PRODUCT_RANK_COLUMNS, ['product', 'visitors']);
  if (!table.ok) return missingColumns('productRank', ctx, 'ranking table', table.missing);
  const products = table.rows.flatMap((cells) =>
    cells.product ? [{ cells, ...splitTitleAndId(cells.product.text) }] : [],
  );
  const rows = uniqueRows(
    products,
    ({ productId }) => productId,
    (productId, { cells, title }): ProductRow =>
      compact({
        productId,
        title,
        visitors: parseCount(cells.visitors?.text),
        exposure: parseCount(cells.exposure?.text),
        views: parseCount(cells.views?.text),
        addToCart: parseCount(cells.addToCart?.text),
        wishlist: parseCount(cells.wishlist?.text),
        orders: parseCount(cells.orders?.text),
        buyers: parseCount(cells.buyers?.text),
        conversionRate:
          parseRate(cells.conversionRate?.text) ?? parseRate(cells.orderConversionRate?.text),
        revenue: parseMoney(cells.revenue?.text, 'USD'),
      }),
  );
  if (rows.length === 0)
    return failed('productRank', ctx, 'empty', 'the product ranking shows no products');
  const period = periodFromText(doc);
  return ok('productRank', ctx, 'dom', rows, { doc, ...(period ? { period } : {}) });
}

export const aliexpressProductRank = registerReader({
  site: 'aliexpress',
  pageKind: 'productRank',
  matchesUrl: (url) => /\/m_apps\/[\w-]*sycm[\w-]*\/productRank\b/i.test(url.pathname),
  matchesApi: allowlistMatcher(ALIEXPRESS_APIS.productRank),
  request: { param: 'data.url', owns: (table) => RANK_TABLES.includes(table) },
  readDom: readProductRankDom,
  readJson: readProductRankJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
