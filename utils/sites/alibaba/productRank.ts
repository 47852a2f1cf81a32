import { registerReader, type Capture, type ReadContext } from '../registry';
import type { Aliases } from '../dom';
import { compact, parseCount } from '../normalise';
import {
  allowlistMatcher,
  apiQuery,
  failed,
  findArray,
  idOf,
  isObject,
  periodOf,
  pick,
  productResult,
  textValue,
} from '../shared/console';
import { pickFields, productTableReader, uniqueRows, type Parsers } from '../shared/rows';
import { openAlibaba } from './envelope';
import { ALIBABA_PRODUCT_LINKS } from './productList';
import type { ProductRow, ReadResult } from '../../types';

// Alibaba.com 数据管家 > 产品分析 (data.alibaba.com/product/overview): per
// product impressions, clicks, visitors, inquiries, orders and bookmarks,
// named as the open API names them (product_id, impression, click, visitor,
// fb, order, bookmark; bububa/opentaobao mydata EffectEntity). Inquiries (fb)
// have no field in the ProductRow contract and are not kept.

const FIELD = {
  id: ['product_id', 'productId', 'prodId', 'id'],
  title: ['subject', 'title', 'productName', 'product_name'],
  exposure: ['impression', 'sumShowCnt', 'exposedCount', 'showCnt'],
  clicks: ['click', 'sumClickCnt', 'clickCnt'],
  visitors: ['visitor', 'uv', 'visitorCnt'],
  orders: ['order', 'orderCnt', 'ordCnt'],
  wishlist: ['bookmark', 'favCnt', 'bookmarkCnt'],
} as const;

const PARSERS: Parsers<ProductRow> = {
  exposure: parseCount,
  clicks: parseCount,
  visitors: parseCount,
  orders: parseCount,
  wishlist: parseCount,
};

function readJson(capture: Capture, ctx: ReadContext): ReadResult {
  const base = { site: 'alibaba', url: ctx.url.href } as const;
  const env = openAlibaba(capture.body);
  if (!env.ok) return failed(base, 'productRank', env.status, env.reason);
  const list = findArray(env.layers, ['data', 'list', 'products', 'effects.effect']);
  if (!list)
    return failed(
      base,
      'productRank',
      'unrecognized',
      'not recognised: no product rows in the response',
    );
  const rows = uniqueRows(
    list.filter(isObject),
    (p) => idOf(pick(p, FIELD.id)),
    (productId, p): ProductRow =>
      compact({
        productId,
        title: textValue(pick(p, FIELD.title)) ?? '',
        ...pickFields(p, FIELD, PARSERS),
      }),
  );
  const period = periodOf(ctx.url.searchParams, apiQuery(capture.apiUrl || capture.api));
  return productResult(base, 'productRank', rows, ctx, 'json', { period });
}

type Column = 'product' | 'exposure' | 'clicks' | 'visitors' | 'orders' | 'wishlist';

export const ALIBABA_PRODUCT_RANK_COLUMNS: Aliases<Column> = {
  product: ['产品', '产品信息', '产品名称', 'Product', 'Product information', 'Product name'],
  exposure: ['曝光量', '曝光', '搜索曝光次数', 'Impressions', 'Exposure'],
  clicks: ['点击量', '点击', '搜索点击次数', 'Clicks'],
  visitors: ['访客数', '访客', 'Visitors'],
  orders: ['订单数', '订单', 'Orders'],
  wishlist: ['收藏数', '收藏', 'Bookmarks', 'Favorites'],
};

const readDom = productTableReader({
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
  matchesApi: allowlistMatcher('alibaba', 'productRank'),
  readJson,
  readDom,
});

/*
Fixtures
- alibaba/productRank/overview-zh.html: zh labels, 1.2万 impressions, `--` cells, extra 询盘数 column
- alibaba/productRank/overview-en.html: en labels, columns reordered
- alibaba/productRank/overview-missing-exposure.html: a table without the impressions column
- alibaba/productRank/overview.json: {apiUrl:/self/.json?…iName=vip/product/effect/list…, body}
- alibaba/productRank/overview-not-login.json: success false, errorCode NOT_LOGIN

Test URLs
https://data.alibaba.com/product/overview
https://data.alibaba.com/product/overview?statisticsType=week&startDate=2024-04-29&endDate=2024-05-05
*/
