import { describe, expect, it } from 'vitest';
import { parseCount, parseMoney, parseNumber, parseRate } from '@/utils/sites/normalise';

describe('console number formats', () => {
  it.each([
    ['1,234', 1234],
    ['1.2万', 12000],
    ['3.5亿', 350_000_000],
    ['12.5%', 12.5],
    ['-7', -7],
    [' 2,048 ', 2048],
  ])('parseNumber(%j) = %d', (text, n) => expect(parseNumber(text)).toBe(n));

  it.each(['-', '--', '', '暂无', 'abc', null, undefined, Number.NaN, Infinity])(
    'parseNumber(%j) is absent, never NaN',
    (v) => {
      expect(parseNumber(v)).toBeUndefined();
    },
  );

  it('reads rates as 0..1 from percent text and bare percents', () => {
    expect(parseRate('12.5%')).toBe(0.125);
    expect(parseRate('0.034')).toBe(0.034);
    expect(parseRate(3.4)).toBe(0.034);
    expect(parseRate('250%')).toBeUndefined();
    expect(parseRate('--')).toBeUndefined();
  });

  it('reads money with its currency', () => {
    expect(parseMoney('US $12.99')).toEqual({ amount: 12.99, currency: 'USD' });
    expect(parseMoney('USD 3.63')).toEqual({ amount: 3.63, currency: 'USD' });
    expect(parseMoney('¥19.90')).toEqual({ amount: 19.9, currency: 'CNY' });
    expect(parseMoney('US $1.00 - 3.00')).toEqual({ amount: 1, currency: 'USD' });
    expect(parseMoney('-')).toBeUndefined();
  });

  it('counts are never negative', () => {
    expect(parseCount('-3')).toBeUndefined();
    expect(parseCount('1.2万')).toBe(12000);
  });
});
