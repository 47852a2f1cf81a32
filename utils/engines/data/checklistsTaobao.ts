// Taobao/Tmall campaigns’ checklists (docs/ADVICE.md#promo-phases); ids never change
// (utils/engines/data/checklistAreas.ts says why).

import { rows, ON, type ChecklistItem } from './checklistAreas';

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

export const TAOBAO_CHECKLIST: readonly ChecklistItem[] = [...TB1111, ...TB1212];
