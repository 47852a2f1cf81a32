// Campaign templates: docs/ADVICE.md#promo-phases "Promo phases and checklists" as data.
// Dates change every year, so each phase is a *rule* (a month and day, or an
// offset from a moving anchor such as Black Friday or the Chinese New Year)
// that resolveCampaign() turns into the dates of one edition. Dates the
// playbook states are marked `playbook`; the rest follow the playbook's
// four-phase pattern and are `derived`. Any date that is not a dated source
// for that very year is an estimate the seller should confirm or edit.

import type { Bilingual, PhaseId } from '../types';
import type { Site } from '../../types';
import { PLATFORM_TIME_ZONE } from '../../sites/timeZones';

export type CampaignId =
  | 'aliexpress-1111'
  | 'aliexpress-black-friday'
  | 'aliexpress-328'
  | 'aliexpress-april-new-arrivals'
  | 'aliexpress-may-fashion'
  | 'aliexpress-july-home'
  | 'aliexpress-august-brand-week'
  | 'aliexpress-september-mother-baby'
  | 'aliexpress-december-3c'
  | 'aliexpress-winter-clearance'
  | 'aliexpress-spring-festival'
  | 'alibaba-september'
  | 'taobao-1111'
  | 'taobao-1212';

/** A moving date the playbook ties a campaign to. */
export type DateAnchor = 'black-friday' | 'chinese-new-year';

/**
 * A local date relative to the edition year: a fixed month/day (yearOffset -1
 * for a December start of a January campaign), or days from an anchor.
 */
export type DateRule =
  { month: number; day: number; yearOffset?: number } | { anchor: DateAnchor; offsetDays: number };

/** Where a date comes from: stated in docs/ADVICE.md#promo-phases, or derived from its pattern. */
export type DateBasis = 'playbook' | 'derived';

export interface PhaseRule {
  start: DateRule;
  end: DateRule;
  basis: DateBasis;
}

export type DeadlineKind = 'deadline' | 'opens';

export interface DeadlineRule {
  /** Stable within the campaign; the seller's edits are keyed by it. */
  id: string;
  label: Bilingual;
  kind: DeadlineKind;
  date: DateRule;
  basis: DateBasis;
}

/** Checklist sets of utils/engines/data/checklists.ts. */
export type ChecklistSetId = 'ae1111' | 'aebf' | 'ae328' | 'ali9' | 'tb1111' | 'tb1212';

export interface CampaignTemplate {
  id: CampaignId;
  name: Bilingual;
  platform: Site;
  /** IANA zone the platform announces campaign times in (docs/ADVICE.md#promo-phases). */
  timeZone: string;
  /** The playbook section the template encodes. */
  source: string;
  phases: Record<PhaseId, PhaseRule>;
  /** Platform-specific phase names; PHASE_LABELS otherwise. */
  phaseLabels?: Partial<Record<PhaseId, Bilingual>>;
  deadlines: readonly DeadlineRule[];
  /** Years the `playbook` dates were published for; other years are estimates. */
  sourceYears: readonly number[];
  checklists: readonly ChecklistSetId[];
}

export const AE_TIME_ZONE = PLATFORM_TIME_ZONE.aliexpress;
export const CHINA_TIME_ZONE = PLATFORM_TIME_ZONE.taobao;

/** docs/ADVICE.md#promo-phases: every big sale runs through these four phases. */
export const PHASE_LABELS: Record<PhaseId, Bilingual> = {
  momentum: { en: 'Momentum', zh: '造势期' },
  warmup: { en: 'Warm-up', zh: '预热期' },
  burst: { en: 'Burst', zh: '爆发期' },
  review: { en: 'Review & return', zh: '复盘返场' },
};

/**
 * Words that name a phase in announcements (docs/ADVICE.md#promo-phases: 造势 / 蓄水 / 备战,
 * 预热, 爆发 / 正式, 复盘 / 返场 and the English names). Matched
 * case-insensitively; longer words are tried first.
 */
export const PHASE_WORDS: Record<PhaseId, readonly string[]> = {
  momentum: ['造势', '蓄水', '蓄势', '准备', '备战', 'momentum', 'preparation', 'prep phase'],
  warmup: ['预热', '预售', 'warm-up', 'warm up', 'warmup', 'pre-sale', 'presale'],
  burst: ['爆发', '正式', 'burst', 'official', 'launch', 'main sale', 'main event', 'peak'],
  review: ['复盘', '覆盘', '返场', 'review', 'return', 'encore', 'wrap-up'],
};

/**
 * Words that introduce a registration date in announcements, in Simplified
 * Chinese (Traditional text is folded to Simplified before matching) and
 * English. `window` words name a registration period whose last day is the
 * deadline (报名时间 10月1日-10月20日).
 */
export const DEADLINE_WORDS: Record<'deadline' | 'opens' | 'window', readonly string[]> = {
  deadline: [
    '报名截止',
    '截止报名',
    '报名结束',
    '报名截至',
    'registration closes',
    'registration deadline',
    'registration ends',
    'deadline for registration',
    'sign-up deadline',
    'signup deadline',
    'register by',
    'deadline',
  ],
  opens: [
    '报名开始',
    '开始报名',
    '报名开启',
    '开放报名',
    'registration opens',
    'registration starts',
  ],
  window: [
    '报名时间',
    '报名日期',
    '报名期间',
    'registration period',
    'registration time',
    'registration window',
  ],
};

/** Default lead time of deadline reminders, in days (the UI lets the seller change it). */
export const DEFAULT_REMINDER_LEAD_DAYS = 3;

/** How far the upcoming-deadlines list looks ahead by default, in days. */
export const DEFAULT_DEADLINE_HORIZON_DAYS = 45;

/**
 * Chinese New Year (Spring Festival day 1) by Gregorian year, for the
 * AliExpress Spring Festival "open during holiday" event (docs/ADVICE.md#promo-phases
 * AliExpress year). A table rather than Intl's chinese calendar, which puts
 * 2027 a day late.
 */
export const CHINESE_NEW_YEAR: Readonly<Record<number, string>> = {
  2020: '2020-01-25',
  2021: '2021-02-12',
  2022: '2022-02-01',
  2023: '2023-01-22',
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
  2031: '2031-01-23',
  2032: '2032-02-11',
  2033: '2033-01-31',
  2034: '2034-02-19',
  2035: '2035-02-08',
  2036: '2036-01-28',
  2037: '2037-02-15',
  2038: '2038-02-04',
  2039: '2039-01-24',
  2040: '2040-02-12',
};

const md = (month: number, day: number, yearOffset = 0): DateRule =>
  yearOffset ? { month, day, yearOffset } : { month, day };
const bf = (offsetDays: number): DateRule => ({ anchor: 'black-friday', offsetDays });
const cny = (offsetDays: number): DateRule => ({ anchor: 'chinese-new-year', offsetDays });

/** The AliExpress momentum-phase core task is registration (docs/ADVICE.md#promo-phases AliExpress 11.11). */
const registerBy = (date: DateRule): DeadlineRule => ({
  id: 'register',
  label: {
    en: 'Register platform campaigns and store discounts',
    zh: '报名平台活动与店铺大促单品折扣',
  },
  kind: 'deadline',
  date,
  basis: 'derived',
});

/**
 * A mid-size AliExpress industry sale in `month` (docs/ADVICE.md#promo-phases AliExpress year
 * gives only the month): momentum from the 20th of the month before, a
 * week's warm-up, a week of sale from the 15th, a week of review.
 */
function industrySale(
  id: CampaignId,
  month: number,
  name: Bilingual,
  checklists: readonly ChecklistSetId[] = ['ae1111'],
): CampaignTemplate {
  const prev = month === 1 ? md(12, 20, -1) : md(month - 1, 20);
  return {
    id,
    name,
    platform: 'aliexpress',
    timeZone: AE_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases AliExpress year',
    phases: {
      momentum: { start: prev, end: md(month, 7), basis: 'derived' },
      warmup: { start: md(month, 8), end: md(month, 14), basis: 'derived' },
      burst: { start: md(month, 15), end: md(month, 21), basis: 'derived' },
      review: { start: md(month, 22), end: md(month, 28), basis: 'derived' },
    },
    deadlines: [registerBy(md(month, 7))],
    sourceYears: [],
    checklists,
  };
}

export const CAMPAIGN_TEMPLATES: readonly CampaignTemplate[] = [
  {
    // docs/ADVICE.md#promo-phases AliExpress 11.11, "a recent year's plan": the 2020 plan of
    // a public operations article ("2020速卖通双十一核心运营思路").
    id: 'aliexpress-1111',
    name: { en: 'AliExpress 11.11', zh: '速卖通双十一' },
    platform: 'aliexpress',
    timeZone: AE_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases AliExpress 11.11',
    phases: {
      momentum: { start: md(10, 1), end: md(10, 27), basis: 'playbook' },
      warmup: { start: md(10, 28), end: md(11, 10), basis: 'playbook' },
      burst: { start: md(11, 11), end: md(11, 12), basis: 'playbook' },
      review: { start: md(11, 13), end: md(11, 20), basis: 'playbook' },
    },
    phaseLabels: { burst: { en: 'Burst (official)', zh: '爆发期(正式期)' } },
    deadlines: [registerBy(md(10, 27))],
    sourceYears: [2020],
    checklists: ['ae1111'],
  },
  {
    // docs/ADVICE.md#promo-phases AliExpress 11.11, review phase: "Black Friday next: platform
    // campaign registration around Oct 21, store discount registration around
    // Oct 30". Phases follow the four-phase pattern around Black Friday (the
    // day after the fourth Thursday of November) through Cyber Monday.
    id: 'aliexpress-black-friday',
    name: { en: 'AliExpress Black Friday', zh: '速卖通黑五' },
    platform: 'aliexpress',
    timeZone: AE_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases AliExpress 11.11 (review: Black Friday next)',
    phases: {
      momentum: { start: md(11, 13), end: bf(-8), basis: 'derived' },
      warmup: { start: bf(-7), end: bf(-1), basis: 'derived' },
      burst: { start: bf(0), end: bf(3), basis: 'derived' },
      review: { start: bf(4), end: bf(10), basis: 'derived' },
    },
    deadlines: [
      {
        id: 'platform-campaigns',
        label: {
          en: 'Register platform campaigns, channels and coupons',
          zh: '报名平台大型促销、频道及购物券活动',
        },
        kind: 'deadline',
        date: md(10, 21),
        basis: 'playbook',
      },
      {
        id: 'store-discounts',
        label: { en: 'Register store sale discounts', zh: '报名店铺大促单品折扣活动' },
        kind: 'deadline',
        date: md(10, 30),
        basis: 'playbook',
      },
    ],
    sourceYears: [2020],
    checklists: ['ae1111', 'aebf'],
  },
  {
    // docs/ADVICE.md#promo-phases AliExpress year: "March 28 anniversary (member-tier sale)".
    id: 'aliexpress-328',
    name: { en: 'AliExpress 3.28 anniversary', zh: '速卖通328周年庆' },
    platform: 'aliexpress',
    timeZone: AE_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases AliExpress year',
    phases: {
      momentum: { start: md(3, 1), end: md(3, 17), basis: 'derived' },
      warmup: { start: md(3, 18), end: md(3, 27), basis: 'derived' },
      burst: { start: md(3, 28), end: md(3, 31), basis: 'derived' },
      review: { start: md(4, 1), end: md(4, 7), basis: 'derived' },
    },
    deadlines: [registerBy(md(3, 17))],
    sourceYears: [],
    checklists: ['ae1111', 'ae328'],
  },
  industrySale('aliexpress-april-new-arrivals', 4, {
    en: 'AliExpress April new arrivals',
    zh: '速卖通四月新品节',
  }),
  industrySale('aliexpress-may-fashion', 5, {
    en: 'AliExpress May fashion sale',
    zh: '速卖通五月服饰行业大促',
  }),
  industrySale('aliexpress-july-home', 7, {
    en: 'AliExpress July home sale',
    zh: '速卖通七月家居行业大促',
  }),
  // docs/ADVICE.md#promo-phases AliExpress year: the August brand shopping week is the 11.11 rehearsal.
  industrySale('aliexpress-august-brand-week', 8, {
    en: 'AliExpress August brand week',
    zh: '速卖通八月品牌周',
  }),
  industrySale('aliexpress-september-mother-baby', 9, {
    en: 'AliExpress September mother & baby sale',
    zh: '速卖通九月母婴行业大促',
  }),
  industrySale('aliexpress-december-3c', 12, {
    en: 'AliExpress December consumer electronics (3C) sale',
    zh: '速卖通十二月3C行业大促',
  }),
  industrySale('aliexpress-winter-clearance', 1, {
    en: 'AliExpress winter clearance',
    zh: '速卖通冬季清仓',
  }),
  {
    // docs/ADVICE.md#promo-phases AliExpress year: Spring Festival "open during holiday".
    id: 'aliexpress-spring-festival',
    name: { en: 'AliExpress Spring Festival, open during holiday', zh: '速卖通春节不打烊' },
    platform: 'aliexpress',
    timeZone: AE_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases AliExpress year',
    phases: {
      momentum: { start: cny(-35), end: cny(-15), basis: 'derived' },
      warmup: { start: cny(-14), end: cny(-8), basis: 'derived' },
      burst: { start: cny(-7), end: cny(7), basis: 'derived' },
      review: { start: cny(8), end: cny(15), basis: 'derived' },
    },
    deadlines: [registerBy(cny(-15))],
    sourceYears: [],
    checklists: ['ae1111'],
  },
  {
    // docs/ADVICE.md#promo-phases Alibaba.com September procurement festival: "Preparation
    // Aug 19-25, warm-up Aug 26-Sep 1, burst Sep 2-30"; the review week is derived.
    id: 'alibaba-september',
    name: { en: 'Alibaba.com September procurement festival', zh: '国际站九月采购节' },
    platform: 'alibaba',
    timeZone: CHINA_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases Alibaba.com September procurement festival',
    phases: {
      momentum: { start: md(8, 19), end: md(8, 25), basis: 'playbook' },
      warmup: { start: md(8, 26), end: md(9, 1), basis: 'playbook' },
      burst: { start: md(9, 2), end: md(9, 30), basis: 'playbook' },
      review: { start: md(10, 1), end: md(10, 7), basis: 'derived' },
    },
    phaseLabels: { momentum: { en: 'Preparation', zh: '准备期' } },
    deadlines: [
      {
        id: 'register',
        label: { en: 'Register festival products and coupons', zh: '报名采购节商品与优惠券' },
        kind: 'deadline',
        date: md(8, 25),
        basis: 'derived',
      },
    ],
    sourceYears: [],
    checklists: ['ali9'],
  },
  {
    // docs/ADVICE.md#promo-phases Taobao 11.11 and 12.12: "Venue and outer registration open
    // late September". Phase dates follow the four-phase pattern.
    id: 'taobao-1111',
    name: { en: 'Taobao / Tmall 11.11', zh: '淘宝天猫双十一' },
    platform: 'taobao',
    timeZone: CHINA_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases Taobao 11.11 and 12.12',
    phases: {
      momentum: { start: md(9, 20), end: md(10, 19), basis: 'derived' },
      warmup: { start: md(10, 20), end: md(10, 31), basis: 'derived' },
      burst: { start: md(11, 1), end: md(11, 11), basis: 'derived' },
      review: { start: md(11, 12), end: md(11, 18), basis: 'derived' },
    },
    phaseLabels: { momentum: { en: 'Build-up', zh: '蓄水期' } },
    deadlines: [
      {
        id: 'registration-opens',
        label: { en: 'Venue and outer registration opens', zh: '会场及外围报名开启' },
        kind: 'opens',
        date: md(9, 20),
        basis: 'derived',
      },
    ],
    sourceYears: [],
    checklists: ['tb1111'],
  },
  {
    // docs/ADVICE.md#promo-phases Taobao 11.11 and 12.12: 12.12 centres on private-domain operation.
    id: 'taobao-1212',
    name: { en: 'Taobao / Tmall 12.12', zh: '淘宝天猫双十二' },
    platform: 'taobao',
    timeZone: CHINA_TIME_ZONE,
    source: 'docs/ADVICE.md#promo-phases Taobao 11.11 and 12.12',
    phases: {
      momentum: { start: md(11, 19), end: md(11, 30), basis: 'derived' },
      warmup: { start: md(12, 1), end: md(12, 9), basis: 'derived' },
      burst: { start: md(12, 10), end: md(12, 12), basis: 'derived' },
      review: { start: md(12, 13), end: md(12, 18), basis: 'derived' },
    },
    phaseLabels: { momentum: { en: 'Build-up', zh: '蓄水期' } },
    deadlines: [],
    sourceYears: [],
    checklists: ['tb1212'],
  },
];

/**
 * Words that tie an announcement to a template (used to propose a campaign
 * from an imported article). All of a row's `all` words must appear, and
 * one of `any`.
 */
export const CAMPAIGN_KEYWORDS: readonly {
  id: CampaignId;
  all: readonly string[];
  any: readonly string[];
}[] = [
  { id: 'aliexpress-black-friday', all: [], any: ['黑五', '黑色星期五', 'black friday'] },
  { id: 'aliexpress-328', all: ['速卖通'], any: ['328', '3.28', '周年'] },
  { id: 'aliexpress-328', all: ['aliexpress'], any: ['328', '3.28', 'anniversary'] },
  { id: 'alibaba-september', all: [], any: ['采购节', 'procurement festival', '九月采购'] },
  { id: 'taobao-1212', all: [], any: ['双十二', '双12', '12.12'] },
  { id: 'aliexpress-1111', all: ['速卖通'], any: ['双十一', '双11', '11.11'] },
  { id: 'aliexpress-1111', all: ['aliexpress'], any: ['11.11', 'singles'] },
  { id: 'taobao-1111', all: [], any: ['双十一', '双11', '11.11'] },
];
