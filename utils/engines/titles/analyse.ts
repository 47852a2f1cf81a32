import type { KeywordRow, Site, TitleWordRow } from '../../types';
import {
  TITLE_LIMITS,
  TITLE_RULES,
  TITLE_SCORE_WEIGHTS,
  type TitleLimit,
  type TitleRules,
  type TitleScoreWeights,
  type TitleUnit,
} from '../data/titleLimits';
import type { Bilingual, ConfidenceNote } from '../types';
import { measureTitle, truncateToLimit } from './measure';
import {
  convertingForm,
  indexKeywords,
  statsForTitleWord,
  wordBank,
  type WordStats,
} from './wordBank';
import { isBareUnit, isCjk, makeDictionary, segmentWords, type Word } from './words';

// docs/ADVICE.md#titles "Keywords and titles": measure a title in its site's unit, find
// repeated words, compare it with the product's search words and propose a
// small edit. Pure: the caller passes the keyword rows and, when the seller has
// edited them, the limit and rules.

export interface TitleOptions {
  /** Overrides the site's default limit (the seller's setting). */
  limit?: TitleLimit;
  rules?: Partial<TitleRules>;
  weights?: Partial<TitleScoreWeights>;
  /**
   * Word-bank words the seller chose to add although the rules skipped them
   * (no orders over the period, past the number of additions). They still
   * have to fit the limit and not repeat a word.
   */
  include?: readonly string[];
  /**
   * The seller's own per-word traffic (Taobao's title-word report): when a
   * title word is in it, "words to drop" follows its search visitors and
   * conversion rather than the keyword report.
   */
  titleWords?: readonly Pick<TitleWordRow, 'word' | 'searchVisitors' | 'payRate'>[];
}

/**
 * What the suggestion did with a word of the bank ("show the whole word
 * bank", docs/ADVICE.md): already in the title, added, dropped from the
 * title, or not added and why.
 */
export type WordDecisionKind =
  'inTitle' | 'added' | 'dropped' | 'noOrders' | 'noRoom' | 'wouldRepeat' | 'unit' | 'noExposure';

export interface WordDecision extends WordNumbers {
  word: string;
  decision: WordDecisionKind;
  /** The seller can add it with one click (no orders, or no room left for additions). */
  canAdd: boolean;
}

/** The numbers behind a change or a word. */
export interface WordNumbers {
  exposure: number;
  clicks: number;
  orders: number;
  /** Search terms containing the word. */
  terms: number;
  /** Search visitors the word brought (title-word report); 0 when the report lists it without traffic. */
  searchVisitors?: number;
}

export interface Duplicate {
  word: string;
  count: number;
}

export interface AddWord extends WordNumbers {
  word: string;
}

export interface DropWord extends WordNumbers {
  word: string;
  reason: Bilingual;
}

export type ChangeKind = 'removeDuplicate' | 'drop' | 'trim' | 'truncate' | 'add';

export interface TitleChange {
  kind: ChangeKind;
  word: string;
  reason: Bilingual;
  numbers?: WordNumbers;
}

export interface Opportunity {
  /** Exposure of search words the title misses (the add list). */
  missingExposure: number;
  /** Exposure of title words past the limit, which the platform cuts or rejects. */
  overLimitExposure: number;
  duplicates: number;
  /** missingExposure + overLimitExposure: sort listings by this, highest first. */
  exposure: number;
}

export interface TitleAnalysis {
  site: Site;
  title: string;
  length: number;
  limit: number;
  unit: TitleUnit;
  overLimit: boolean;
  /** The words of the title, in order (Chinese segmented). */
  words: string[];
  duplicates: Duplicate[];
  /** The word bank: words of the top search terms, highest exposure first. */
  wordBank: AddWord[];
  add: AddWord[];
  drop: DropWord[];
  /** Title words whose search terms brought orders: kept by every suggestion. */
  converting: string[];
  /** Hot words that did not fit the suggestion: put them in the listing's custom attributes. */
  attributes: AddWord[];
  /** Every word of the bank, highest exposure first, with what the suggestion did with it. */
  decisions: WordDecision[];
  suggestion: string;
  suggestionLength: number;
  /** The suggestion's words, in order. */
  suggestionWords: string[];
  changes: TitleChange[];
  score: number;
  hint: Bilingual;
  opportunity: Opportunity;
  confidence: ConfidenceNote[];
}

const numbersOf = (s: WordStats): WordNumbers => ({
  exposure: s.exposure,
  clicks: s.clicks,
  orders: s.orders,
  terms: s.terms,
});

interface Slot {
  word: Word;
  stats: WordStats;
  /** Text between the previous word and this one. */
  before: string;
  kept: boolean;
}

const hasPunctuation = (sep: string) => sep.trim().length > 0;

/** Renders the kept words with the original separators, then the added words. */
function render(
  slots: readonly Slot[],
  lead: string,
  trailing: string,
  added: readonly string[],
  cjkJoiner: string,
): string {
  let out = lead;
  let lastKept: Slot | undefined;
  // The last punctuation (a comma, a slash) that stood between two kept words.
  let punctuation: string | undefined;
  for (const slot of slots) {
    if (lastKept && hasPunctuation(slot.before)) punctuation = slot.before;
    if (!slot.kept) continue;
    if (lastKept) {
      let sep = punctuation ?? slot.before;
      if (sep === '' && !lastKept.word.cjk && !slot.word.cjk) sep = ' ';
      out += sep;
    }
    out += slot.word.text;
    lastKept = slot;
    punctuation = undefined;
  }
  out += lastKept ? trailing : '';
  for (const w of added) {
    const prev = out.at(-1) ?? '';
    const sep = out.trim() === '' ? '' : isCjk(prev) && isCjk(w) ? cjkJoiner : ' ';
    out += sep + w;
  }
  return out.replace(/\s+/g, ' ').trim();
}

/** Whether the title capitalises its English words, so added words match ("mind capitalisation"). */
function writesCapitalised(titleWords: readonly Word[]): boolean {
  const latin = titleWords.filter((w) => !w.cjk && !w.functional && /^\p{L}/u.test(w.text));
  const capitalised = latin.filter((w) => /^\p{Lu}/u.test(w.text)).length;
  return latin.length > 0 && capitalised * 2 >= latin.length;
}

// One formatter for every figure: toLocaleString makes a new one on each call,
// and a store's titles hold thousands of figures.
const EN_NUMBER = new Intl.NumberFormat('en-US');
const fmt = (n: number) => EN_NUMBER.format(Math.round(n));

const reasons = {
  duplicate: (w: string, count: number): Bilingual => ({
    en: `"${w}" appears ${count} times; a repeated word adds no exposure`,
    zh: `“${w}”出现 ${count} 次，重复的词不会带来更多曝光`,
  }),
  duplicateForm: (w: string, kept: string, count: number): Bilingual => ({
    en: `"${w}" repeats "${kept}" (${count} times in all); kept "${kept}", the form buyers who ordered searched`,
    zh: `“${w}”与“${kept}”重复（共 ${count} 次）；保留成交搜索词中的写法“${kept}”`,
  }),
  drop: (w: string, s: WordStats): Bilingual => ({
    en: `"${w}" brought ${fmt(s.exposure)} exposure and ${fmt(s.clicks)} clicks but no orders over the period`,
    zh: `“${w}”在统计期内带来 ${fmt(s.exposure)} 次曝光、${fmt(s.clicks)} 次点击，但没有成交`,
  }),
  trim: (w: string, length: number, limit: number, unit: TitleUnit): Bilingual => ({
    en: `the title is ${length} ${unit === 'bytes' ? 'bytes' : 'characters'}, over the ${limit} limit; "${w}" is the weakest word`,
    zh: `标题长度 ${length}${unit === 'bytes' ? '字节' : '字符'}，超过上限 ${limit}；“${w}”是最弱的词`,
  }),
  noTraffic: (w: string): Bilingual => ({
    en: `"${w}" brought no search visitors over the period (title-word report)`,
    zh: `“${w}”在统计期内没有带来搜索访客（标题词分析）`,
  }),
  noPay: (w: string, uv: number): Bilingual => ({
    en: `"${w}" brought ${fmt(uv)} search visitors and no payments over the period (title-word report)`,
    zh: `“${w}”在统计期内带来 ${fmt(uv)} 个搜索访客，但没有支付（标题词分析）`,
  }),
  trimConverting: (w: string, s: WordStats, limit: number): Bilingual => ({
    en: `the converting words alone exceed the ${limit} limit; "${w}" has the fewest orders (${fmt(s.orders)})`,
    zh: `仅保留成交词仍超过上限 ${limit}；“${w}”成交最少（${fmt(s.orders)} 单）`,
  }),
  truncate: (limit: number): Bilingual => ({
    en: `cut to the ${limit} limit`,
    zh: `截断到上限 ${limit}`,
  }),
  add: (w: string, s: WordStats): Bilingual => ({
    en: `"${w}" is in ${s.terms} search term${s.terms === 1 ? '' : 's'} with ${fmt(s.exposure)} exposure${s.orders > 0 ? ` and ${fmt(s.orders)} orders` : ''}, and missing from the title`,
    zh: `“${w}”出现在 ${s.terms} 个搜索词中，带来 ${fmt(s.exposure)} 次曝光${s.orders > 0 ? `、${fmt(s.orders)} 单成交` : ''}，标题中没有`,
  }),
};

const notes = {
  noKeywords: {
    level: 'low',
    reason: {
      en: 'No keyword report for this product: only length and repeated words were checked.',
      zh: '该商品没有关键词数据：只检查了长度和重复词。',
    },
  },
  noConversion: {
    level: 'medium',
    reason: {
      en: 'The keyword report has no orders or conversion column: no word is dropped for lack of conversion.',
      zh: '关键词报表没有成交或转化率列：不会因“无转化”删除词。',
    },
  },
  fewTerms: {
    level: 'low',
    reason: {
      en: 'Fewer than 5 search terms: the word bank is thin.',
      zh: '搜索词少于 5 个：词库偏少。',
    },
  },
} as const satisfies Record<string, ConfidenceNote>;

export function analyseTitle(
  site: Site,
  title: string,
  keywords: readonly KeywordRow[],
  options: TitleOptions = {},
): TitleAnalysis {
  const { limit, unit } = options.limit ?? TITLE_LIMITS[site];
  const rules: TitleRules = { ...TITLE_RULES, ...options.rules };
  const weights: TitleScoreWeights = { ...TITLE_SCORE_WEIGHTS, ...options.weights };
  const length = measureTitle(title, unit);

  const index = indexKeywords(keywords);
  // The report's own words cut the title the way the console did.
  const traffic = new Map((options.titleWords ?? []).map((t) => [t.word.toLowerCase(), t]));
  const dictionary = options.titleWords?.length
    ? makeDictionary([...index.dictionary.words, ...options.titleWords.map((t) => t.word)])
    : index.dictionary;
  const titleWords = segmentWords(title, dictionary);
  const content = titleWords.filter((w) => !w.functional);
  const titleKeys = new Set(content.flatMap((w) => [w.key, ...w.parts]));
  const present = (s: WordStats) =>
    s.cjk ? title.includes(s.text) || titleKeys.has(s.key) : titleKeys.has(s.key);

  const short = length < limit * rules.shortTitleShare;
  const bank = wordBank(index, short ? rules.bankTermsShort : rules.bankTerms);

  // Repeated words ("no repeated words", docs/ADVICE.md). A number with its
  // unit is one word (16GB, "16 GB"): "16GB RAM 512GB SSD" repeats nothing.
  const counts = new Map<string, { word: Word; count: number }>();
  for (const w of content) {
    const c = counts.get(w.key);
    if (c) c.count++;
    else counts.set(w.key, { word: w, count: 1 });
  }
  const duplicates = [...counts.values()]
    .filter((c) => c.count > 1)
    .map((c) => ({ word: c.word.text, count: c.count }));

  // Word numbers for every distinct title word.
  const statsOf = new Map<string, WordStats>();
  for (const w of content) if (!statsOf.has(w.key)) statsOf.set(w.key, statsForTitleWord(index, w));
  const noConversion = (s: WordStats) =>
    s.conversionKnown && !s.converting && s.exposure >= rules.dropMinExposure;

  const trafficOf = (w: Word) => traffic.get(w.text.toLowerCase());
  /** The title-word report's verdict on a word, when it lists it. */
  const reportSays = (w: Word): 'dead' | 'converting' | 'keep' | undefined => {
    const t = trafficOf(w);
    if (!t) return undefined;
    if (t.searchVisitors === undefined || t.searchVisitors === 0) return 'dead';
    if ((t.payRate ?? 0) > 0) return 'converting';
    return t.payRate === 0 && t.searchVisitors >= rules.dropMinSearchVisitors ? 'dead' : 'keep';
  };
  const converting = [...counts.values()]
    .filter((c) => reportSays(c.word) === 'converting' || statsOf.get(c.word.key)?.converting)
    .map((c) => c.word.text);
  // Wasted clicks first: a word that drew clicks and never sold costs most.
  const dropRanked = [...counts.values()]
    .map((c) => ({ w: c.word, s: statsOf.get(c.word.key) }))
    .filter(
      (x): x is { w: Word; s: WordStats } =>
        !!x.s && (reportSays(x.w) ?? (noConversion(x.s) ? 'dead' : 'keep')) === 'dead',
    )
    .sort(
      (a, b) =>
        (trafficOf(a.w) ? 0 : 1) - (trafficOf(b.w) ? 0 : 1) ||
        b.s.clicks - a.s.clicks ||
        b.s.exposure - a.s.exposure,
    );
  const dropReason = (w: Word, s: WordStats): Bilingual => {
    const t = trafficOf(w);
    if (!t) return reasons.drop(w.text, s);
    return t.searchVisitors ? reasons.noPay(w.text, t.searchVisitors) : reasons.noTraffic(w.text);
  };
  const withTraffic = (w: Word, n: WordNumbers): WordNumbers => {
    const t = trafficOf(w);
    return t ? { ...n, searchVisitors: t.searchVisitors ?? 0 } : n;
  };
  const drop: DropWord[] = dropRanked.map(({ w, s }) => ({
    word: w.text,
    reason: dropReason(w, s),
    ...withTraffic(w, numbersOf(s)),
  }));

  // A bare unit ("gb" of "gb ram") is never proposed: it means nothing
  // without its number. A number the title carries in a measure (the 16 of
  // 16GB) is present through the measure's parts.
  const include = new Set((options.include ?? []).map((w) => w.toLowerCase()));
  const chosen = (s: WordStats) => include.has(s.text.toLowerCase()) || include.has(s.key);
  const addStats = bank.filter(
    (s) => !present(s) && s.exposure > 0 && (!noConversion(s) || chosen(s)) && !isBareUnit(s.key),
  );
  const add: AddWord[] = addStats.map((s) => ({ word: s.text, ...numbersOf(s) }));

  // The suggestion: a small edit of the title (docs/ADVICE.md#titles "change a title a
  // little at a time; word order matters; no repeated words").
  const changes: TitleChange[] = [];
  const lead = titleWords.length > 0 ? title.slice(0, titleWords[0]!.start) : '';
  const trailing = titleWords.length > 0 ? title.slice(titleWords.at(-1)!.end) : title;
  const functionalStats = (w: Word): WordStats => ({
    key: w.key,
    text: w.text,
    cjk: w.cjk,
    exposure: 0,
    clicks: 0,
    orders: 0,
    terms: 0,
    conversionKnown: false,
    converting: false,
  });
  const slots: Slot[] = titleWords.map((word, i) => ({
    word,
    stats: statsOf.get(word.key) ?? functionalStats(word),
    before: i === 0 ? '' : title.slice(titleWords[i - 1]!.end, word.start),
    kept: true,
  }));
  const cjkJoiner = /[\u3400-\u9fff]\s+[\u3400-\u9fff]/.test(title) ? ' ' : '';
  const current = (added: readonly string[] = []) =>
    render(slots, lead, trailing, added, cjkJoiner);

  // Of a repeated word, keep the form buyers who ordered searched (Dresses
  // when "summer dresses" converted), else the first one.
  const keeper = new Map<string, Slot>();
  for (const slot of slots) {
    if (slot.word.functional) continue;
    const key = slot.word.key;
    const form = convertingForm(index, key);
    const current = keeper.get(key);
    if (
      !current ||
      (form !== undefined &&
        current.word.text.toLowerCase() !== form &&
        slot.word.text.toLowerCase() === form)
    )
      keeper.set(key, slot);
  }
  for (const slot of slots) {
    if (slot.word.functional) continue;
    const keep = keeper.get(slot.word.key);
    if (!keep || keep === slot) continue;
    slot.kept = false;
    const count = counts.get(slot.word.key)?.count ?? 2;
    changes.push({
      kind: 'removeDuplicate',
      word: slot.word.text,
      reason:
        keep.word.text !== slot.word.text && convertingForm(index, slot.word.key) !== undefined
          ? reasons.duplicateForm(slot.word.text, keep.word.text, count)
          : reasons.duplicate(slot.word.text, count),
    });
  }

  const dropKeys = new Set(dropRanked.slice(0, rules.maxDrops).map((x) => x.w.key));
  for (const slot of slots) {
    if (!slot.kept || !dropKeys.has(slot.word.key)) continue;
    slot.kept = false;
    changes.push({
      kind: 'drop',
      word: slot.word.text,
      reason: dropReason(slot.word, slot.stats),
      numbers: withTraffic(slot.word, numbersOf(slot.stats)),
    });
  }

  // Over the limit: remove the weakest words first: words that brought
  // nothing, then function words, then converting words by fewest orders,
  // later words before earlier ones.
  const weakness = (s: Slot) => (s.stats.converting ? 2 : s.word.functional ? 1 : 0);
  let text = current();
  while (measureTitle(text, unit) > limit) {
    const victim = slots
      .map((s, i) => ({ s, i }))
      .filter((x) => x.s.kept)
      .sort(
        (a, b) =>
          weakness(a.s) - weakness(b.s) ||
          (a.s.stats.converting ? a.s.stats.orders - b.s.stats.orders : 0) ||
          a.s.stats.exposure - b.s.stats.exposure ||
          b.i - a.i,
      )[0]?.s;
    if (!victim) break;
    const before = measureTitle(text, unit);
    victim.kept = false;
    changes.push({
      kind: 'trim',
      word: victim.word.text,
      reason: victim.stats.converting
        ? reasons.trimConverting(victim.word.text, victim.stats, limit)
        : reasons.trim(victim.word.text, before, limit, unit),
      numbers: victim.word.functional ? undefined : numbersOf(victim.stats),
    });
    text = current();
  }
  if (measureTitle(text, unit) > limit) {
    // Only punctuation or symbols are left over the limit.
    text = truncateToLimit(text, limit, unit).trim();
    changes.push({ kind: 'truncate', word: '', reason: reasons.truncate(limit) });
  }

  // Add the strongest missing words while they fit (no keyword stuffing: at
  // most rules.maxAdditions, none repeated).
  const added: string[] = [];
  const addedKeys = new Set<string>();
  const unplaced: AddWord[] = [];
  const truncated = changes.some((c) => c.kind === 'truncate');
  const capitalise = writesCapitalised(titleWords);
  const keptWords = slots.filter((x) => x.kept && !x.word.functional).map((x) => x.word);
  for (const w of keptWords) for (const k of [w.key, ...w.parts]) addedKeys.add(k);
  const keptCjk = keptWords.filter((w) => w.cjk).map((w) => w.text);
  // A word overlapping one already there would repeat it: 新款度假 beside 度假,
  // V-neck beside Neck.
  const overlaps = (s: WordStats): boolean => {
    if (addedKeys.has(s.key)) return true;
    if (s.cjk) {
      return [...keptCjk, ...added].some((t) => t.includes(s.text) || s.text.includes(t));
    }
    return s.key.split('-').some((p) => addedKeys.has(p));
  };
  const repeats = new Set<string>();
  let chosenAdded = 0;
  for (const s of addStats) {
    if (overlaps(s)) {
      repeats.add(s.key);
      continue;
    }
    const word = s.cjk
      ? s.text
      : capitalise
        ? s.text.charAt(0).toUpperCase() + s.text.slice(1)
        : s.text;
    // Words the seller chose do not count against the rule's number of additions.
    const extra = !chosen(s) && added.length - chosenAdded >= rules.maxAdditions;
    const candidate = truncated || extra ? undefined : current([...added, word]);
    // Chinese runs together: a word can be there already across two others
    // (碎花 新款 once a duplicate between them went), or an addition can spell
    // an earlier one again (夏季夏季 then 夏季碎花). Each added word stands once.
    if (
      s.cjk &&
      candidate !== undefined &&
      [...added, word].some((w) => candidate.indexOf(w) !== candidate.lastIndexOf(w))
    ) {
      repeats.add(s.key);
      continue;
    }
    if (candidate !== undefined && measureTitle(candidate, unit) <= limit) {
      added.push(word);
      if (chosen(s)) chosenAdded++;
      for (const w of segmentWords(word, index.dictionary)) {
        addedKeys.add(w.key);
        for (const p of w.parts) addedKeys.add(p);
      }
      text = candidate;
      changes.push({ kind: 'add', word, reason: reasons.add(word, s), numbers: numbersOf(s) });
    } else {
      unplaced.push({ word: s.text, ...numbersOf(s) });
    }
  }
  const attributes = unplaced.slice(0, rules.maxAttributes);

  const keptKeys = new Set(
    slots.filter((x) => x.kept && !truncated).flatMap((x) => [x.word.key, ...x.word.parts]),
  );
  const addedNow = new Set(
    changes.filter((c) => c.kind === 'add').map((c) => c.word.toLowerCase()),
  );
  const decide = (s: WordStats): WordDecisionKind => {
    if (present(s)) {
      if (s.cjk ? text.includes(s.text) || keptKeys.has(s.key) : keptKeys.has(s.key))
        return 'inTitle';
      return 'dropped';
    }
    if (addedNow.has(s.text.toLowerCase())) return 'added';
    if (isBareUnit(s.key)) return 'unit';
    if (s.exposure <= 0) return 'noExposure';
    if (noConversion(s) && !chosen(s)) return 'noOrders';
    if (repeats.has(s.key)) return 'wouldRepeat';
    return 'noRoom';
  };
  const decisions: WordDecision[] = bank.map((s) => {
    const decision = decide(s);
    return {
      word: s.text,
      decision,
      canAdd: decision === 'noOrders' || (decision === 'noRoom' && !chosen(s)),
      ...numbersOf(s),
    };
  });

  // Score, hint and opportunity for the listing badge and for sorting.
  const overLimitExposure = length > limit ? overLimitWordsExposure(title, slots, limit, unit) : 0;
  const missingExposure = add.reduce((n, a) => n + a.exposure, 0);
  const coveredExposure = bank.filter(present).reduce((n, s) => n + s.exposure, 0);
  const missingShare =
    missingExposure + coveredExposure > 0
      ? missingExposure / (missingExposure + coveredExposure)
      : 0;
  const penalties: { key: HintKey; value: number }[] = [
    { key: 'overLimit', value: length > limit ? weights.overLimit : 0 },
    {
      key: 'missing',
      value: weights.missingExposure * missingShare,
    },
    {
      key: 'duplicates',
      value: Math.min(weights.maxDuplicates, weights.perDuplicate * duplicatesCount(duplicates)),
    },
    { key: 'drop', value: Math.min(weights.maxDrops, weights.perDrop * drop.length) },
    {
      key: 'short',
      value: short ? weights.short * (1 - length / (limit * rules.shortTitleShare)) : 0,
    },
  ];
  const score = Math.max(
    0,
    Math.min(100, Math.round(100 - penalties.reduce((n, p) => n + p.value, 0))),
  );
  const top = penalties.filter((p) => p.value > 0).sort((a, b) => b.value - a.value)[0];
  const hint = hintText(top?.key, { length, limit, unit, duplicates, add, drop });

  const confidence: ConfidenceNote[] = [];
  if (keywords.length === 0) confidence.push(notes.noKeywords);
  else {
    if (!index.conversionKnown) confidence.push(notes.noConversion);
    if (keywords.length < 5) confidence.push(notes.fewTerms);
  }

  return {
    site,
    title,
    length,
    limit,
    unit,
    overLimit: length > limit,
    words: titleWords.map((w) => w.text),
    duplicates,
    wordBank: bank.map((s) => ({ word: s.text, ...numbersOf(s) })),
    add,
    drop,
    converting,
    attributes,
    decisions,
    suggestion: text,
    suggestionLength: measureTitle(text, unit),
    suggestionWords: [
      ...slots.filter((s) => s.kept).map((s) => s.word.text),
      ...(truncated ? [] : added),
    ],
    changes,
    score,
    hint,
    opportunity: {
      missingExposure,
      overLimitExposure,
      duplicates: duplicatesCount(duplicates),
      exposure: missingExposure + overLimitExposure,
    },
    confidence,
  };
}

const duplicatesCount = (d: readonly Duplicate[]) => d.reduce((n, x) => n + x.count - 1, 0);

function overLimitWordsExposure(
  title: string,
  slots: readonly Slot[],
  limit: number,
  unit: TitleUnit,
): number {
  let total = 0;
  let used = 0;
  let measuredTo = 0;
  for (const s of slots) {
    used += measureTitle(title.slice(measuredTo, s.word.end), unit);
    measuredTo = s.word.end;
    if (used > limit) total += s.stats.exposure;
  }
  return total;
}

type HintKey = 'overLimit' | 'missing' | 'duplicates' | 'drop' | 'short';

function hintText(
  key: HintKey | undefined,
  a: Pick<TitleAnalysis, 'length' | 'limit' | 'unit' | 'duplicates' | 'add' | 'drop'>,
): Bilingual {
  const unitEn = a.unit === 'bytes' ? 'bytes' : 'characters';
  const unitZh = a.unit === 'bytes' ? '字节' : '字符';
  switch (key) {
    case 'overLimit':
      return {
        en: `Title is ${a.length} ${unitEn}, over the ${a.limit} limit`,
        zh: `标题 ${a.length}${unitZh}，超过上限 ${a.limit}`,
      };
    case 'missing': {
      const words = a.add.slice(0, 3).map((x) => x.word);
      return {
        en: `Missing search words: ${words.join(', ')}`,
        zh: `缺少热搜词：${words.join('、')}`,
      };
    }
    case 'duplicates':
      return {
        en: `Repeated words: ${a.duplicates.map((d) => d.word).join(', ')}`,
        zh: `重复词：${a.duplicates.map((d) => d.word).join('、')}`,
      };
    case 'drop':
      return {
        en: `Words with no orders: ${a.drop.map((d) => d.word).join(', ')}`,
        zh: `无成交的词：${a.drop.map((d) => d.word).join('、')}`,
      };
    case 'short':
      return {
        en: `Title uses ${a.length} of ${a.limit} ${unitEn}: room for more search words`,
        zh: `标题只用了 ${a.length}/${a.limit}${unitZh}：还可加入热搜词`,
      };
    case undefined:
      return { en: 'Title looks good', zh: '标题良好' };
  }
}
