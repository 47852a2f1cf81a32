// Per-phase checklists: docs/ADVICE.md#promo-phases "Promo phases and checklists" as data.
// Each item's id is `${set}.${phase}.${area}.${slug}` written out in full and
// never derived from its text, so ticked items survive wording edits and
// template changes (progress is stored as a set of ids). Never rename an id;
// retire it and add a new one.

import type { Bilingual, PhaseId } from '../types';
import type { ChecklistSetId } from './campaigns';

/**
 * Areas of the AliExpress plan (docs/ADVICE.md#promo-phases AliExpress 11.11) and the five
 * boards of the Alibaba.com September festival (docs/ADVICE.md#promo-phases Alibaba.com).
 */
export type ChecklistArea =
  | 'operations'
  | 'product'
  | 'traffic'
  | 'marketing'
  | 'visual'
  | 'logistics-service'
  | 'returning-buyers'
  | 'communication'
  | 'promo-marketing'
  | 'followers'
  | 'data-promo';

/** Alibaba.com: every board has tasks for operations staff, sales staff and the boss. */
export type ChecklistRole = 'ops' | 'sales' | 'boss';

export interface ChecklistItem {
  id: string;
  set: ChecklistSetId;
  phase: PhaseId;
  area: ChecklistArea;
  /** Traffic items: on-site (search, PPC, affiliate) or off-site (social, influencers). */
  channel?: 'onsite' | 'offsite';
  role?: ChecklistRole;
  text: Bilingual;
}

export const AREA_LABELS: Record<ChecklistArea, Bilingual> = {
  operations: { en: 'Operations', zh: '整体运营' },
  product: { en: 'Product', zh: '产品' },
  traffic: { en: 'Traffic', zh: '流量' },
  marketing: { en: 'Marketing', zh: '营销' },
  visual: { en: 'Visual', zh: '视觉' },
  'logistics-service': { en: 'Logistics & service', zh: '物流与服务' },
  'returning-buyers': { en: 'Returning-buyer marketing', zh: '老客营销' },
  communication: { en: 'Communication', zh: '沟通' },
  'promo-marketing': { en: 'Promo marketing', zh: '大促营销' },
  followers: { en: 'Follower contest', zh: '粉丝赛' },
  'data-promo': { en: 'Data-guided promo', zh: '数据化大促' },
};

export const ROLE_LABELS: Record<ChecklistRole, Bilingual> = {
  ops: { en: 'Operations staff', zh: '运营' },
  sales: { en: 'Sales staff', zh: '业务员' },
  boss: { en: 'Boss', zh: '老板' },
};

type Row = [
  id: string,
  area: ChecklistArea,
  en: string,
  zh: string,
  extra?: { channel?: 'onsite' | 'offsite'; role?: ChecklistRole },
];

function rows(set: ChecklistSetId, phase: PhaseId, list: readonly Row[]): ChecklistItem[] {
  return list.map(([id, area, en, zh, extra]) => ({
    id,
    set,
    phase,
    area,
    ...(extra?.channel ? { channel: extra.channel } : {}),
    ...(extra?.role ? { role: extra.role } : {}),
    text: { en, zh },
  }));
}

const ON = { channel: 'onsite' } as const;
const OFF = { channel: 'offsite' } as const;

// docs/ADVICE.md#promo-phases AliExpress 11.11 (the seed article's 2020 plan, area by area).
const AE1111: ChecklistItem[] = [
  ...rows('ae1111', 'momentum', [
    [
      'ae1111.momentum.operations.register',
      'operations',
      'Register platform campaigns and store discounts',
      '报名平台活动与店铺大促单品折扣',
    ],
    [
      'ae1111.momentum.operations.headline-benefit',
      'operations',
      'Decide the headline benefit',
      '确认核心利益点',
    ],
    [
      'ae1111.momentum.operations.kickoff',
      'operations',
      'Hold the kick-off meeting',
      '召开全员动员大会',
    ],
    [
      'ae1111.momentum.operations.monitoring',
      'operations',
      'Set up data monitoring and adjust as you go',
      '设置数据监控,随时调整策略',
    ],
    [
      'ae1111.momentum.operations.traffic-plan',
      'operations',
      'Plan traffic channels by stage',
      '引流渠道阶段性布局',
    ],
    [
      'ae1111.momentum.product.assign-roles',
      'product',
      'Assign product roles: hero, activity, volume, clearance',
      '产品分级:主打爆款、活动单品、冲量单品、清仓单品',
    ],
    [
      'ae1111.momentum.product.register-by-role',
      'product',
      'Register each role in its channel (hero in top venues, activity in Flash Deals, volume and clearance in store discounts)',
      '按分级报名渠道(爆款报主会场,活动单品报Flash Deals,冲量与清仓报店铺折扣)',
    ],
    [
      'ae1111.momentum.product.threshold-price',
      'product',
      'Check each item against the registration threshold price',
      '核对报名门槛价',
    ],
    [
      'ae1111.momentum.product.stock-rules',
      'product',
      'Check the stock rule of your category (lowest-priced SKU or sum of all SKUs)',
      '核对类目库存校验规则(最低价SKU或全部SKU总和)',
    ],
    [
      'ae1111.momentum.traffic.sales-reviews-base',
      'traffic',
      'Build a base of sales, reviews, carts and wishlists',
      '积累基础销量、好评、收藏加购',
      ON,
    ],
    [
      'ae1111.momentum.traffic.search-words',
      'traffic',
      'Optimise search: core words and attribute words',
      '优化搜索流量:核心词、属性词',
      ON,
    ],
    [
      'ae1111.momentum.traffic.ppc-setup',
      'traffic',
      'Set up PPC ads: product layout, keywords, budget',
      '直通车调试:产品布局、关键词、预算',
      ON,
    ],
    [
      'ae1111.momentum.traffic.affiliate',
      'traffic',
      'Affiliate: swap products, raise commission (double the category rate for hero items)',
      '联盟:产品汰换,佣金翻倍(主推款提高佣金)',
      ON,
    ],
    [
      'ae1111.momentum.traffic.offsite-content',
      'traffic',
      'Off-site: settle social content, samples, price and discount depth',
      '站外:确认社交推广内容、样品、价格、优惠力度',
      OFF,
    ],
    [
      'ae1111.momentum.marketing.platform-events',
      'marketing',
      'Keep registering Flash Deals, group buy and coupons',
      '持续报名Flash Deals、拼团、购物券',
    ],
    [
      'ae1111.momentum.marketing.store-events',
      'marketing',
      'Set store events: full-reduction, coupons, bundles',
      '店铺活动:满减、优惠券、搭配活动',
    ],
    [
      'ae1111.momentum.marketing.feed-follow',
      'marketing',
      'Post in the feed; run follow-gift events',
      'FEED发帖,关注有礼活动',
    ],
    ['ae1111.momentum.visual.theme-pages', 'visual', 'Design theme pages', '专题页面规划'],
    [
      'ae1111.momentum.visual.posters',
      'visual',
      'Make posters and benefit visuals',
      '长图海报与利益点视觉',
    ],
    [
      'ae1111.momentum.visual.live-video',
      'visual',
      'Prepare livestream and short-video material',
      '直播与短视频素材',
    ],
    [
      'ae1111.momentum.logistics-service.reach-members',
      'logistics-service',
      'Reach members and fans (SMS, email, feed, off-site)',
      '触达会员及粉丝(短信、邮件、FEED、站外)',
    ],
    [
      'ae1111.momentum.logistics-service.warehouse',
      'logistics-service',
      'Stock count, staffing, warehouse stress test',
      '库存盘点、人员安排、仓储压力测试',
    ],
    [
      'ae1111.momentum.logistics-service.overseas-stock',
      'logistics-service',
      'Stock hero items in overseas warehouses',
      '主推款入海外仓',
    ],
  ]),
  ...rows('ae1111', 'warmup', [
    [
      'ae1111.warmup.operations.review-momentum',
      'operations',
      'Review momentum data: carts and wishlists, coupons claimed, feedback, core item traffic',
      '复盘造势期数据:收藏加购、优惠券领取、客户反馈、核心商品流量',
    ],
    [
      'ae1111.warmup.operations.shift-budget',
      'operations',
      'Put more into the channels that convert',
      '加大高转化渠道投入',
    ],
    [
      'ae1111.warmup.product.cart-wishlist',
      'product',
      'If carts and wishlists are below target: buyer chat batch sends, email, feed, social accounts',
      '加购收藏不达预期:买家会话批量发送、邮件、FEED、站外社交账号',
    ],
    [
      'ae1111.warmup.traffic.paid-boost',
      'traffic',
      'More paid traffic: PPC and affiliate',
      '加大付费流量:直通车、联盟',
      ON,
    ],
    [
      'ae1111.warmup.traffic.livestreams',
      'traffic',
      'More livestreams to build carts and wishlists',
      '提高直播频率,召唤加购收藏',
      ON,
    ],
    [
      'ae1111.warmup.traffic.offsite-boost',
      'traffic',
      'Off-site: affiliate, Facebook, VK, YouTube',
      '站外:联盟、FB、VK、YouTube',
      OFF,
    ],
    [
      'ae1111.warmup.marketing.reach-returning',
      'marketing',
      'Reach returning buyers: messages, email, targeted coupons',
      '多方位触达老客:信息、邮件、定向优惠券',
    ],
    [
      'ae1111.warmup.visual.event-pages',
      'visual',
      'Polish the core event pages',
      '优化核心活动页面',
    ],
    [
      'ae1111.warmup.visual.sold-out-badges',
      'visual',
      'Prepare sold-out badges and benefit visuals',
      '准备售罄标识,优化利益点视觉',
    ],
    [
      'ae1111.warmup.visual.related-items',
      'visual',
      'Polish related-item visuals',
      '优化关联推荐视觉',
    ],
    [
      'ae1111.warmup.logistics-service.auto-replies',
      'logistics-service',
      'Set auto-replies and service scripts',
      '设置自动回复,优化客服话术',
    ],
    [
      'ae1111.warmup.logistics-service.warehouse-process',
      'logistics-service',
      'Tune the warehouse process',
      '仓储流程优化',
    ],
  ]),
  ...rows('ae1111', 'burst', [
    [
      'ae1111.burst.operations.war-room',
      'operations',
      'Run a war room with live data monitoring',
      '冲刺动员,实时数据监控',
    ],
    ['ae1111.burst.operations.stock-sync', 'operations', 'Keep stock in sync', '库存同步'],
    [
      'ae1111.burst.product.restock',
      'product',
      'Restock at half sold or on a sales spike',
      '库存销售过半或销量激增时补货',
    ],
    [
      'ae1111.burst.product.monitor-heroes',
      'product',
      'Monitor hero items: views, conversion, carts, reviews',
      '监控主打款:浏览、转化、加购、评价',
    ],
    [
      'ae1111.burst.traffic.ppc-raise',
      'traffic',
      'Raise PPC budget and bids',
      '提升直通车预算和出价',
      ON,
    ],
    [
      'ae1111.burst.traffic.more-livestreams',
      'traffic',
      'More and longer livestreams',
      '增加直播场次和时长',
      ON,
    ],
    [
      'ae1111.burst.traffic.promo-codes',
      'traffic',
      'Influencer promo codes',
      '网红站外推广发放PROMO CODE',
      OFF,
    ],
    [
      'ae1111.burst.marketing.big-coupons',
      'marketing',
      'Limited big coupons on the day',
      '当天大额优惠券限量',
    ],
    [
      'ae1111.burst.marketing.crm-pushes',
      'marketing',
      'Three CRM pushes: targeted coupons, email, buyer chat',
      'CRM老客三次推送:定向券、邮件、买家会话',
    ],
    [
      'ae1111.burst.marketing.chase-abandoners',
      'marketing',
      'Chase cart-abandoners and unpaid orders',
      '针对加购未下单、下单未付款定向营销',
    ],
    ['ae1111.burst.visual.offsite-material', 'visual', 'Top up off-site material', '站外素材补充'],
    [
      'ae1111.burst.logistics-service.notices',
      'logistics-service',
      'Payment reminders, low-stock and shipping notices',
      '催付提醒、库存告急提示、发货提醒',
    ],
    [
      'ae1111.burst.logistics-service.fast-dispatch',
      'logistics-service',
      'Fast dispatch',
      '急速出库',
    ],
  ]),
  ...rows('ae1111', 'review', [
    [
      'ae1111.review.operations.goal-completion',
      'operations',
      'Goal completion by SKU and sell-through',
      '目标完成率:SKU完成率与售罄率',
    ],
    [
      'ae1111.review.operations.drivers',
      'operations',
      'Drivers: traffic, AOV, conversion',
      '成交驱动分析:流量、客单价、转化',
    ],
    [
      'ae1111.review.operations.profit',
      'operations',
      'Profit: revenue, gross margin, marketing cost, return rate',
      '利润分析:收入、毛利、营销成本、退货率',
    ],
    [
      'ae1111.review.operations.black-friday-plan',
      'operations',
      'Plan Black Friday products and marketing',
      '黑五产品布局及营销计划',
    ],
    [
      'ae1111.review.marketing.targeted-coupons-7d',
      'marketing',
      'Targeted coupons to buyers who carted or wishlisted in the last 7 days',
      '对最近7天加购/收藏的客户发放定向优惠券',
    ],
    [
      'ae1111.review.marketing.return-sessions',
      'marketing',
      'Register return sessions; keep affiliate commission high',
      '报名返场活动,联盟维持高佣金',
    ],
    [
      'ae1111.review.visual.black-friday-visuals',
      'visual',
      'Black Friday visuals: official materials in the sale colours; main image with price, selling point, buy button',
      '黑五视觉:官方物料与大促配色;首图透出价格、卖点、购买按钮',
    ],
    [
      'ae1111.review.logistics-service.fulfilment',
      'logistics-service',
      'Fulfilment: logistics follow-up, shipping reminders, after-sales',
      '物流履约:物流跟进、发货提醒、售后处理',
    ],
    [
      'ae1111.review.logistics-service.service-review',
      'logistics-service',
      'Review customer service performance',
      '客服服务复盘',
    ],
  ]),
];

// docs/ADVICE.md#promo-phases AliExpress 11.11, review: "Black Friday next".
const AEBF: ChecklistItem[] = [
  ...rows('aebf', 'momentum', [
    [
      'aebf.momentum.operations.register-platform',
      'operations',
      'Register platform campaigns, channels and coupons (around Oct 21)',
      '报名平台大型促销、频道及购物券活动(约10月21日)',
    ],
    [
      'aebf.momentum.operations.register-store',
      'operations',
      'Register store sale discounts (around Oct 30)',
      '报名店铺大促单品折扣活动(约10月30日)',
    ],
  ]),
  ...rows('aebf', 'warmup', [
    [
      'aebf.warmup.traffic.budget',
      'traffic',
      'Raise PPC and affiliate budget for Black Friday items',
      '提升直通车和联盟预算,为黑五活动款提升人气和权重',
      ON,
    ],
    [
      'aebf.warmup.traffic.offsite',
      'traffic',
      'Top up off-site traffic: Facebook, VK, YouTube',
      '补充站外流量:FB、VK、YouTube',
      OFF,
    ],
    [
      'aebf.warmup.visual.main-image',
      'visual',
      'Main image shows price, selling point, buy button',
      '首图优化:价格透出、卖点、购买按钮',
    ],
    [
      'aebf.warmup.visual.official-materials',
      'visual',
      'Store decoration with official materials in the sale colours',
      '店铺装修使用官方物料,颜色与大促主题相符',
    ],
  ]),
];

// docs/ADVICE.md#promo-phases AliExpress year: March 28 anniversary, member-tier sale.
const AE328: ChecklistItem[] = [
  ...rows('ae328', 'momentum', [
    [
      'ae328.momentum.marketing.member-prices',
      'marketing',
      'Set member-only prices and perks per member tier',
      '设置会员专享价与分层权益',
    ],
  ]),
  ...rows('ae328', 'warmup', [
    [
      'ae328.warmup.marketing.member-reach',
      'marketing',
      'Tell members about their tier prices (buyer chat, email, feed)',
      '通过买家会话、邮件、FEED告知会员专享价',
    ],
  ]),
];

// docs/ADVICE.md#promo-phases Alibaba.com September procurement festival: five boards, each
// with tasks for operations staff, sales staff and the boss. The playbook
// gives no review tasks; the two review rows close the loop on its targets.
const ALI9: ChecklistItem[] = [
  ...rows('ali9', 'momentum', [
    [
      'ali9.momentum.returning-buyers.tier-customers',
      'returning-buyers',
      'Tier customers in the customer manager and plan a follow-up per tier',
      '在客户通中给客户分层,按层跟进',
      { role: 'sales' },
    ],
    [
      'ali9.momentum.returning-buyers.import-emails',
      'returning-buyers',
      'Import offline buyer emails',
      '导入线下买家邮箱',
      { role: 'sales' },
    ],
    [
      'ali9.momentum.communication.reply-templates',
      'communication',
      'Write reply templates per product and buyer type',
      '按产品和买家类型准备回复模板',
      { role: 'sales' },
    ],
    [
      'ali9.momentum.communication.star-contacts',
      'communication',
      'Star and annotate contacts',
      '联系人星标与备注',
      { role: 'sales' },
    ],
    [
      'ali9.momentum.communication.cards',
      'communication',
      'Set business cards and product cards in chat',
      '设置聊天中的名片与商品卡片',
      { role: 'ops' },
    ],
    [
      'ali9.momentum.promo-marketing.coupon-budget',
      'promo-marketing',
      'Approve the sale coupon budget',
      '审批大促优惠券预算',
      { role: 'boss' },
    ],
    [
      'ali9.momentum.promo-marketing.sale-coupons',
      'promo-marketing',
      'Create sale coupons',
      '创建大促优惠券',
      { role: 'ops' },
    ],
    [
      'ali9.momentum.promo-marketing.detail-modules',
      'promo-marketing',
      'Add marketing modules to product details (bundles, best sellers, new, clearance)',
      '详情页营销模块(搭配、热销、新品、清仓)',
      { role: 'ops' },
    ],
    [
      'ali9.momentum.followers.content-plan',
      'followers',
      'Plan content: new and hit items, factory strength, buyer cases',
      '策划内容:新品爆品、工厂实力、买家案例',
      { role: 'ops' },
    ],
    [
      'ali9.momentum.data-promo.stage-targets',
      'data-promo',
      'Set the three stage targets',
      '制定三个阶段目标',
      { role: 'boss' },
    ],
    [
      'ali9.momentum.data-promo.data-manager',
      'data-promo',
      'Set up the data manager views for the festival',
      '设置数据管家大促看板',
      { role: 'ops' },
    ],
  ]),
  ...rows('ali9', 'warmup', [
    [
      'ali9.warmup.returning-buyers.warmup-edm',
      'returning-buyers',
      'Send the warm-up EDM',
      '发送预热期EDM',
      { role: 'ops' },
    ],
    [
      'ali9.warmup.promo-marketing.visitor-marketing',
      'promo-marketing',
      'Daily visitor marketing',
      '每日访客营销',
      { role: 'sales' },
    ],
    [
      'ali9.warmup.followers.guide-follows',
      'followers',
      'Guide follows in every chat',
      '每次沟通引导关注',
      { role: 'sales' },
    ],
    [
      'ali9.warmup.followers.weekly-cadence',
      'followers',
      'Keep a weekly content cadence',
      '保持每周内容更新节奏',
      { role: 'ops' },
    ],
    [
      'ali9.warmup.data-promo.hot-words',
      'data-promo',
      'Check daily hot words and buyer hot searches',
      '每日查看热词与买家热搜',
      { role: 'ops' },
    ],
  ]),
  ...rows('ali9', 'burst', [
    [
      'ali9.burst.returning-buyers.burst-edm',
      'returning-buyers',
      'Send burst-phase EDMs with early, mid and late themes',
      '爆发期分前中后期主题发送EDM',
      { role: 'ops' },
    ],
    [
      'ali9.burst.returning-buyers.smart-batch',
      'returning-buyers',
      'Smart batch marketing: 20 buyers a day',
      '智能批量营销:每天20个买家',
      { role: 'sales' },
    ],
    [
      'ali9.burst.communication.fast-replies',
      'communication',
      'Answer with the templates and send product cards',
      '使用回复模板并发送商品卡片',
      { role: 'sales' },
    ],
    [
      'ali9.burst.promo-marketing.visitor-marketing',
      'promo-marketing',
      'Keep daily visitor marketing going',
      '坚持每日访客营销',
      { role: 'sales' },
    ],
    [
      'ali9.burst.followers.content',
      'followers',
      'Post the planned content every week',
      '按周发布内容',
      { role: 'ops' },
    ],
    [
      'ali9.burst.data-promo.dark-horse-words',
      'data-promo',
      'Find dark-horse words by country',
      '按国家挖掘黑马词',
      { role: 'ops' },
    ],
    [
      'ali9.burst.data-promo.traffic-sources',
      'data-promo',
      'Check traffic sources per item',
      '查看单品流量来源',
      { role: 'ops' },
    ],
    [
      'ali9.burst.data-promo.stage-check',
      'data-promo',
      'Check progress against the stage targets',
      '对照阶段目标检查进度',
      { role: 'boss' },
    ],
  ]),
  ...rows('ali9', 'review', [
    [
      'ali9.review.data-promo.target-review',
      'data-promo',
      'Review the three stage targets and what drove them',
      '复盘三个阶段目标及驱动因素',
      { role: 'boss' },
    ],
    [
      'ali9.review.returning-buyers.new-buyers',
      'returning-buyers',
      'Tier the festival buyers and plan their follow-up',
      '为采购节新买家分层并安排跟进',
      { role: 'sales' },
    ],
  ]),
];

// docs/ADVICE.md#promo-phases Taobao 11.11 and 12.12.
const TB1111: ChecklistItem[] = [
  ...rows('tb1111', 'momentum', [
    [
      'tb1111.momentum.operations.register-venues',
      'operations',
      'Register for the industry and theme venues and the outer area (opens late September)',
      '报名行业会场、主题会场与外围(9月下旬开启)',
    ],
    [
      'tb1111.momentum.marketing.red-packets',
      'marketing',
      'Plan store red packets and full-reduction tiers to raise AOV and conversion',
      '规划店铺红包与满减档位,提升客单价与转化',
    ],
    [
      'tb1111.momentum.product.outer-items',
      'product',
      'Pick outer items that can be promoted into venues',
      '挑选可晋升会场的外围商品',
    ],
  ]),
  ...rows('tb1111', 'warmup', [
    [
      'tb1111.warmup.marketing.cart-build',
      'marketing',
      'Build carts and wishlists for sale items',
      '为大促商品积累加购收藏',
    ],
    [
      'tb1111.warmup.marketing.full-reduction-check',
      'marketing',
      'Check full-reduction thresholds against your AOV',
      '对照客单价检查满减门槛',
    ],
  ]),
  ...rows('tb1111', 'burst', [
    [
      'tb1111.burst.operations.monitor',
      'operations',
      'Monitor venue items and stock',
      '监控会场商品与库存',
    ],
    [
      'tb1111.burst.marketing.red-packet-reminders',
      'marketing',
      'Remind buyers to use store red packets',
      '提醒买家使用店铺红包',
    ],
  ]),
  ...rows('tb1111', 'review', [
    [
      'tb1111.review.operations.review',
      'operations',
      'Review AOV and conversion against the full-reduction tiers',
      '复盘满减档位下的客单价与转化',
    ],
  ]),
];

// docs/ADVICE.md#promo-phases: "12.12 centres on private-domain operation".
const TB1212: ChecklistItem[] = [
  ...rows('tb1212', 'momentum', [
    [
      'tb1212.momentum.marketing.followers',
      'marketing',
      'Grow followers and fan groups',
      '沉淀粉丝与粉丝群',
    ],
    [
      'tb1212.momentum.marketing.content',
      'marketing',
      'Plan content for followers',
      '规划私域内容',
    ],
  ]),
  ...rows('tb1212', 'warmup', [
    [
      'tb1212.warmup.marketing.groups',
      'marketing',
      'Warm up fan groups with previews and coupons',
      '粉丝群预热:预告与优惠券',
    ],
    ['tb1212.warmup.traffic.livestreams', 'traffic', 'Schedule livestreams', '排期直播', ON],
  ]),
  ...rows('tb1212', 'burst', [
    ['tb1212.burst.traffic.livestreams', 'traffic', 'Run the livestreams', '执行直播', ON],
    [
      'tb1212.burst.marketing.group-pushes',
      'marketing',
      'Push the sale in fan groups',
      '粉丝群推送大促',
    ],
  ]),
  ...rows('tb1212', 'review', [
    [
      'tb1212.review.marketing.followers-review',
      'marketing',
      'Review follower and group growth',
      '复盘粉丝与群增长',
    ],
  ]),
];

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  ...AE1111,
  ...AEBF,
  ...AE328,
  ...ALI9,
  ...TB1111,
  ...TB1212,
];

/**
 * Ids of checklist items that were removed or reworded. Never reuse one: a
 * seller may have it stored as done. Add an id here when its item goes.
 */
export const RETIRED_CHECKLIST_IDS: readonly string[] = [];
