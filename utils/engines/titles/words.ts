import {
  CJK_UNIT_WORDS,
  FUNCTION_WORDS,
  IRREGULAR_PLURALS,
  NOT_PLURAL_ENDINGS,
  STANDALONE_UNITS,
  UNIT_WORDS,
} from '../data/titleWords';

// Splits titles and search terms into words (docs/ADVICE.md#titles: "split them into
// words", "Chinese titles have no spaces: segment them into words
// (Intl.Segmenter)"). Chinese runs are first matched against a dictionary of
// the product's own search words, longest first, because the generic ICU
// dictionary splits marketplace words such as 连衣裙 into 连|衣裙; what the
// dictionary does not cover goes to Intl.Segmenter.

export interface Word {
  /** The word as written. */
  text: string;
  /** Comparison key: lower case, English plurals folded; Chinese as written. */
  key: string;
  /** Offsets into the source text. */
  start: number;
  end: number;
  cjk: boolean;
  /** Keys of a hyphenated word's parts ("T-shirt" → t, shirt), else just the key. */
  parts: readonly string[];
  /** A function word ("for", "with", 的): never a keyword, may repeat. */
  functional: boolean;
  /**
   * A number, a unit, or a number with its unit (16GB, "16 GB", 2件): a
   * measure of the product, whose number and unit are covered by it. Bare
   * numbers and units are never proposed and never count as repeats.
   */
  measure?: 'number' | 'unit' | 'measure';
}

const CJK_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const CJK_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

export const isCjk = (text: string): boolean => CJK_CHAR.test(text);

// Latin words keep inner hyphens, apostrophes and decimal points together
// (T-shirt, USB-C, Women's, 3.5mm) so removing one never leaves half a word.
const LATIN_WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

let zhSegmenter: Intl.Segmenter | undefined;
const zh = () => (zhSegmenter ??= new Intl.Segmenter('zh', { granularity: 'word' }));

/** English singular, lower case: "Dresses" → "dress", "Women" → "woman", "dress" stays. */
export function wordKey(text: string): string {
  const lower = text.toLowerCase().replace(/['’]s$/, '');
  if (isCjk(lower) || !/^[a-z]+$/.test(lower)) return lower;
  const irregular = IRREGULAR_PLURALS[lower];
  if (irregular) return irregular;
  if (lower.length <= 3 || !lower.endsWith('s')) return lower;
  if (NOT_PLURAL_ENDINGS.some((e) => lower.endsWith(e))) return lower;
  if (lower.endsWith('ies') && lower.length > 4) return `${lower.slice(0, -3)}y`;
  if (/(?:ches|shes|sses|xes|zes)$/.test(lower)) return lower.slice(0, -2);
  return lower.slice(0, -1);
}

type WordShape = Pick<Word, 'key' | 'cjk' | 'parts' | 'functional'>;

// Titles and terms of one store share most of their words, so a word's shape
// is computed once. Bounded so a long session cannot grow it without limit.
const SHAPE_CACHE_SIZE = 20_000;
const shapes = new Map<string, WordShape>();

function shapeOf(text: string): WordShape {
  let shape = shapes.get(text);
  if (shape) return shape;
  const key = wordKey(text);
  const pieces = text.split('-');
  shape = {
    key: pieces.length > 1 ? pieces.map(wordKey).join('-') : key,
    cjk: isCjk(text),
    parts: pieces.length > 1 ? pieces.map(wordKey) : [key],
    functional: FUNCTION_WORDS.has(key),
  };
  if (shapes.size >= SHAPE_CACHE_SIZE) shapes.clear();
  shapes.set(text, shape);
  return shape;
}

const NUMBER = /^\d+(?:[.,]\d+)?$/;
const ATTACHED = /^(\d+(?:[.,]\d+)?)([a-z]+)$/;

/** "16gb" → ["16", "gb"] when the letters are a unit; else undefined. */
function splitMeasure(lower: string): [string, string] | undefined {
  const m = ATTACHED.exec(lower);
  return m && UNIT_WORDS.has(m[2]!) ? [m[1]!, m[2]!] : undefined;
}

export const isNumberWord = (text: string): boolean => NUMBER.test(text);
/** A unit that means nothing without its number (gb, dpi, cm, 件); not Set or Pack. */
export const isBareUnit = (text: string): boolean =>
  isUnitWord(text) && !STANDALONE_UNITS.has(text.toLowerCase());
export const isUnitWord = (text: string): boolean =>
  UNIT_WORDS.has(text.toLowerCase()) || CJK_UNIT_WORDS.includes(text);

function makeWord(text: string, start: number): Word {
  const word: Word = { text, start, end: start + text.length, ...shapeOf(text) };
  const lower = text.toLowerCase();
  const measure = splitMeasure(lower);
  if (measure) return { ...word, key: measure.join(''), parts: measure, measure: 'measure' };
  if (NUMBER.test(lower)) return { ...word, measure: 'number' };
  return word;
}

/**
 * A number written apart from its unit ("16 GB", "500 ml", 2件) as one
 * measure word, so it matches "16GB" and is kept or removed whole.
 */
function joinMeasures(text: string, words: Word[]): Word[] {
  const out: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const next = words[i + 1];
    if (w.measure === 'number' && next) {
      const gap = text.slice(w.end, next.start);
      const lower = next.text.toLowerCase();
      if (/^\s?$/.test(gap) && !next.cjk && UNIT_WORDS.has(lower)) {
        const key = `${w.text}${lower}`;
        out.push({
          ...w,
          text: text.slice(w.start, next.end),
          end: next.end,
          key,
          parts: [w.text, lower],
          measure: 'measure',
        });
        i++;
        continue;
      }
      const unit =
        next.cjk && gap === '' ? CJK_UNIT_WORDS.find((u) => next.text.startsWith(u)) : undefined;
      if (unit) {
        // 2件套装: the measure is 2件; the rest of the Chinese word stays a word.
        out.push({
          ...w,
          text: w.text + unit,
          end: next.start + unit.length,
          key: w.text + unit,
          parts: [w.text, unit],
          measure: 'measure',
        });
        if (next.text.length > unit.length)
          out.push(makeWord(next.text.slice(unit.length), next.start + unit.length));
        i++;
        continue;
      }
    }
    out.push(w);
  }
  return out;
}

/** ICU segments of a Chinese run, with runs of single characters joined (新|款 → 新款). */
function icuCjk(run: string, offset: number, out: Word[]): void {
  let pending = '';
  let pendingStart = 0;
  const flush = () => {
    if (pending) out.push(makeWord(pending, pendingStart));
    pending = '';
  };
  for (const s of zh().segment(run)) {
    if (!s.isWordLike) {
      flush();
      continue;
    }
    if ([...s.segment].length === 1) {
      if (!pending) pendingStart = offset + s.index;
      pending += s.segment;
    } else {
      flush();
      out.push(makeWord(s.segment, offset + s.index));
    }
  }
  flush();
}

function segmentCjkRun(run: string, offset: number, dict: Dictionary, out: Word[]): void {
  if (dict.maxLength === 0) {
    icuCjk(run, offset, out);
    return;
  }
  let rest = 0;
  let i = 0;
  while (i < run.length) {
    let match = '';
    for (let len = Math.min(dict.maxLength, run.length - i); len >= 2; len--) {
      const candidate = run.slice(i, i + len);
      if (dict.words.has(candidate)) {
        match = candidate;
        break;
      }
    }
    if (!match) {
      i++;
      continue;
    }
    if (rest < i) icuCjk(run.slice(rest, i), offset + rest, out);
    out.push(makeWord(match, offset + i));
    i += match.length;
    rest = i;
  }
  if (rest < run.length) icuCjk(run.slice(rest), offset + rest, out);
}

function segmentLatin(text: string, offset: number, out: Word[]): void {
  for (const m of text.matchAll(LATIN_WORD)) out.push(makeWord(m[0], offset + m.index));
}

/** Chinese words known to be whole: the product's own search words. */
export interface Dictionary {
  words: ReadonlySet<string>;
  maxLength: number;
}

export const EMPTY_DICTIONARY: Dictionary = { words: new Set(), maxLength: 0 };

export function makeDictionary(words: Iterable<string>): Dictionary {
  const set = new Set<string>();
  let maxLength = 0;
  for (const w of words) {
    if (w.length < 2 || !isCjk(w)) continue;
    set.add(w);
    maxLength = Math.max(maxLength, w.length);
  }
  return { words: set, maxLength };
}

/** The words of a title or term, Chinese and English mixed, in order. */
export function segmentWords(text: string, dict: Dictionary = EMPTY_DICTIONARY): Word[] {
  const out: Word[] = [];
  let last = 0;
  for (const m of text.matchAll(CJK_RUN)) {
    if (m.index > last) segmentLatin(text.slice(last, m.index), last, out);
    segmentCjkRun(m[0], m.index, dict, out);
    last = m.index + m[0].length;
  }
  if (last < text.length) segmentLatin(text.slice(last), last, out);
  return joinMeasures(text, out);
}

/**
 * Chinese chunks of search terms that are words in their own right: sellers
 * and consoles write Chinese terms as short space-separated phrases
 * (连衣裙 女 夏季), so a chunk of 2-4 characters is taken whole.
 */
export function termDictionary(terms: Iterable<string>, maxChunk = 4): Dictionary {
  const chunks: string[] = [];
  for (const term of terms) {
    for (const m of term.matchAll(CJK_RUN)) {
      const len = m[0].length;
      const boundedBefore = m.index === 0 || /[\s,，、/|]/.test(term[m.index - 1] ?? '');
      const after = term[m.index + len];
      const boundedAfter = after === undefined || /[\s,，、/|]/.test(after);
      if (len >= 2 && len <= maxChunk && boundedBefore && boundedAfter) chunks.push(m[0]);
    }
  }
  return makeDictionary(chunks);
}
