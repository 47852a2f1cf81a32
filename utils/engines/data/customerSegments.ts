import type { Bilingual, PhaseId } from '../types';

// docs/ADVICE.md#customer-segments Customer tiers (会员分层 / CRM): the segments, and for each
// promo phase (docs/ADVICE.md#promo-phases) the action that fits it. "Returning buyers cost about 1/6
// of a new buyer to win, so every promo phase has a returning-buyer action."
// `none` is the everyday action outside any sale. `{days}` is filled with the
// recent-intent window of the thresholds (TIER_THRESHOLDS.customers).

export type SegmentId = 'new' | 'repeat' | 'highValue' | 'lapsed' | 'recentIntent';
export const SEGMENT_IDS: readonly SegmentId[] = [
  'new',
  'repeat',
  'highValue',
  'lapsed',
  'recentIntent',
];

export const SEGMENT_LABELS: Record<SegmentId, Bilingual> = {
  new: { en: 'New buyers', zh: '新客' },
  repeat: { en: 'Repeat / VIP', zh: '复购 / VIP' },
  highValue: { en: 'High value', zh: '高价值' },
  lapsed: { en: 'Lapsed', zh: '流失客户' },
  recentIntent: { en: 'Recent cart / wishlist', zh: '近期加购 / 收藏' },
};

type PhaseKey = PhaseId | 'none';

/** Which segment each phase puts first (the phase's core CRM move in docs/ADVICE.md#promo-phases). */
export const PHASE_FOCUS: Record<PhaseKey, SegmentId> = {
  // Momentum: "reach members and fans (SMS, email, feed, off-site)".
  momentum: 'repeat',
  // Warm-up: "build add-to-cart and wishlist for campaign items".
  warmup: 'recentIntent',
  // Burst: "returning-buyer recall and CRM".
  burst: 'repeat',
  // Review: "targeted coupons to buyers who carted or wishlisted in the last 7 days".
  review: 'recentIntent',
  none: 'lapsed',
};

export const SEGMENT_ACTIONS: Record<SegmentId, Record<PhaseKey, Bilingual>> = {
  new: {
    momentum: {
      en: 'Invite new buyers to follow the store with a follow-gift before the sale.',
      zh: '大促前用关注有礼邀请新客关注店铺。',
    },
    warmup: {
      en: 'Batch-send buyer chat and email so new buyers add campaign items to cart and wishlist.',
      zh: '通过买家聊天群发和邮件，引导新客加购、收藏活动商品。',
    },
    burst: {
      en: 'Three CRM pushes — targeted coupon, email, buyer chat — to bring new buyers back for a second order.',
      zh: '三轮 CRM 触达（定向券、邮件、买家聊天），促成新客二次下单。',
    },
    review: {
      en: 'Send after-sales cards and ask for reviews to turn new buyers into repeat buyers.',
      zh: '发送售后卡片并邀评，把新客转为复购客户。',
    },
    none: {
      en: 'Send an after-sales card and a follow invitation to convert new buyers.',
      zh: '发送售后卡片和关注邀请，转化新客。',
    },
  },
  repeat: {
    momentum: {
      en: 'Reach members and fans by SMS, email, feed and off-site channels to announce the headline benefit.',
      zh: '通过短信、邮件、Feed 和站外渠道触达会员和粉丝，预告大促核心权益。',
    },
    warmup: {
      en: 'Batch-send buyer chat with member-only coupons to build cart and wishlist among repeat buyers.',
      zh: '用会员专享券配合买家聊天群发，提升老客加购和收藏。',
    },
    burst: {
      en: 'Three CRM pushes to repeat buyers: targeted coupons, email, buyer chat.',
      zh: '对复购客户做三轮 CRM 触达：定向券、邮件、买家聊天。',
    },
    review: {
      en: 'Thank repeat buyers with a return-session coupon and after-sales care.',
      zh: '用返场优惠券和售后关怀回馈复购客户。',
    },
    none: {
      en: 'Reward repeat/VIP buyers with store privileges and member-only prices.',
      zh: '用店铺权益和会员专享价回馈复购/VIP 客户。',
    },
  },
  highValue: {
    momentum: {
      en: 'Tell high-value buyers first about the headline benefit and member-only prices.',
      zh: '优先向高价值客户预告核心权益和会员专享价。',
    },
    warmup: {
      en: 'Give high-value buyers a claimable big coupon now so they cart campaign items.',
      zh: '提前向高价值客户发放可领取的大额券，引导加购活动商品。',
    },
    burst: {
      en: 'Send limited big coupons to high-value buyers in the first hours of the burst.',
      zh: '爆发首小时向高价值客户发送限量大额券。',
    },
    review: {
      en: 'Recommend bundles and new arrivals to high-value buyers in the return session.',
      zh: '返场期间向高价值客户推荐搭配套餐和新品。',
    },
    none: {
      en: 'Keep high-value buyers on store privileges and early access to new arrivals.',
      zh: '为高价值客户保留店铺权益和新品优先购。',
    },
  },
  lapsed: {
    momentum: {
      en: 'Recall lapsed buyers by email and SMS with the sale date and a claimable coupon.',
      zh: '通过邮件和短信告知流失客户大促日期，并附可领取优惠券。',
    },
    warmup: {
      en: 'Send lapsed buyers a targeted coupon they can claim before the burst.',
      zh: '向流失客户发放可在爆发前领取的定向券。',
    },
    burst: {
      en: 'Include lapsed buyers in the three CRM pushes with the deepest coupon you can afford.',
      zh: '三轮 CRM 触达覆盖流失客户，使用可承受的最大力度优惠券。',
    },
    review: {
      en: 'Offer lapsed buyers the return session with a targeted coupon.',
      zh: '用定向券邀请流失客户参加返场。',
    },
    none: {
      en: 'Recall lapsed buyers with a targeted coupon by email and in-site message.',
      zh: '通过邮件和站内信发送定向券召回流失客户。',
    },
  },
  recentIntent: {
    momentum: {
      en: 'Note who carts and wishlists now: they are the first to remind when the sale starts.',
      zh: '记录当前加购和收藏的买家：大促开始时优先提醒他们。',
    },
    warmup: {
      en: 'If cart/wishlist is below target: buyer chat batch sends, email, feed and social posts.',
      zh: '加购收藏未达目标时：买家聊天群发、邮件、Feed 和社交媒体帖子。',
    },
    burst: {
      en: 'Chase cart-abandoners and unpaid orders with payment reminders and a limited coupon.',
      zh: '用付款提醒和限时优惠券跟进加购未买和未付款订单。',
    },
    review: {
      en: 'Send targeted coupons to buyers who carted or wishlisted in the last {days} days.',
      zh: '向近 {days} 天加购或收藏的买家发送定向券。',
    },
    none: {
      en: 'Remind buyers who carted or wishlisted recently with a buyer chat message.',
      zh: '通过买家聊天提醒近期加购或收藏的买家。',
    },
  },
};
