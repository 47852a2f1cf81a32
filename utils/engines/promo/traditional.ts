import { Converter } from 'opencc-js/t2cn';

// Traditional Chinese announcements and console pages (Taiwan, Hong Kong
// sellers; Alibaba.com articles) write the same words as Simplified ones in
// other characters: 準備期 is 准备期, 報名截止 is 报名截止. Parsers match
// Simplified words only, so they read a folded copy of the text and show the
// seller the original. OpenCC's character-level Taiwan table is used, not its
// phrase table: phrase conversion can change a text's length (網際網路 →
// 互联网), which would break the mapping back to the original text.

let convert: ((text: string) => string) | undefined;

/** `text` in Simplified characters, one character for one character. */
export function toSimplified(text: string): string {
  convert ??= Converter({ from: 'tw', to: 'cn' });
  return convert(text);
}

/**
 * Pinyin written inline with the characters (準(zhǔn)備(bèi)期, or ruby text
 * flattened by a copy): a Latin run carrying a tone mark that touches a Han
 * character. Tone marks never occur in English, so English text is left alone.
 */
const PINYIN_NOISE =
  /\s*[(（[]?\s*(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*)+[)）\]]?(?=\s*\p{Script=Han})|(?<=\p{Script=Han})\s*[(（[]?\s*(?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*\s*)+[)）\]]?/giu;

/** A text prepared for matching, with the offset in the source of each of its characters. */
export interface FoldedText {
  text: string;
  /** origin[i] is the source offset of text[i]; origin[text.length] is the source length. */
  origin: number[];
}

/**
 * The source folded for matching: Traditional characters to Simplified and
 * inline pinyin removed. `origin` maps any span of the folded text back to the
 * source, so labels shown to the seller keep the characters they wrote.
 */
export function foldForMatching(source: string): FoldedText {
  let kept = '';
  const origin: number[] = [];
  let last = 0;
  const keep = (from: number, to: number) => {
    kept += source.slice(from, to);
    for (let i = from; i < to; i++) origin.push(i);
  };
  for (const m of source.matchAll(PINYIN_NOISE)) {
    keep(last, m.index);
    last = m.index + m[0].length;
  }
  keep(last, source.length);
  origin.push(source.length);
  const simplified = toSimplified(kept);
  // The table is character for character; if some pair ever differs in
  // UTF-16 length, matching falls back to the unconverted text.
  return { text: simplified.length === kept.length ? simplified : kept, origin };
}

/** The source text behind the folded span [from, to). */
export function sourceSpan(source: string, folded: FoldedText, from: number, to: number): string {
  const a = folded.origin[from] ?? source.length;
  const b = to > from ? (folded.origin[to - 1] ?? source.length - 1) + 1 : a;
  return source.slice(a, b);
}
