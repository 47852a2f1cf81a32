import { describe, expect, it } from 'vitest';
import { analyseTitle } from '../../../../../utils/engines/titles/analyse';
import type { KeywordRow } from '../../../../../utils/types';

const rows: KeywordRow[] = [
  { term: 'led strip lights', exposure: 15200, clicks: 610, orders: 22 },
  { term: 'tv backlight', exposure: 4102, clicks: 75, orders: 0 },
  { term: 'usb led strip', exposure: 3900, clicks: 140, orders: 5 },
  { term: 'rgb strip 5m', exposure: 2100, clicks: 60, orders: 2 },
  { term: 'bluetooth led', exposure: 1800, clicks: 40, orders: 1 },
];
const title = 'LED Strip Lights Cheap Lamp';

describe('the whole word bank with a decision for each word', () => {
  const a = analyseTitle('aliexpress', title, rows);

  it('lists every top search word with its numbers and what was done with it', () => {
    expect(
      a.decisions.map((d) => [d.word, d.exposure, d.clicks, d.orders, d.decision, d.canAdd]),
    ).toEqual([
      ['strip', 21200, 810, 29, 'inTitle', false],
      ['led', 20900, 790, 28, 'inTitle', false],
      ['lights', 15200, 610, 22, 'inTitle', false],
      ['tv', 4102, 75, 0, 'noOrders', true],
      ['backlight', 4102, 75, 0, 'noOrders', true],
      ['usb', 3900, 140, 5, 'added', false],
      ['rgb', 2100, 60, 2, 'added', false],
      ['5m', 2100, 60, 2, 'added', false],
      ['bluetooth', 1800, 40, 1, 'noRoom', true],
    ]);
    expect(a.suggestion).toBe('LED Strip Lights Cheap Lamp Usb Rgb 5m');
  });

  it('adds a skipped word when the seller asks, and recomputes the suggestion', () => {
    const b = analyseTitle('aliexpress', title, rows, { include: ['backlight'] });
    expect(b.suggestion).toBe('LED Strip Lights Cheap Lamp Backlight Usb Rgb 5m');
    expect(b.decisions.find((d) => d.word === 'backlight')).toMatchObject({
      decision: 'added',
      exposure: 4102,
      clicks: 75,
      orders: 0,
      canAdd: false,
    });
    expect(b.decisions.find((d) => d.word === 'tv')?.decision).toBe('noOrders');
  });

  it('says which words would repeat or were dropped, and that 2XL carries xl', () => {
    const c = analyseTitle('aliexpress', 'Hoodie Men Fleece Zip Up Hoodie 2XL', [
      { term: 'men hoodie', exposure: 9000, clicks: 300, orders: 12 },
      { term: 'fleece jacket', exposure: 5000, clicks: 200, orders: 0 },
      { term: 'zip-up hoodie', exposure: 3000, clicks: 90, orders: 3 },
      { term: 'hoodie xl', exposure: 900, clicks: 20, orders: 1 },
    ]);
    expect(c.decisions.map((d) => [d.word, d.decision])).toEqual([
      ['hoodie', 'inTitle'],
      ['men', 'inTitle'],
      ['fleece', 'dropped'],
      ['jacket', 'noOrders'],
      // Zip Up is in the title already, written apart.
      ['zip-up', 'wouldRepeat'],
      // The 2XL of the title carries it.
      ['xl', 'inTitle'],
    ]);
    expect(c.suggestion).toBe('Hoodie Men Zip Up 2XL');
  });
});
