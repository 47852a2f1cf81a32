import { ALIEXPRESS_APIS } from '../apis';
import { registerReader, type ReadContext } from '../registry';
import { readTableSteps, textOf, type Aliases } from '../dom';
import type { Steps } from '../steps';
import { compact, parseCount, parseMoney, parseRate } from '../normalise';
import { aliexpressStoreId, failed, ok, splitTitleAndId } from './store';
import { allowlistMatcher, findArray, idOf, isObject, pick, textValue } from '../shared/console';
import { openMtop } from '../shared/envelope';
import { uniqueRows } from '../shared/rows';
import type { Capture } from '../registry';
import type { ProductRow, ReadResult } from '../../types';

// AliExpress product manager list (商品管理 > 管理商品). JSON path: the
// render.list API; DOM path: the Fusion table, whose title cell carries
// `ID: <digits>`.

export const PRODUCT_LIST_API = 'mtop.global.merchant.new.product.manager.render.list';

type Field =
  'product' | 'price' | 'stock' | 'orders' | 'views' | 'conversionRate' | 'exposure' | 'visitors';

export const PRODUCT_LIST_COLUMNS: Aliases<Field> = {
  product: [
    '商品信息',
    '商品',
    '商品名称',
    '商品資訊',
    '产品信息',
    '产品',
    'Product',
    'Product information',
    'Product info',
    'Products',
    'Product name',
    'Item',
  ],
  price: ['价格', '售价', '零售价', 'Price', 'Retail price', 'Price (USD)'],
  stock: ['库存', '可售库存', 'Stock', 'Inventory', 'Quantity'],
  // 销量 / sales counts orders (docs/CONSOLES.md: ProductRow has no separate "sales").
  orders: ['销量', '30天销量', '近30天销量', 'Sales', 'Sold', 'Orders', '30-day sales'],
  views: ['浏览量', '浏览', 'Views', 'Page views'],
  exposure: ['曝光量', '曝光', 'Exposure', 'Impressions'],
  visitors: ['访客数', '访客', 'Visitors'],
  conversionRate: ['转化率', '支付转化率', 'Conversion', 'Conversion rate'],
};

// Steps that may pause after each row (utils/sites/steps.ts): the content
// script spreads a 1,000-row list over short tasks.
function* readProductListDom(doc: Document, ctx: ReadContext): Steps<ReadResult> {
  const base = { site: 'aliexpress', pageKind: 'productList', url: ctx.url.href } as const;
  const table = yield* readTableSteps(doc, PRODUCT_LIST_COLUMNS, ['product']);
  if (!table.ok) {
    return {
      ...base,
      status: 'unrecognized',
      reason: `not recognised: product table without column ${table.missing.join(', ')}`,
    };
  }
  const rows: ProductRow[] = [];
  const seen = new Set<string>();
  for (const cells of table.rows) {
    yield;
    const cell = cells.product;
    if (!cell) continue;
    const { title, productId } = splitTitleAndId(cell.text);
    const id = productId ?? findIdInLinks(cell.el);
    if (!id || seen.has(id)) continue;
    seen.add(id);
    rows.push(
      compact({
        productId: id,
        title: titleText(cell.el) ?? title,
        price: parseMoney(cells.price?.text),
        stock: parseCount(cells.stock?.text),
        orders: parseCount(cells.orders?.text),
        views: parseCount(cells.views?.text),
        exposure: parseCount(cells.exposure?.text),
        visitors: parseCount(cells.visitors?.text),
        conversionRate: parseRate(cells.conversionRate?.text),
      }),
    );
  }
  if (rows.length === 0)
    return { ...base, status: 'empty', reason: 'the product list shows no products' };
  const storeId = aliexpressStoreId(doc, ctx.url);
  return {
    ...base,
    status: 'ok',
    ...(storeId ? { storeId } : {}),
    capturedAt: ctx.now.toISOString(),
    source: 'dom',
    rows,
  };
}

/**
 * One render.list row (docs/CONSOLES.md "AliExpress", productList; shape from
 * xinhuaya/aliexpress-activity-helper): `productId`, `itemDesc.title`,
 * `price.{minPrice, maxPrice, priceText}`. Stock and sales have no publicly
 * known field here: the rendered table (DOM path) carries them.
 */
const JSON_FIELDS = {
  productId: ['productId'],
  title: ['itemDesc.title'],
  minPrice: ['price.minPrice'],
  priceText: ['price.priceText'],
} as const;

function readProductListJson(capture: Capture, ctx: ReadContext): ReadResult {
  const env = openMtop(capture.body);
  if (!env.ok) return failed('productList', ctx, env.status, env.reason);
  // Rows at data.table.dataSource or data.data.table.dataSource: the layers walk both.
  const list = findArray(env.layers, ['table.dataSource']);
  if (!list) {
    return failed(
      'productList',
      ctx,
      'unrecognized',
      'not recognised: product list response without table.dataSource',
    );
  }
  const rows = uniqueRows(
    list.filter(isObject),
    (item) => idOf(pick(item, JSON_FIELDS.productId)),
    (productId, item): ProductRow => {
      const priceText = pick(item, JSON_FIELDS.priceText);
      // The text names the currency (`US $12.99 - 15.99`); minPrice is the bare low end.
      const currency = parseMoney(priceText)?.currency ?? 'USD';
      return compact({
        productId,
        title: textValue(pick(item, JSON_FIELDS.title)) ?? '',
        price: parseMoney(pick(item, JSON_FIELDS.minPrice), currency) ?? parseMoney(priceText),
      });
    },
  );
  if (rows.length === 0)
    return failed('productList', ctx, 'empty', 'the product list shows no products');
  return ok('productList', ctx, 'json', rows);
}

/** The title alone: the title link's text when the cell has one, without the `ID:` suffix. */
function titleText(cell: Element): string | undefined {
  // The cell's first link: every link matches plain `a`, so a selector list adds only cost.
  const link = cell.querySelector('a');
  const t = link?.getAttribute('title') ?? textOf(link);
  if (!t) return undefined;
  const { title } = splitTitleAndId(t);
  return title || undefined;
}

function findIdInLinks(cell: Element): string | undefined {
  for (const a of Array.from(cell.querySelectorAll('a[href]'))) {
    const m = /\/item\/(\d{12,20})\.html/.exec(a.getAttribute('href') ?? '');
    if (m) return m[1];
  }
  return undefined;
}

export const aliexpressProductList = registerReader({
  site: 'aliexpress',
  pageKind: 'productList',
  matchesUrl: (url) =>
    /\/m_apps\/productManage\/list-manage|\/m_apps\/product-manage\/list|\/product\/list/.test(
      url.pathname,
    ),
  matchesApi: allowlistMatcher(ALIEXPRESS_APIS.productList),
  readDomSteps: readProductListDom,
  readJson: readProductListJson,
});

// Fixtures and test URLs: tests/fixtures/cases.ts.
