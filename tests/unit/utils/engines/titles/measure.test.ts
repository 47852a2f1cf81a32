import { describe, expect, it } from 'vitest';
import { TITLE_LIMITS } from '../../../../../utils/engines/data/titleLimits';
import { measureTitle, truncateToLimit } from '../../../../../utils/engines/titles/measure';

describe('title length in the site unit (docs/ADVICE.md#titles)', () => {
  it('has the playbook defaults per site', () => {
    expect(TITLE_LIMITS).toEqual({
      aliexpress: { limit: 128, unit: 'chars' },
      taobao: { limit: 60, unit: 'bytes' },
      alibaba: { limit: 128, unit: 'chars' },
    });
  });

  it.each([
    ['Summer Dress Women', 'chars', 18],
    ['Summer Dress Women', 'bytes', 18],
    ['连衣裙', 'chars', 3],
    ['连衣裙', 'bytes', 6],
    ['2024新款夏季连衣裙', 'bytes', 4 + 7 * 2],
    // Full-width punctuation counts like a Chinese character on Taobao.
    ['【包邮】连衣裙', 'bytes', 14],
    // An emoji is one character, not two UTF-16 units.
    ['Dress 👗', 'chars', 7],
  ] as const)('measures %j in %s as %d', (text, unit, expected) => {
    expect(measureTitle(text, unit)).toBe(expected);
  });

  it('fits 30 Chinese characters in Taobao’s 60 bytes and not 31', () => {
    const thirty = '裙'.repeat(30);
    expect(measureTitle(thirty, 'bytes')).toBe(TITLE_LIMITS.taobao.limit);
    expect(measureTitle(`${thirty}裙`, 'bytes')).toBeGreaterThan(TITLE_LIMITS.taobao.limit);
  });

  it('truncates without splitting a two-byte character', () => {
    expect(truncateToLimit('ab连衣裙', 5, 'bytes')).toBe('ab连');
    expect(truncateToLimit('ab连衣裙', 6, 'bytes')).toBe('ab连衣');
    expect(truncateToLimit('Dress 👗 top', 7, 'chars')).toBe('Dress 👗');
  });
});
