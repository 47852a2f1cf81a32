import type { Bilingual } from '../types';

// docs/ADVICE.md#titles "When a listing's exposure is low or falls several days in a row,
// check in order: …". The fall thresholds are our defaults for "several days"
// and "sharply" (the playbook gives no number); the checklist order is the
// playbook's.

export interface ExposureWatchRules {
  /** Day-over-day falls in a row that trigger the checklist ("several days in a row"). */
  fallDays: number;
  /** A latest day at or below (1 - share) of the prior average is a sharp drop. */
  sharpDropShare: number;
  /** Days before the latest one averaged for the sharp-drop comparison. */
  priorDays: number;
  /** Below this prior average exposure a drop is noise, not a signal. */
  minPriorAverage: number;
}

export const EXPOSURE_WATCH_RULES: ExposureWatchRules = {
  fallDays: 3,
  sharpDropShare: 0.4,
  priorDays: 7,
  minPriorAverage: 20,
};

export type DiagnosisId =
  | 'violations'
  | 'lowConversion'
  | 'saturatedFollowSell'
  | 'titleKeywords'
  | 'hotAttributes'
  | 'noPromotion'
  | 'competitorOutranks';

export interface DiagnosisItem {
  id: DiagnosisId;
  title: Bilingual;
  check: Bilingual;
}

/** docs/ADVICE.md#titles, in the playbook's order: check the first item first. */
export const EXPOSURE_DIAGNOSIS: readonly DiagnosisItem[] = [
  {
    id: 'violations',
    title: { en: 'Violations and penalties', zh: '违规与处罚' },
    check: {
      en: 'Look for search demotion, quality-score deductions or IP complaints against this listing.',
      zh: '检查该商品是否被搜索降权、扣分或有知识产权投诉。',
    },
  },
  {
    id: 'lowConversion',
    title: { en: 'Low conversion or no sales', zh: '转化低或无销量' },
    check: {
      en: 'Compare its conversion with the store average; a listing that stops selling loses ranking.',
      zh: '对比店铺平均转化率；不出单的商品排名会下降。',
    },
  },
  {
    id: 'saturatedFollowSell',
    title: { en: 'Follow-sold item in a saturated market', zh: '跟卖商品且市场饱和' },
    check: {
      en: 'If many sellers list the same item, differentiate it or move effort to another listing.',
      zh: '若同款卖家众多，做出差异化或把精力转向其他商品。',
    },
  },
  {
    id: 'titleKeywords',
    title: { en: 'Imprecise title keywords', zh: '标题关键词不精准' },
    check: {
      en: 'Compare the title with the top search terms of its keyword report (title advice).',
      zh: '用关键词报表中的热搜词对照标题（见标题建议）。',
    },
  },
  {
    id: 'hotAttributes',
    title: { en: 'Missing hot attributes', zh: '缺少热搜属性' },
    check: {
      en: 'Fill in hot-search attribute words, as custom attributes where the title has no room.',
      zh: '补全热搜属性词，标题放不下的放入自定义属性。',
    },
  },
  {
    id: 'noPromotion',
    title: { en: 'No promotions', zh: '没有营销活动' },
    check: {
      en: 'Register the listing in a platform campaign or a store discount.',
      zh: '为该商品报名平台活动或设置店铺折扣。',
    },
  },
  {
    id: 'competitorOutranks',
    title: { en: 'A competitor outranks it on the core keyword', zh: '核心词被竞品超越' },
    check: {
      en: 'Search the core keyword and see who now ranks above this listing, and why (price, sales, reviews).',
      zh: '搜索核心词，看谁排在前面以及原因（价格、销量、评价）。',
    },
  },
];
