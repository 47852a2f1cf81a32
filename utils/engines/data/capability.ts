import type { Bilingual } from '../types';

// docs/ADVICE.md#capability-tiers Seller capability tiers (运营能力模型): the dimensions the
// platform scores, how their names read in the console (zh and en), and the
// playbook's concrete actions per dimension and per indicator. Names are
// matched as case-insensitive fragments inside the console's text, so
// "商品能力" and "Product capability" both find the product dimension.

export type DimensionId =
  'product' | 'traffic' | 'conversion' | 'retention' | 'service' | 'logistics';

export interface PlaybookAction {
  /** Stable id, so a UI can remember an action the seller ticked off. */
  id: string;
  text: Bilingual;
}

export interface DimensionEntry {
  id: DimensionId;
  label: Bilingual;
  fragments: readonly string[];
  actions: readonly PlaybookAction[];
}

export interface IndicatorEntry {
  id: string;
  dimension: DimensionId;
  fragments: readonly string[];
  actions: readonly PlaybookAction[];
}

export const CAPABILITY_DIMENSIONS: readonly DimensionEntry[] = [
  {
    id: 'product',
    label: { en: 'Product', zh: '商品能力' },
    fragments: ['商品', 'product', 'listing'],
    actions: [
      {
        id: 'product.roles',
        text: {
          en: 'Assign every listing a role (hero, activity, volume, clearance) and register each in its channel.',
          zh: '为每个商品分配角色（主打爆款、活动单品、冲量单品、清仓单品），并报名对应渠道。',
        },
      },
      {
        id: 'product.movement',
        text: {
          en: 'Refresh or delist listings that never sell: a bloated store lowers the movement rate.',
          zh: '优化或下架长期不动销的商品：堆砌商品会拉低动销率。',
        },
      },
    ],
  },
  {
    id: 'traffic',
    label: { en: 'Traffic', zh: '流量能力' },
    fragments: ['流量', 'traffic'],
    actions: [
      {
        id: 'traffic.activities',
        text: {
          en: 'Keep registering platform campaigns, Flash Deals and group buys.',
          zh: '持续报名平台活动、Flash Deals 和团购。',
        },
      },
      {
        id: 'traffic.search',
        text: {
          en: 'Optimise titles around the core and attribute words of the keyword report.',
          zh: '围绕关键词报表中的核心词和属性词优化标题。',
        },
      },
      {
        id: 'traffic.paid',
        text: {
          en: 'Settle the PPC product layout, keywords and budget; raise affiliate commission on hero items.',
          zh: '确定直通车的商品布局、关键词和预算；提高主打爆款的联盟佣金。',
        },
      },
    ],
  },
  {
    id: 'conversion',
    label: { en: 'Conversion', zh: '承接能力' },
    fragments: ['承接', '转化', 'conversion', 'catching'],
    actions: [
      {
        id: 'conversion.store-events',
        text: {
          en: 'Run store events — full-reduction, coupons, bundles — on the listings that get traffic.',
          zh: '在有流量的商品上设置店铺活动：满减、优惠券、搭配套餐。',
        },
      },
      {
        id: 'conversion.guided',
        text: {
          en: 'Add related-item visuals and marketing modules to product details to deepen visits.',
          zh: '在详情页加入关联商品和营销模块，提升访问深度。',
        },
      },
    ],
  },
  {
    id: 'retention',
    label: { en: 'Retention', zh: '留存/复购' },
    fragments: ['留存', '复购', '回访', '老客', 'retention', 'repurchase', 'returning', 'loyalty'],
    actions: [
      {
        id: 'retention.tiers',
        text: {
          en: 'Tier your customers and reward repeat/VIP buyers with targeted coupons and store privileges.',
          zh: '给客户分层，用定向券和店铺权益回馈复购/VIP 买家。',
        },
      },
      {
        id: 'retention.recall',
        text: {
          en: 'Recall lapsed buyers by email, in-site message and buyer chat before each sale.',
          zh: '每次大促前通过邮件、站内信和买家聊天召回流失客户。',
        },
      },
    ],
  },
  {
    id: 'service',
    label: { en: 'Service', zh: '客服能力' },
    fragments: ['客服', '服务', 'service'],
    actions: [
      {
        id: 'service.scripts',
        text: {
          en: 'Set auto-replies and reply templates per product and buyer type.',
          zh: '按商品和买家类型设置自动回复和话术模板。',
        },
      },
      {
        id: 'service.after-sales',
        text: {
          en: 'Send after-sales cards and follow up every order to earn positive reviews.',
          zh: '发送售后卡片并跟进每笔订单，争取好评。',
        },
      },
    ],
  },
  {
    id: 'logistics',
    label: { en: 'Logistics', zh: '物流能力' },
    fragments: ['物流', '发货', '履约', 'logistic', 'shipping', 'fulfil', 'delivery'],
    actions: [
      {
        id: 'logistics.dispatch',
        text: {
          en: 'Dispatch fast and send shipping notices; tune the warehouse process before a sale.',
          zh: '快速发货并发送物流通知；大促前优化仓库流程。',
        },
      },
      {
        id: 'logistics.overseas',
        text: {
          en: 'Stock hero items in overseas warehouses.',
          zh: '主打爆款备货到海外仓。',
        },
      },
    ],
  },
];

/**
 * Indicator-level actions, tried before the dimension's. Order matters: the
 * first entry whose fragment appears in the indicator name wins, so the more
 * specific names come first (e.g. dispute before product).
 */
export const CAPABILITY_INDICATORS: readonly IndicatorEntry[] = [
  {
    id: 'dispute',
    dimension: 'product',
    fragments: ['纠纷', '未收到', 'dispute', 'not received'],
    actions: [
      {
        id: 'indicator.dispute',
        text: {
          en: 'Cut not-received disputes: check descriptions against the goods and ship with tracked, reliable lines.',
          zh: '降低未收到货纠纷：核对描述与实物，使用可追踪、稳定的物流线路。',
        },
      },
    ],
  },
  {
    id: 'movement',
    dimension: 'product',
    fragments: ['动销', 'movement', 'sell-through', 'zero-sale'],
    actions: [
      {
        id: 'indicator.movement',
        text: {
          en: 'Raise the movement rate: refresh titles and prices of idle listings or delist them.',
          zh: '提升动销率：优化闲置商品的标题和价格，或将其下架。',
        },
      },
    ],
  },
  {
    id: 'hit-count',
    dimension: 'product',
    fragments: ['爆品', '爆款', 'hit item', 'hit-item', 'hits'],
    actions: [
      {
        id: 'indicator.hit-count',
        text: {
          en: 'Keep incubating potential hits: each listing is a traffic entrance.',
          zh: '持续孵化潜爆款：每个商品都是一个流量入口。',
        },
      },
    ],
  },
  {
    id: 'listing-count',
    dimension: 'product',
    fragments: ['商品数', '在线商品', 'listing count', 'listings'],
    actions: [
      {
        id: 'indicator.listing-count',
        text: {
          en: 'Publish more listings in categories that already sell: each listing is a traffic entrance.',
          zh: '在已出单的类目多发布商品：每个商品都是一个流量入口。',
        },
      },
    ],
  },
  {
    id: 'search',
    dimension: 'traffic',
    fragments: ['搜索', 'search'],
    actions: [
      {
        id: 'indicator.search',
        text: {
          en: 'Improve search traffic: put the top-exposure words of the keyword report into titles and attributes.',
          zh: '提升搜索流量：把关键词报表中曝光最高的词放进标题和属性。',
        },
      },
    ],
  },
  {
    id: 'paid',
    dimension: 'traffic',
    fragments: ['直通车', '付费', '推广', '联盟', 'paid', 'ppc', 'affiliate', 'advert'],
    actions: [
      {
        id: 'indicator.paid',
        text: {
          en: 'Rework paid promotion: PPC product layout, keywords and budget; double affiliate commission on hero items.',
          zh: '调整付费推广：直通车的商品布局、关键词和预算；主打爆款联盟佣金翻倍。',
        },
      },
    ],
  },
  {
    id: 'activity',
    dimension: 'traffic',
    fragments: ['活动', 'activity', 'campaign', 'flash'],
    actions: [
      {
        id: 'indicator.activity',
        text: {
          en: 'Register activity channels: Flash Deals, group buy, country channels and the main campaigns.',
          zh: '报名活动渠道：Flash Deals、团购、国家频道和平台大促。',
        },
      },
    ],
  },
  {
    id: 'cart-wishlist',
    dimension: 'conversion',
    fragments: ['加购', '收藏', 'cart', 'wishlist'],
    actions: [
      {
        id: 'indicator.cart-wishlist',
        text: {
          en: 'Build add-to-cart and wishlist: buyer chat batch sends, email, feed posts and claimable coupons.',
          zh: '提升加购收藏：买家聊天群发、邮件、Feed 帖子和可领取的优惠券。',
        },
      },
    ],
  },
  {
    id: 'guided',
    dimension: 'conversion',
    fragments: ['人均', '访问深度', '浏览深度', '件数', 'per visitor', 'depth', 'per buyer'],
    actions: [
      {
        id: 'indicator.guided',
        text: {
          en: 'Guide shoppers further: related items, bundles and "best sellers / new" modules in product details.',
          zh: '加强导购：详情页加入关联商品、搭配套餐和“热销/新品”模块。',
        },
      },
    ],
  },
  {
    id: 'inquiry',
    dimension: 'service',
    fragments: ['询盘', '咨询', 'inquiry', 'enquiry'],
    actions: [
      {
        id: 'indicator.inquiry',
        text: {
          en: 'Convert more inquiries: reply templates per product and buyer type, with product cards in chat.',
          zh: '提升询盘转化：按商品和买家类型准备话术，在聊天中发送商品卡片。',
        },
      },
    ],
  },
  {
    id: 'response',
    dimension: 'service',
    fragments: ['响应', '回复', 'response', 'reply'],
    actions: [
      {
        id: 'indicator.response',
        text: {
          en: 'Answer faster: auto-replies, scripts and staffing for peak hours.',
          zh: '加快响应：设置自动回复、话术，并为高峰时段安排人手。',
        },
      },
    ],
  },
  {
    id: 'review',
    dimension: 'service',
    fragments: ['好评', '评价', 'review', 'rating', 'feedback'],
    actions: [
      {
        id: 'indicator.review',
        text: {
          en: 'Raise the positive review rate: after-sales cards, quick issue handling, a reviews base on new listings.',
          zh: '提升好评率：售后卡片、快速处理问题，为新品积累评价基础。',
        },
      },
    ],
  },
];

/** When neither the indicator nor the dimension is known: the playbook's general rule. */
export const FALLBACK_ACTION: PlaybookAction = {
  id: 'fix-weakest',
  text: {
    en: 'Fix what is weakest first: compare with the category excellent stores and close this gap before others.',
    zh: '先补最弱项：对照同行优秀店铺，优先缩小这一差距。',
  },
};

/** Overall tiers, best first (the platform's own tier names differ per category and year). */
export type CapabilityTier = 'top' | 'middle' | 'developing' | 'starting';
export const CAPABILITY_TIER_LABELS: Record<CapabilityTier, Bilingual> = {
  top: { en: 'Top tier', zh: '头部' },
  middle: { en: 'Middle tier', zh: '腰部' },
  developing: { en: 'Developing', zh: '成长' },
  starting: { en: 'Starting', zh: '起步' },
};

export type CapabilityLevel = 'below' | 'average' | 'excellent';
export const CAPABILITY_LEVEL_LABELS: Record<CapabilityLevel | 'unknown', Bilingual> = {
  below: { en: 'Below average', zh: '低于同行平均' },
  average: { en: 'Average', zh: '达到同行平均' },
  excellent: { en: 'Excellent', zh: '达到同行优秀' },
  unknown: { en: 'No peer figures', zh: '无同行数据' },
};
