import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { TITLE_LIMITS } from '../../../../../utils/engines/data/titleLimits';
import { analyseTitle } from '../../../../../utils/engines/titles/analyse';
import { measureTitle } from '../../../../../utils/engines/titles/measure';
import { makeDictionary, segmentWords } from '../../../../../utils/engines/titles/words';
import type { KeywordRow, Site } from '../../../../../utils/types';

const row = (term: string, exposure: number, clicks: number, orders: number): KeywordRow => ({
  term,
  exposure,
  clicks,
  orders,
});

describe('numbers with units in titles', () => {
  it('reads a number and its unit as one word, attached or apart', () => {
    expect(
      segmentWords('Laptop 16GB RAM 512 GB SSD 2.4G 26000dpi 42CM 5PCS').map((w) => [
        w.text,
        w.key,
      ]),
    ).toEqual([
      ['Laptop', 'laptop'],
      ['16GB', '16gb'],
      ['RAM', 'ram'],
      ['512 GB', '512gb'],
      ['SSD', 'ssd'],
      ['2.4G', '2.4g'],
      ['26000dpi', '26000dpi'],
      ['42CM', '42cm'],
      ['5PCS', '5pcs'],
    ]);
    expect(
      segmentWords('保温杯500ml 2件套装', makeDictionary(['保温杯', '套装'])).map((w) => [
        w.text,
        w.key,
      ]),
    ).toEqual([
      ['保温杯', '保温杯'],
      ['500ml', '500ml'],
      ['2件', '2件'],
      ['套装', '套装'],
    ]);
  });

  it('electronics: never proposes "Gb" to a title that says 16GB RAM 512GB SSD, nor counts them as repeats', () => {
    const title = 'Gaming Laptop 16GB RAM 512GB SSD 15.6 Inch Notebook';
    const rows = [
      row('laptop 16 gb', 9800, 310, 6),
      row('gaming laptop 512gb ssd', 7400, 260, 4),
      row('gb ram laptop', 5100, 120, 2),
      row('notebook i7 laptop', 3300, 90, 1),
    ];
    const a = analyseTitle('aliexpress', title, rows);
    expect(a.duplicates).toEqual([]);
    expect(a.add.map((w) => w.word)).toEqual(['i7']);
    expect(a.suggestion).toBe('Gaming Laptop 16GB RAM 512GB SSD 15.6 Inch Notebook I7');
    expect(a.changes.map((c) => [c.kind, c.word])).toEqual([['add', 'I7']]);
  });

  it('electronics: a mouse title with 26000dpi and 2.4G keeps them and adds none of their units', () => {
    const title = 'Wireless Gaming Mouse 26000dpi 2.4G RGB';
    const rows = [
      row('gaming mouse 26000 dpi', 12000, 400, 9),
      row('2.4 g wireless mouse', 8000, 300, 5),
      row('mouse dpi', 4000, 80, 1),
      row('rechargeable mouse', 3000, 60, 2),
    ];
    const a = analyseTitle('aliexpress', title, rows);
    expect(a.add.map((w) => w.word)).toEqual(['rechargeable']);
    expect(a.suggestion).toBe('Wireless Gaming Mouse 26000dpi 2.4G RGB Rechargeable');
  });

  it('fashion: 42CM and 5PCS cover "cm" and "pcs"; the plural repeat keeps the converting form', () => {
    const title = 'Silk Scarf 42CM Square Scarves For Women 5PCS';
    const rows = [
      row('silk scarves women', 9000, 280, 7),
      row('silk scarf', 6000, 200, 0),
      row('42 cm square scarf', 3000, 60, 1),
      row('pcs scarf set', 2500, 40, 1),
    ];
    const a = analyseTitle('aliexpress', title, rows);
    expect(a.duplicates).toEqual([{ word: 'Scarf', count: 2 }]);
    expect(a.changes.filter((c) => c.kind === 'removeDuplicate').map((c) => c.word)).toEqual([
      'Scarf',
    ]);
    expect(a.changes[0]?.reason.en).toBe(
      '"Scarf" repeats "Scarves" (2 times in all); kept "Scarves", the form buyers who ordered searched',
    );
    expect(a.add.map((w) => w.word)).toEqual(['set']);
    expect(a.suggestion).toBe('Silk 42CM Square Scarves For Women 5PCS Set');
  });

  it('home: without orders for either form, the first of the repeat stays', () => {
    const title = 'Kitchen Towel Cotton Towels 2 Pack';
    // No orders column: neither form converted, and nothing is dropped.
    const a = analyseTitle('aliexpress', title, [
      { term: 'kitchen towels', exposure: 5000, clicks: 100 },
    ]);
    expect(a.changes.filter((c) => c.kind === 'removeDuplicate').map((c) => c.word)).toEqual([
      'Towels',
    ]);
    expect(a.suggestionWords).toEqual(['Kitchen', 'Towel', 'Cotton', '2 Pack']);
  });

  it('home, Chinese: 500ml and 2件 cover their units; nothing repeats', () => {
    const title = '304不锈钢保温杯500ml大容量2件套装';
    const rows = [
      row('保温杯 500 ml', 8000, 300, 12),
      row('保温杯 2件', 4000, 120, 3),
      row('保温杯 ml', 3000, 90, 1),
      row('保温杯 男士', 2000, 60, 2),
    ];
    const a = analyseTitle('taobao', title, rows);
    expect(a.duplicates).toEqual([]);
    expect(a.add.map((w) => w.word)).toEqual(['男士']);
    expect(a.suggestion).toBe('304不锈钢保温杯500ml大容量2件套装男士');
  });
});

// Titles and reports built from product words and measures, with the units
// also appearing bare and apart in the search terms.
const MEASURES = ['16GB', '512GB', '1TB', '26000dpi', '2.4G', '42CM', '5PCS', '500ml', '2件'];
const WORDS = ['laptop', 'gaming', 'mouse', 'scarf', 'scarves', 'silk', 'cup', '保温杯', '套装'];
const UNITS = ['gb', 'tb', 'dpi', 'g', 'cm', 'pcs', 'ml', '件'];

const term = fc
  .array(
    fc.oneof(
      fc.constantFrom(...WORDS),
      fc.constantFrom(...UNITS),
      fc.constantFrom(...MEASURES),
      fc.constantFrom('16 gb', '42 cm', '500 ml', '16', '512'),
    ),
    {
      minLength: 1,
      maxLength: 3,
    },
  )
  .map((ws) => ws.join(' '));

const unitCase = fc.record({
  site: fc.constantFrom<Site>('aliexpress', 'taobao', 'alibaba'),
  title: fc
    .array(fc.oneof(fc.constantFrom(...WORDS), fc.constantFrom(...MEASURES)), {
      minLength: 1,
      maxLength: 12,
    })
    .map((ws) => ws.join(' ')),
  rows: fc.array(
    fc.record({
      term,
      exposure: fc.integer({ min: 0, max: 20_000 }),
      clicks: fc.integer({ min: 0, max: 500 }),
      orders: fc.integer({ min: 0, max: 3 }),
    }),
    { maxLength: 25 },
  ),
});

describe('title suggestion with measures (property)', () => {
  it('never adds a word covered by a number+unit token of the title, and never exceeds the site limit', () => {
    fc.assert(
      fc.property(unitCase, ({ site, title, rows }) => {
        const a = analyseTitle(site, title, rows);
        const covered = new Set(
          segmentWords(title)
            .filter((w) => w.measure === 'measure')
            .flatMap((w) => [w.key, ...w.parts]),
        );
        for (const c of a.changes.filter((x) => x.kind === 'add')) {
          for (const w of segmentWords(c.word)) expect(covered.has(w.key)).toBe(false);
          expect(UNITS).not.toContain(c.word.toLowerCase());
        }
        const { limit, unit } = TITLE_LIMITS[site];
        expect(measureTitle(a.suggestion, unit)).toBeLessThanOrEqual(limit);
      }),
      { numRuns: 300 },
    );
  });
});
