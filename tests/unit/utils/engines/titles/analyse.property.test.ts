import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLE_RULES } from '../../../../../utils/engines/data/titleLimits';
import { analyseTitle } from '../../../../../utils/engines/titles/analyse';
import { measureTitle } from '../../../../../utils/engines/titles/measure';
import { segmentWords, wordKey } from '../../../../../utils/engines/titles/words';
import type { KeywordRow } from '../../../../../utils/types';

// The title suggestion's promises, over generated titles
// and keyword reports: within the limit, no repeated word, converting words
// kept, and a small edit of the original.

const EN = [
  'dress',
  'dresses',
  'Dress',
  'summer',
  'Summer',
  'women',
  'woman',
  'floral',
  'maxi',
  'boho',
  'beach',
  'pockets',
  'pocket',
  'chiffon',
  'party',
  'vintage',
  'cotton',
  'linen',
  'midi',
  'elegant',
  'casual',
  'lace',
  'print',
  'belt',
  'ruffle',
  'holiday',
  'v-neck',
  'T-shirt',
  'shirt',
  '2024',
  'for',
  'with',
];
const ZH = [
  '连衣裙',
  '雪纺',
  '碎花',
  '夏季',
  '女装',
  '新款',
  '法式',
  '长裙',
  '显瘦',
  '收腰',
  '度假',
  '气质',
];

const keywordRow = (vocab: readonly string[], joiner: fc.Arbitrary<string>) =>
  fc.record(
    {
      term: fc
        .tuple(fc.array(fc.constantFrom(...vocab), { minLength: 1, maxLength: 3 }), joiner)
        .map(([ws, j]) => ws.join(j)),
      exposure: fc.integer({ min: 0, max: 20_000 }),
      clicks: fc.integer({ min: 0, max: 800 }),
      orders: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
    },
    { requiredKeys: ['term', 'exposure', 'clicks'] },
  ) as fc.Arbitrary<KeywordRow>;

const enCase = fc.record({
  title: fc
    .array(fc.constantFrom(...EN), { minLength: 1, maxLength: 24 })
    .map((ws) => ws.join(' ')),
  rows: fc.array(keywordRow(EN, fc.constant(' ')), { maxLength: 40 }),
  limit: fc.integer({ min: 10, max: 140 }),
});

const zhCase = fc.record({
  title: fc.array(fc.constantFrom(...ZH), { minLength: 1, maxLength: 18 }).map((ws) => ws.join('')),
  rows: fc.array(keywordRow(ZH, fc.constantFrom('', ' ')), { maxLength: 40 }),
  limit: fc.integer({ min: 8, max: 60 }),
});

const contentKeys = (text: string) =>
  segmentWords(text)
    .filter((w) => !w.functional)
    .map((w) => w.key);

/** Whether `sub` appears in `seq` in the same relative order. */
function isSubsequence(sub: readonly string[], seq: readonly string[]): boolean {
  let i = 0;
  for (const x of seq) if (i < sub.length && x === sub[i]) i++;
  return i === sub.length;
}

// Generous timeouts: the machine running the suite may be shared; speed is measured in the bench.
describe('title suggestion properties (English, characters)', { timeout: 60_000 }, () => {
  it('never exceeds the limit', () => {
    fc.assert(
      fc.property(enCase, ({ title, rows, limit }) => {
        const a = analyseTitle('aliexpress', title, rows, { limit: { limit, unit: 'chars' } });
        expect(measureTitle(a.suggestion, 'chars')).toBeLessThanOrEqual(limit);
        expect(a.suggestionLength).toBe(measureTitle(a.suggestion, 'chars'));
      }),
      { numRuns: 300 },
    );
  });

  it('never repeats a word, whatever its case or number', () => {
    fc.assert(
      fc.property(enCase, ({ title, rows, limit }) => {
        const a = analyseTitle('aliexpress', title, rows, { limit: { limit, unit: 'chars' } });
        const keys = contentKeys(a.suggestion);
        expect(new Set(keys).size).toBe(keys.length);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every converting title word when the title is within the limit', () => {
    fc.assert(
      fc.property(enCase, ({ title, rows, limit }) => {
        const a = analyseTitle('aliexpress', title, rows, { limit: { limit, unit: 'chars' } });
        fc.pre(!a.overLimit);
        const kept = new Set(contentKeys(a.suggestion));
        for (const w of a.converting) {
          for (const k of contentKeys(w)) expect(kept.has(k)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('is a small edit: original words in their order, bounded additions and removals', () => {
    fc.assert(
      fc.property(enCase, ({ title, rows, limit }) => {
        const a = analyseTitle('aliexpress', title, rows, { limit: { limit, unit: 'chars' } });
        const added = a.changes.filter((c) => c.kind === 'add').length;
        expect(added).toBeLessThanOrEqual(TITLE_RULES.maxAdditions);

        const words = segmentWords(a.suggestion).map((w) => w.text);
        const original = segmentWords(title).map((w) => w.text);
        expect(words.slice(0, words.length - added)).toEqual(
          a.suggestionWords.slice(0, words.length - added),
        );
        expect(isSubsequence(words.slice(0, words.length - added), original)).toBe(true);

        const removed = original.length - (words.length - added);
        const duplicates = a.duplicates.reduce((n, d) => n + d.count - 1, 0);
        if (!a.overLimit) {
          expect(removed).toBeLessThanOrEqual(duplicates + TITLE_RULES.maxDrops);
        }
        expect(removed).toBe(a.changes.filter((c) => c.kind !== 'add').length);
      }),
      { numRuns: 300 },
    );
  });

  it('leaves a title of distinct words within the limit as it is when no search data says otherwise', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...EN), { minLength: 1, maxLength: 12, selector: wordKey }),
        (ws) => {
          const title = ws.join(' ');
          const a = analyseTitle('aliexpress', title, []);
          expect(a.changes).toEqual([]);
          expect(a.suggestion).toBe(title);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('title suggestion properties (Chinese, Taobao bytes)', { timeout: 60_000 }, () => {
  it('never exceeds the byte limit and keeps converting words within it', () => {
    fc.assert(
      fc.property(zhCase, ({ title, rows, limit }) => {
        const a = analyseTitle('taobao', title, rows, { limit: { limit, unit: 'bytes' } });
        expect(measureTitle(a.suggestion, 'bytes')).toBeLessThanOrEqual(limit);
        expect(a.changes.filter((c) => c.kind === 'add').length).toBeLessThanOrEqual(
          TITLE_RULES.maxAdditions,
        );
        if (!a.overLimit) for (const w of a.converting) expect(a.suggestion).toContain(w);
      }),
      { numRuns: 300 },
    );
  });

  it('never repeats a word of its own word list', () => {
    fc.assert(
      fc.property(zhCase, ({ title, rows, limit }) => {
        const a = analyseTitle('taobao', title, rows, { limit: { limit, unit: 'bytes' } });
        expect(new Set(a.suggestionWords).size).toBe(a.suggestionWords.length);
        // No added word is already in the title.
        for (const c of a.changes.filter((c) => c.kind === 'add')) {
          expect(a.suggestion.indexOf(c.word)).toBe(a.suggestion.lastIndexOf(c.word));
        }
      }),
      { numRuns: 300 },
    );
  });
});
