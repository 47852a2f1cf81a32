import { TAOBAO_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { parseCount, parseMoney } from '../normalise';
import {
  allowlistMatcher,
  failed,
  isObject,
  productResult,
  textValue,
  type Json,
} from '../shared/console';
import { productRowsIn, productTableReader, type Parsers } from '../shared/rows';
import { mtopRequestData, openResultString, openTaobao } from './envelope';
import type { ProductRow, ReadResult } from '../../types';

// Taobao/Tmall 出售中的宝贝 (myseller: 商品 > 出售中). JSON first from the
// mtop item-list API on h5api.m.taobao.com: `mtop.taobao.sell.pc.manage.async`
// for Taobao shops, `mtop.tmall.sell.pc.manage.async` for Tmall shops. One API
// serves several myseller tables; the request's `data.url` names the table
// (`/taobao/manager/table.htm` or `/tmall/manager/table.htm` for the item list).
// The answer's `data.result` is a JSON string holding
// `{success, data: {table: {dataSource}, pagination: {total}}}`. Shape: public
// myseller scrapers, see docs/CONSOLES.md (Taobao / Tmall, productList). The
// rendered table's markup is unknown: DOM only, read by header text (zh-CN,
// zh-TW, en).

/** The `data.url` values of the item-list table, per shop kind. */
const ITEM_TABLES = new Set(['/taobao/manager/table.htm', '/tmall/manager/table.htm']);

const FIELD = {
  id: ['itemId'],
  price: ['managerPrice.currentPrice'],
  stock: ['managerQuantityNew.text'],
  // 30-day paid units (月销量): the nearest figure to orders the list shows.
  orders: ['monthlySoldQuantity.value'],
} as const;

const PARSERS: Parsers<ProductRow> = {
  price: (v) => parseMoney(v, 'CNY'),
  stock: parseCount,
  orders: parseCount,
};

/** `itemDesc.desc` is a list of text lines (title, then codes and tags): the first is the title. */
function titleOf(item: Json): string {
  const desc = isObject(item.itemDesc) ? item.itemDesc.desc : undefined;
  const first: unknown = Array.isArray(desc) ? desc[0] : undefined;
  return (isObject(first) ? textValue(first.text) : undefined) ?? '';
}

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'taobao', url: ctx.url.href } as const;
  const table = textValue(mtopRequestData(capture.apiUrl).url);
  if (table !== undefined && !ITEM_TABLES.has(table)) {
    return failed(
      base,
      'productList',
      'unrecognized',
      `not recognised: the item API served table ${table}, which is not the item list`,
    );
  }
  const outer = openTaobao(capture.body);
  if (!outer.ok) return failed(base, 'productList', outer.status, outer.reason);
  const env = openResultString(outer.layers);
  if (!env)
    return failed(
      base,
      'productList',
      'unrecognized',
      'not recognised: the item list answer has no data.result',
    );
  if (!env.ok) return failed(base, 'productList', env.status, env.reason);
  const rows = productRowsIn(env.layers, ['table.dataSource'], {
    id: FIELD.id,
    title: titleOf,
    fields: FIELD,
    parsers: PARSERS,
  });
  if (!rows)
    return failed(
      base,
      'productList',
      'unrecognized',
      'not recognised: no table.dataSource in data.result',
    );
  return productResult(base, 'productList', rows, ctx, 'json');
}

type Column = 'product' | 'price' | 'stock' | 'orders';

// zh-CN, zh-TW/HK (繁體 interface) and en labels.
export const TAOBAO_PRODUCT_LIST_COLUMNS: Aliases<Column> = {
  product: [
    '宝贝名称',
    '商品名称',
    '宝贝',
    '商品',
    '商品信息',
    '商品資訊',
    'Item',
    'Item name',
    'Product',
    'Title',
  ],
  price: ['价格', '一口价', '售价', 'Price'],
  stock: ['库存', '总库存', '可售库存', 'Stock', 'Inventory', 'Quantity'],
  orders: ['销量', '30日销量', '总销量', '已售', 'Sales', 'Sold', 'Units sold'],
};

export const TAOBAO_ITEM_LINKS = [
  /item\.(?:taobao|tmall)\.com\/item\.htm\?(?:[^#]*&)?id=(\d{6,20})/,
  /[?&](?:itemId|id)=(\d{6,20})/,
];

const readDomSteps = productTableReader({
  site: 'taobao',
  pageKind: 'productList',
  columns: TAOBAO_PRODUCT_LIST_COLUMNS,
  required: ['product', 'price'],
  what: 'item table',
  links: TAOBAO_ITEM_LINKS,
  parsers: PARSERS,
});

export const taobaoProductList = registerReader({
  site: 'taobao',
  pageKind: 'productList',
  matchesUrl: (url) =>
    url.hostname === 'myseller.taobao.com' &&
    /\/SellManage\/(on_sale|in_stock|all)/i.test(url.pathname),
  matchesApi: allowlistMatcher(TAOBAO_APIS.productList),
  readJson,
  readDomSteps,
});

// Fixtures and test URLs: tests/fixtures/cases.ts ('taobao/productList').
