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
} from '../shared/console';
import { pickFields, productTableReader, uniqueRows, type Parsers } from '../shared/rows';
import { openTaobao } from './envelope';
import type { ProductRow, ReadResult } from '../../types';

// Taobao/Tmall 出售中的宝贝 (myseller: 商品 > 出售中). JSON first from the
// mtop list the page calls on h5api.m.taobao.com; the rows use the open-API
// names (num_iid, title, price, num, sold_quantity, outer_id) or the newer
// itemId/itemDesc shape. DOM fallback reads the rendered table by header text.

const ROW_PATHS = [
  'table.dataSource',
  'items.item',
  'items',
  'itemList',
  'list',
  'dataSource',
  'result',
];
const FIELD = {
  id: ['num_iid', 'numIid', 'itemId', 'itemDesc.itemId', 'item.itemId', 'id'],
  title: ['title', 'itemDesc.title', 'item.title', 'itemTitle'],
  price: ['price', 'price.text', 'itemDesc.price', 'reservePrice'],
  stock: ['num', 'quantity', 'stock', 'stock.num', 'inventory'],
  orders: ['sold_quantity', 'soldQuantity', 'sales', 'soldNum', 'saleCount'],
} as const;

const PARSERS: Parsers<ProductRow> = {
  price: (v) => parseMoney(v, 'CNY'),
  stock: parseCount,
  orders: parseCount,
};

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'taobao', url: ctx.url.href } as const;
  const env = openTaobao(capture.body);
  if (!env.ok) return failed(base, 'productList', env.status, env.reason);
  const list = findArray(env.layers, ROW_PATHS);
  if (!list)
    return failed(
      base,
      'productList',
      'unrecognized',
      'not recognised: no item list in the response',
    );
  const rows = uniqueRows(
    list.filter(isObject),
    (item) => idOf(pick(item, FIELD.id)),
    (productId, item): ProductRow =>
      compact({
        productId,
        title: textValue(pick(item, FIELD.title)) ?? '',
        ...pickFields(item, FIELD, PARSERS),
      }),
  );
  return productResult(base, 'productList', rows, ctx, 'json');
}

type Column = 'product' | 'price' | 'stock' | 'orders';

export const TAOBAO_PRODUCT_LIST_COLUMNS: Aliases<Column> = {
  product: [
    '宝贝名称',
    '商品名称',
    '宝贝',
    '商品',
    '商品信息',
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

const readDom = productTableReader({
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
  matchesApi: allowlistMatcher('taobao', 'productList'),
  readJson,
  readDom,
});

/*
Fixtures
- taobao/productList/on-sale-zh.html: zh labels, extra 商家编码/创建时间 columns, ¥ prices, 1.2万 sales, `--` stock
- taobao/productList/on-sale-en.html: en labels, columns reordered
- taobao/productList/on-sale-empty.html: the table with its "暂无数据" row
- taobao/productList/on-sale-blocked.html: the baxia slider mask over the list
- taobao/productList/on-sale-missing-price.html: a table without a price column
- taobao/productList/items-mtop.json: mtop envelope with open-API field names
- taobao/productList/items-mtop-session-expired.json: ret FAIL_SYS_SESSION_EXPIRED

Test URLs
https://myseller.taobao.com/home.htm/SellManage/on_sale
https://myseller.taobao.com/home.htm/SellManage/on_sale?current=2&pageSize=20
*/
