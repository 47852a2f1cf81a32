import { registerReader, type ReadContext } from '../registry';
import { readTable, textOf, type Aliases } from '../dom';
import { compact, parseCount, parseMoney, parseRate } from '../normalise';
import { aliexpressStoreId, splitTitleAndId } from './store';
import type { ProductRow, ReadResult } from '../../types';

// AliExpress product manager list (商品管理 > 管理商品), DOM path.
// The console renders a Fusion table; the title cell carries `ID: <digits>`.

type Field =
  'product' | 'price' | 'stock' | 'orders' | 'views' | 'conversionRate' | 'exposure' | 'visitors';

export const PRODUCT_LIST_COLUMNS: Aliases<Field> = {
  product: [
    '商品信息',
    '商品',
    '商品名称',
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
  orders: ['销量', '30天销量', '近30天销量', 'Sales', 'Sold', 'Orders', '30-day sales'],
  views: ['浏览量', '浏览', 'Views', 'Page views'],
  exposure: ['曝光量', '曝光', 'Exposure', 'Impressions'],
  visitors: ['访客数', '访客', 'Visitors'],
  conversionRate: ['转化率', '支付转化率', 'Conversion', 'Conversion rate'],
};

function readProductListDom(doc: Document, ctx: ReadContext): ReadResult {
  const base = { site: 'aliexpress', pageKind: 'productList', url: ctx.url.href } as const;
  const table = readTable(doc, PRODUCT_LIST_COLUMNS, ['product']);
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

/** The title alone: the title link's text when the cell has one, without the `ID:` suffix. */
function titleText(cell: Element): string | undefined {
  const link = cell.querySelector('a[title], a[href*="/item/"], a');
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
  readDom: readProductListDom,
  fixtures: ['aliexpress/productList/list-zh.html'],
  testUrls: [
    'https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
    'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
  ],
});
