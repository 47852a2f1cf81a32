import type { Site } from '../../types';

// docs/ADVICE.md#titles "Keywords and titles": title length limits per site. Defaults the
// seller can edit per site on the options page, which imports this table.
// AliExpress and Alibaba.com count characters; Taobao/Tmall counts bytes, a
// Chinese character taking two (60 bytes = 30 Chinese characters).

export type TitleUnit = 'chars' | 'bytes';

export interface TitleLimit {
  limit: number;
  unit: TitleUnit;
}

export const TITLE_LIMITS: Record<Site, TitleLimit> = {
  aliexpress: { limit: 128, unit: 'chars' },
  taobao: { limit: 60, unit: 'bytes' },
  alibaba: { limit: 128, unit: 'chars' },
};

/**
 * How the title engine applies docs/ADVICE.md#titles. The bank sizes are the playbook's
 * ("top 20 search terms by exposure … 30-40 when the title needs many words");
 * the edit caps encode "change a title a little at a time; never rewrite it
 * whole" and are our defaults, not playbook numbers.
 */
export interface TitleRules {
  /** Terms taken into the word bank, by exposure (docs/ADVICE.md#titles: top 20). */
  bankTerms: number;
  /** Terms taken when the title is short and needs many words (docs/ADVICE.md#titles: 30-40). */
  bankTermsShort: number;
  /** A title using less than this share of its limit is "short". */
  shortTitleShare: number;
  /** At most this many words added in one suggestion (no keyword stuffing). */
  maxAdditions: number;
  /** At most this many non-converting words dropped in one suggestion (small edits). */
  maxDrops: number;
  /**
   * A title word is judged "no conversion" only when the terms containing it
   * had at least this much exposure: a handful of impressions proves nothing.
   */
  dropMinExposure: number;
  /**
   * With Taobao's title-word report: a word whose search visitors paid
   * nothing is judged "no conversion" only from this many visitors on. A word
   * with no search visitors at all is dropped whatever this says.
   */
  dropMinSearchVisitors: number;
  /** At most this many hot words proposed as custom attributes. */
  maxAttributes: number;
}

export const TITLE_RULES: TitleRules = {
  bankTerms: 20,
  bankTermsShort: 40,
  shortTitleShare: 0.6,
  maxAdditions: 3,
  maxDrops: 2,
  dropMinExposure: 100,
  dropMinSearchVisitors: 30,
  maxAttributes: 5,
};

/**
 * Weights of the title score (0..100) and its top hint, for the listing badge
 * and sorting. Our defaults: docs/ADVICE.md#titles ranks imprecise keywords as the costly
 * fault ("an imprecise title costs exposure"), so missing exposure weighs most.
 */
export interface TitleScoreWeights {
  overLimit: number;
  /** Full penalty when the title uses none of its limit, scaled down to 0 at the short share. */
  short: number;
  perDuplicate: number;
  maxDuplicates: number;
  /** Multiplied by the share of bank exposure the title misses. */
  missingExposure: number;
  perDrop: number;
  maxDrops: number;
}

export const TITLE_SCORE_WEIGHTS: TitleScoreWeights = {
  overLimit: 30,
  short: 15,
  perDuplicate: 5,
  maxDuplicates: 20,
  missingExposure: 35,
  perDrop: 5,
  maxDrops: 15,
};
