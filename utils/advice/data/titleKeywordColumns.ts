import type { KeywordRow } from '../../types';

// Header labels of keyword-report exports (PLAYBOOK §2 "take the product's top
// search terms by exposure from its keyword report"), in the consoles' English
// and Chinese wording (CONSOLES.md productKeywords), for CSV files the seller
// downloads and feeds to the title engine.

export type KeywordColumn = Exclude<keyof KeywordRow, 'productId'> | 'productId';

export const KEYWORD_COLUMN_ALIASES: Readonly<Record<KeywordColumn, readonly string[]>> = {
  productId: ['productId', 'product id', 'item id', 'itemId', '商品ID', '商品id', '宝贝ID'],
  term: [
    'term',
    'keyword',
    'search term',
    'search keyword',
    '搜索词',
    '关键词',
    '搜索关键词',
    '来源词',
  ],
  exposure: [
    'exposure',
    'impressions',
    'impression',
    'sumShowCnt',
    '曝光',
    '曝光量',
    '搜索曝光',
    '曝光次数',
  ],
  clicks: ['clicks', 'click', 'sumClickCnt', '点击', '点击量', '点击数', '点击次数'],
  ctr: ['ctr', 'click-through rate', 'click rate', '点击率'],
  orders: [
    'orders',
    'order',
    'order count',
    '订单',
    '订单数',
    '支付订单数',
    '成交订单数',
    '下单数',
  ],
  conversionRate: [
    'conversion',
    'conversion rate',
    'conversionRate',
    '转化率',
    '支付转化率',
    '成交转化率',
  ],
  searchIndex: ['search index', 'searchIndex', 'pv', '搜索指数', '搜索人气', '搜索热度'],
  competition: ['competition', 'resultCnt', '竞争度', '竞争指数', '在线商品数'],
  inquiries: ['inquiries', 'fbUv', '询盘人数', '詢盤人數', 'Inquiries'],
};
