// Language data for PLAYBOOK §2 "no repeated words; mind capitalisation and
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
};

/** English words ending in "s" that are not plurals, so "dress" never folds to "dres". */
export const NOT_PLURAL_ENDINGS: readonly string[] = ['ss', 'us', 'is', 'ous', 'ics'];

/**
 * Shortest English word offered on its own: a lone letter ("v" of "v neck",
 * "t" of "t shirt") is not a search word, though it still matches terms.
 */
export const MIN_LATIN_WORD_LENGTH = 2;
