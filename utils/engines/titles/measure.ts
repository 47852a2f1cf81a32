import type { TitleUnit } from '../data/titleLimits';

// Title length in a site's unit (docs/ADVICE.md#titles). Characters are counted as code
// points, so an emoji or a rare CJK character is one character, not two UTF-16
// units. Bytes follow Taobao/Tmall's rule "60 bytes = 30 Chinese characters":
// ASCII counts 1, every other character (CJK, full-width punctuation) counts 2.

export function unitsOf(ch: string, unit: TitleUnit): number {
  if (unit === 'chars') return 1;
  return (ch.codePointAt(0) ?? 0) < 0x80 ? 1 : 2;
}

export function measureTitle(text: string, unit: TitleUnit): number {
  if (unit === 'chars') {
    let n = 0;
    for (const _ of text) n++;
    return n;
  }
  let n = 0;
  for (const ch of text) n += unitsOf(ch, unit);
  return n;
}

/** The longest prefix of `text` that fits `limit`, never splitting a character. */
export function truncateToLimit(text: string, limit: number, unit: TitleUnit): string {
  let used = 0;
  let out = '';
  for (const ch of text) {
    const w = unitsOf(ch, unit);
    if (used + w > limit) break;
    used += w;
    out += ch;
  }
  return out;
}
