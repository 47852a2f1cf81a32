import { TAOBAO_APIS } from '../apis';
import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { compact, parseCount, parseMoney, parseRate } from '../normalise';
import {
  allowlistMatcher,
  apiName,
  apiQuery,
  at,
  failed,
  findArray,
  idOf,
  isObject,
  periodOf,
  pick,
  productResult,
  textValue,
  type Json,
} from '../shared/console';
import { pickFields, productRowsIn, productTableReader, type Parsers } from '../shared/rows';
import { openTaobao } from './envelope';
import { TAOBAO_ITEM_LINKS } from './productList';
import type { ProductRow, ReadResult } from '../../types';

// 生意参谋 商品 (sycm.taobao.com). The item ranking page `/cc/item_rank` loads
// `/cc/item/view/top.json` (dateType day / recent7 / recent30; rows at
// data.data) and, for today, `/cc/item/live/view/top.json` (one level deeper:
// rows at data.data.data); older consoles load `/cc/item/portal/itemList.json`.
// Rows carry `item: {itemId, title, …}` plain and metrics wrapped
// `{value, cycleCrc, syncCrc}`, some as bare scalars; payRate is a fraction.
// Source of the shape: rakei076/sycm-cli, petercjl/sycmcli and
// Asherggg/sycm-playwright-interceptor (docs/CONSOLES.md, Taobao productRank).
// The item archive (单品分析) endpoints `/cc/item/sale/overview.json` and
// `/flow/item/source/tree/support.json` are public names whose field layout is
// unknown: read here on the sycm metric convention above, DOM otherwise. The
// rendered ranking's markup is unknown: DOM only, read by header text.
// Money is CNY.

/** sycm indexCode → ProductRow field (docs/CONSOLES.md, Taobao productRank). */
const METRICS = {
  visitors: ['itmUv', 'uv'],
  views: ['itmPv', 'pv'],
  wishlist: ['itemCltByrCnt', 'cltItmCnt'],
  addToCart: ['itemCartCnt', 'cartByrCnt'],
  buyers: ['payByrCnt'],
  // Paid units: the ranking counts no orders (子订单) of its own.
  orders: ['payItmCnt'],
  revenue: ['payAmt'],
  conversionRate: ['payRate'],
  stock: ['currentStockCnt'],
} as const;

const ID = ['item.itemId', 'itemId'];
const TITLE = ['item.title', 'title'];

const PARSERS: Parsers<ProductRow> = {
  visitors: parseCount,
  views: parseCount,
  wishlist: parseCount,
  addToCart: parseCount,
  buyers: parseCount,
  orders: parseCount,
  revenue: (v) => parseMoney(v, 'CNY'),
  conversionRate: parseRate,
  stock: parseCount,
};

function metricRow(productId: string, title: string, src: Json): ProductRow {
  return compact({ productId, title, ...pickFields(src, METRICS, PARSERS) });
}

const hasMetrics = (o: Json) => Object.values(METRICS).some((keys) => keys.some((k) => k in o));

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'taobao', url: ctx.url.href } as const;
  const env = openTaobao(capture.body);
  if (!env.ok) return failed(base, 'productRank', env.status, env.reason);
  const name = apiName(capture.api);
  const query = apiQuery(capture.apiUrl || capture.api);
  // The request names the period its rows describe; the page URL may lag behind a date switch.
  const period = periodOf(query, ctx.url.searchParams);
  const pageItem = idOf(ctx.url.searchParams.get('itemId') ?? query.get('itemId'));

  if (name.startsWith('/flow/')) {
    const tree = findArray(env.layers, ['data']) ?? [];
    const total = tree.find(
      (n): n is Json =>
        isObject(n) && /汇总|合计|全部|^total$/i.test(textValue(at(n, 'pageName')) ?? ''),
    );
    if (!pageItem)
      return failed(
        base,
        'productRank',
        'unrecognized',
        'not recognised: the page names no itemId',
      );
    if (tree.length === 0)
      return failed(base, 'productRank', 'empty', 'the item had no traffic in this period');
    if (!total)
      return failed(
        base,
        'productRank',
        'unrecognized',
        'not recognised: the source tree has no 汇总 (total) node',
      );
    return productResult(base, 'productRank', [metricRow(pageItem, '', total)], ctx, 'json', {
      period,
    });
  }

  const rows = productRowsIn(env.layers, ['data'], {
    id: ID,
    title: TITLE,
    fields: METRICS,
    parsers: PARSERS,
  });
  if (rows) return productResult(base, 'productRank', rows, ctx, 'json', { period });

  // The overview: one item's metrics, flat in the deepest layer that has them.
  const flat = [...env.layers].reverse().find(hasMetrics);
  if (!flat) return failed(base, 'productRank', 'empty', 'the item overview has no metrics');
  const productId = pageItem ?? idOf(pick(flat, ID));
  if (!productId)
    return failed(base, 'productRank', 'unrecognized', 'not recognised: the page names no itemId');
  return productResult(
    base,
    'productRank',
    [metricRow(productId, textValue(pick(flat, TITLE)) ?? '', flat)],
    ctx,
    'json',
    { period },
  );
}

type Column = 'product' | keyof typeof METRICS;

// zh-CN, zh-TW/HK (繁體 interface) and en labels.
export const TAOBAO_PRODUCT_RANK_COLUMNS: Aliases<Column> = {
  product: ['商品', '商品名称', '商品信息', '宝贝', '商品資訊', 'Product', 'Item', 'Product name'],
  visitors: ['商品访客数', '访客数', 'Visitors', 'Item visitors', 'UV'],
  views: ['商品浏览量', '浏览量', 'Page views', 'Views', 'PV'],
  wishlist: ['商品收藏人数', '收藏人数', 'Favorites', 'Favourites', 'Wishlist'],
  addToCart: ['商品加购人数', '加购人数', 'Add-to-cart buyers', 'Add to cart'],
  buyers: ['支付买家数', 'Paying buyers', 'Buyers'],
  orders: ['支付件数', '支付子订单数', 'Units paid', 'Paid units', 'Orders'],
  revenue: ['支付金额', 'Payment amount', 'Revenue', 'GMV'],
  conversionRate: ['商品支付转化率', '支付转化率', 'Conversion rate', 'Payment conversion rate'],
  stock: ['当前库存', '目前庫存', 'Current stock', 'Stock'],
};

const readDomSteps = productTableReader({
  site: 'taobao',
  pageKind: 'productRank',
  columns: TAOBAO_PRODUCT_RANK_COLUMNS,
  required: ['product', 'visitors'],
  what: 'item ranking',
  links: TAOBAO_ITEM_LINKS,
  parsers: PARSERS,
  withPeriod: true,
});

export const taobaoProductRank = registerReader({
  site: 'taobao',
  pageKind: 'productRank',
  matchesUrl: (url) =>
    url.hostname === 'sycm.taobao.com' && /^\/cc\/item_(?:rank|archives)\b/.test(url.pathname),
  matchesApi: allowlistMatcher(TAOBAO_APIS.productRank),
  readJson,
  readDomSteps,
});

// Fixtures and test URLs: tests/fixtures/cases.ts ('taobao/productRank').
