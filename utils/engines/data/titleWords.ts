// Language data for docs/ADVICE.md#titles "no repeated words; mind capitalisation and
// singular/plural forms": English function words are not keywords (they carry
// no search exposure and repeating "for" or "with" reads naturally), and
// irregular plurals fold to their singular so "Women" and "Woman" are one word.

export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'and',
  'as',
  'at',
  'by',
  'for',
  'from',
  'in',
  'into',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
  '&',
  '+',
  '的',
  '和',
  '与',
]);

export const IRREGULAR_PLURALS: Readonly<Record<string, string>> = {
  women: 'woman',
  men: 'man',
  children: 'child',
  feet: 'foot',
  teeth: 'tooth',
  mice: 'mouse',
  geese: 'goose',
  knives: 'knife',
  wives: 'wife',
  leaves: 'leaf',
  people: 'person',
  scarves: 'scarf',
  shelves: 'shelf',
  halves: 'half',
  wolves: 'wolf',
};

/** English words ending in "s" that are not plurals, so "dress" never folds to "dres". */
export const NOT_PLURAL_ENDINGS: readonly string[] = ['ss', 'us', 'is', 'ous', 'ics'];

/**
 * Shortest English word offered on its own: a lone letter ("v" of "v neck",
 * "t" of "t shirt") is not a search word, though it still matches terms.
 */
export const MIN_LATIN_WORD_LENGTH = 2;

/**
 * Units written after a number in titles and search terms (16GB, 2.4G,
 * 26000dpi, 42CM, 5PCS, 500ml, 2件). A number with its unit is one measure:
 * "16 gb" in a search term and "16GB" in a title are the same word, and a bare
 * unit or number is never a keyword of its own (docs/ADVICE.md, titles).
 * Lower case; Chinese units are matched as the first character(s) after the number.
 */
export const UNIT_WORDS: ReadonlySet<string> = new Set([
  // data and frequency
  'b',
  'kb',
  'mb',
  'gb',
  'tb',
  'g',
  'hz',
  'khz',
  'mhz',
  'ghz',
  'dpi',
  'fps',
  'rpm',
  'mp',
  'k',
  'p',
  // power
  'w',
  'kw',
  'v',
  'mah',
  'ah',
  'wh',
  // length, volume, weight
  'mm',
  'cm',
  'm',
  'km',
  'inch',
  'inches',
  'ft',
  'ml',
  'l',
  'oz',
  'lb',
  'lbs',
  'kg',
  'mg',
  // counts
  'pc',
  'pcs',
  'piece',
  'pieces',
  'pack',
  'packs',
  'pk',
  'set',
  'sets',
  'pair',
  'pairs',
  // clothing sizes written after a number (2XL, 3XL)
  'xl',
  'xxl',
  'xxxl',
]);

/** Chinese measure words and units that follow a number (2件, 5双, 500毫升, 3米). */
export const CJK_UNIT_WORDS: readonly string[] = [
  '千克',
  '毫升',
  '厘米',
  '毫米',
  '英寸',
  '公斤',
  '件',
  '个',
  '只',
  '双',
  '套',
  '包',
  '盒',
  '瓶',
  '袋',
  '克',
  '斤',
  '升',
  '米',
  '寸',
  '片',
  '支',
  '条',
  '张',
  '台',
  '块',
];

/** Units that are words of their own too (a brush Set, a 2 Pack): proposed like any word. */
export const STANDALONE_UNITS: ReadonlySet<string> = new Set([
  'set',
  'sets',
  'pack',
  'packs',
  'pair',
  'pairs',
  'piece',
  'pieces',
]);
