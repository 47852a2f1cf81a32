// Alibaba.com campaigns’ checklists (docs/ADVICE.md#promo-phases); ids never change
// (utils/engines/data/checklistAreas.ts says why).

import { rows, type ChecklistItem } from './checklistAreas';

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

export const ALIBABA_CHECKLIST: readonly ChecklistItem[] = [...ALI9];
