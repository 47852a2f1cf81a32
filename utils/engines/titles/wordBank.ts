import type { KeywordRow } from '../../types';
import { MIN_LATIN_WORD_LENGTH } from '../data/titleWords';
import { makeDictionary, segmentWords, termDictionary, type Dictionary, type Word } from './words';

// The product's search words and what each brought over the report period
// (docs/ADVICE.md#titles: "take the product's top 20 search terms by exposure … split
// them into words and dedupe into a word bank").

export interface WordStats {
  key: string;
  /** The word as first written in a search term. */
  text: string;
  cjk: boolean;
  /** Sums over the search terms that contain the word. */
  exposure: number;
  clicks: number;
  orders: number;
  terms: number;
  /** Some term containing the word reports orders or a conversion rate. */
  conversionKnown: boolean;
  /** Some term containing the word converted (orders or conversion rate above 0). */
  converting: boolean;
}

interface TermWords {
  row: KeywordRow;
  term: string;
  keys: ReadonlySet<string>;
}

export interface KeywordIndex {
  /** Rows by exposure, highest first. */
  terms: readonly TermWords[];
  statsByKey: ReadonlyMap<string, WordStats>;
  /** Keys written as whole words in some term (not only as part of a hyphenated word). */
  wholeKeys: ReadonlySet<string>;
  dictionary: Dictionary;
  conversionKnown: boolean;
  totalExposure: number;
  /** Per key, the orders of each written form (dress / dresses), lower case. */
  formOrders: ReadonlyMap<string, ReadonlyMap<string, number>>;
}

const exposureOf = (r: KeywordRow) => r.exposure ?? 0;
const ordersKnown = (r: KeywordRow) => r.orders !== undefined || r.conversionRate !== undefined;
const converted = (r: KeywordRow) => (r.orders ?? 0) > 0 || (r.conversionRate ?? 0) > 0;

function emptyStats(key: string, text: string, cjk: boolean): WordStats {
  return {
    key,
    text: text.toLowerCase(),
    cjk,
    exposure: 0,
    clicks: 0,
    orders: 0,
    terms: 0,
    conversionKnown: false,
    converting: false,
  };
}

function addRow(s: WordStats, r: KeywordRow): void {
  s.exposure += exposureOf(r);
  s.clicks += r.clicks ?? 0;
  s.orders += r.orders ?? 0;
  s.terms += 1;
  s.conversionKnown ||= ordersKnown(r);
  s.converting ||= converted(r);
}

export function indexKeywords(rows: readonly KeywordRow[]): KeywordIndex {
  const sorted = rows
    .map((row, i) => ({ row, i }))
    .sort((a, b) => exposureOf(b.row) - exposureOf(a.row) || a.i - b.i)
    .map((x) => x.row);
  const chunks = termDictionary(sorted.map((r) => r.term));
  const segmented = sorted.map((row) => ({ row, words: segmentWords(row.term, chunks) }));
  // Every Chinese word of the terms joins the dictionary, so titles are cut the
  // same way the terms were.
  const dictionary = makeDictionary([
    ...chunks.words,
    ...segmented.flatMap((s) => s.words.filter((w) => w.cjk).map((w) => w.text)),
  ]);
  const statsByKey = new Map<string, WordStats>();
  const wholeKeys = new Set<string>();
  const terms: TermWords[] = [];
  const formOrders = new Map<string, Map<string, number>>();
  let totalExposure = 0;
  for (const { row, words } of segmented) {
    totalExposure += exposureOf(row);
    const keys = new Set<string>();
    for (const w of words) {
      if (w.functional) continue;
      const forms = formOrders.get(w.key) ?? new Map<string, number>();
      formOrders.set(w.key, forms);
      const form = w.text.toLowerCase();
      forms.set(form, (forms.get(form) ?? 0) + (row.orders ?? 0));
      if (w.cjk || w.text.length >= MIN_LATIN_WORD_LENGTH) wholeKeys.add(w.key);
      for (const k of new Set([w.key, ...w.parts])) {
        if (keys.has(k)) continue;
        keys.add(k);
        let s = statsByKey.get(k);
        if (!s) statsByKey.set(k, (s = emptyStats(k, k === w.key ? w.text : k, w.cjk)));
        addRow(s, row);
      }
    }
    terms.push({ row, term: row.term, keys });
  }
  return {
    terms,
    statsByKey,
    wholeKeys,
    dictionary,
    conversionKnown: sorted.some(ordersKnown),
    totalExposure,
    formOrders,
  };
}

/**
 * The form of a word that buyers who ordered searched ("dresses" when
 * "summer dresses" converted and "dress" did not), lower case; undefined when
 * no form of it converted.
 */
export function convertingForm(index: KeywordIndex, key: string): string | undefined {
  let best: string | undefined;
  let most = 0;
  for (const [form, orders] of index.formOrders.get(key) ?? []) {
    if (orders > most) {
      best = form;
      most = orders;
    }
  }
  return best;
}

/** The bank: words of the top `termCount` terms, deduplicated, highest exposure first. */
export function wordBank(index: KeywordIndex, termCount: number): WordStats[] {
  const seen = new Set<string>();
  const bank: WordStats[] = [];
  for (const t of index.terms.slice(0, termCount)) {
    for (const k of t.keys) {
      if (seen.has(k)) continue;
      seen.add(k);
      const s = index.statsByKey.get(k);
      // A hyphenated word's parts are indexed for matching, not offered as words.
      if (s && index.wholeKeys.has(k)) bank.push(s);
    }
  }
  return bank.sort((a, b) => b.exposure - a.exposure || b.orders - a.orders);
}

/**
 * What a title word brought: the terms that contain it. A Chinese word matches
 * any term that contains it as text (terms have no spaces); an English word
 * matches a term holding it, or all parts of a hyphenated word.
 */
export function statsForTitleWord(index: KeywordIndex, w: Word): WordStats {
  if (!w.cjk) {
    const direct = index.statsByKey.get(w.key);
    if (direct || w.parts.length === 1) return direct ?? emptyStats(w.key, w.text, w.cjk);
  }
  const s = emptyStats(w.key, w.text, w.cjk);
  for (const t of index.terms) {
    const hit = w.cjk ? t.term.includes(w.text) : w.parts.every((p) => t.keys.has(p));
    if (hit) addRow(s, t.row);
  }
  return s;
}
