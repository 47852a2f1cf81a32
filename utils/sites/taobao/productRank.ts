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
import { pickFields, productTableReader, uniqueRows, type Parsers } from '../shared/rows';
import { openTaobao } from './envelope';
import { TAOBAO_ITEM_LINKS } from './productList';
import type { ProductRow, ReadResult } from '../../types';

// 生意参谋 商品: the item archive (单品分析, one item) and the item ranking
// (商品排行). sycm GETs `/cc/item/sale/overview.json` (data is a flat map of
// metrics, each `{value, cycleCrc}`), `/cc/item/rank…json` (rows of the same
// metrics plus `item`) and `/flow/item/source/tree/support.json` (a tree of
// traffic sources; its 汇总 node is the item total). Money is CNY.

/** sycm indexCode → ProductRow field (CONSOLES.md, Taobao productRank). */
const METRICS = {
  visitors: ['uv', 'itmUv'],
  views: ['pv', 'itmPv'],
  wishlist: ['cltItmCnt', 'cltByrCnt'],
  addToCart: ['cartByrCnt', 'cartCnt'],
  buyers: ['payByrCnt'],
  // Orders when the page asks for them; paid units are the nearest figure otherwise.
  orders: ['payOrdCnt', 'payItmCnt'],
  revenue: ['payAmt'],
  conversionRate: ['payRate', 'payByrRate'],
} as const;

const ID = ['itemId', 'item.itemId', 'item.id', 'id', 'num_iid'];
const TITLE = ['item.title', 'itemTitle', 'title', 'item.itemTitle'];

const PARSERS: Parsers<ProductRow> = {
  visitors: parseCount,
  views: parseCount,
  wishlist: parseCount,
  addToCart: parseCount,
  buyers: parseCount,
  orders: parseCount,
  revenue: (v) => parseMoney(v, 'CNY'),
  conversionRate: parseRate,
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
  const period = periodOf(ctx.url.searchParams, query);
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

  const list = findArray(env.layers, ['data', 'list', 'rows']);
  if (list) {
    const rows = uniqueRows(
      list.filter(isObject),
      (r) => idOf(pick(r, ID)),
      (productId, r) => metricRow(productId, textValue(pick(r, TITLE)) ?? '', r),
    );
    return productResult(base, 'productRank', rows, ctx, 'json', { period });
  }

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

export const TAOBAO_PRODUCT_RANK_COLUMNS: Aliases<Column> = {
  product: ['商品', '商品名称', '商品信息', '宝贝', 'Product', 'Item', 'Product name'],
  visitors: ['商品访客数', '访客数', 'Visitors', 'Item visitors', 'UV'],
  views: ['商品浏览量', '浏览量', 'Page views', 'Views', 'PV'],
  wishlist: ['商品收藏人数', '收藏人数', 'Favorites', 'Favourites', 'Wishlist'],
  addToCart: ['商品加购人数', '加购人数', 'Add-to-cart buyers', 'Add to cart'],
  buyers: ['支付买家数', 'Paying buyers', 'Buyers'],
  orders: ['支付子订单数', '支付件数', 'Units paid', 'Paid units', 'Orders'],
  revenue: ['支付金额', 'Payment amount', 'Revenue', 'GMV'],
  conversionRate: ['商品支付转化率', '支付转化率', 'Conversion rate', 'Payment conversion rate'],
};

const readDom = productTableReader({
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
  matchesApi: allowlistMatcher('taobao', 'productRank'),
  readJson,
  readDom,
});

/*
Fixtures
- taobao/productRank/item-rank-zh.html: zh labels, 1.2万 visitors, ¥ amounts, `--` cells, an extra 操作 column
- taobao/productRank/item-rank-en.html: en labels, columns reordered
- taobao/productRank/item-rank-empty.html: the ranking with no rows
- taobao/productRank/item-rank-punish.html: the _____tmd_____/punish iframe
- taobao/productRank/sale-overview.json: {apiUrl:/cc/item/sale/overview.json…, body} flat {value, cycleCrc} metrics
- taobao/productRank/item-rank-list.json: rows with `item` and wrapped metrics in data.data
- taobao/productRank/source-tree.json: the source tree with its 汇总 node
- taobao/productRank/sale-overview-not-logged-in.json: code 5810 未登录

Test URLs
https://sycm.taobao.com/cc/item_rank?dateRange=2024-05-01%7C2024-05-07&dateType=recent7
https://sycm.taobao.com/cc/item_archives?itemId=678901234567&dateRange=2024-05-01%7C2024-05-07&dateType=recent7
*/
