// AliExpress campaigns’ checklists (docs/ADVICE.md#promo-phases); ids never change
// (utils/engines/data/checklistAreas.ts says why).

import { rows, ON, OFF, type ChecklistItem } from './checklistAreas';

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

export const ALIEXPRESS_CHECKLIST: readonly ChecklistItem[] = [...AE1111, ...AEBF, ...AE328];
