import { describe, expect, it } from 'vitest';
import { tokenize, wordDiff } from '@/utils/engines/titles/wordDiff';

describe('word diff of titles', () => {
  it('marks added and removed words and keeps the rest in order', () => {
    const ops = wordDiff('Women Summer Dress Dress Floral', 'Women Summer Floral Dress Beach');
    const after = ops
      .filter((o) => o.kind !== 'removed')
      .map((o) => o.text)
      .join(' ');
    const before = ops
      .filter((o) => o.kind !== 'added')
      .map((o) => o.text)
      .join(' ');
    expect(after).toBe('Women Summer Floral Dress Beach');
    expect(before.toLowerCase()).toBe('women summer dress dress floral');
    expect(ops.filter((o) => o.kind === 'added').map((o) => o.text)).toContain('Beach');
  });

  it('treats a case change as the same word unless asked', () => {
    expect(wordDiff('red dress', 'Red Dress').every((o) => o.kind === 'same')).toBe(true);
    expect(wordDiff('red dress', 'Red Dress', true).some((o) => o.kind === 'added')).toBe(true);
  });

  it('segments Chinese titles into words', () => {
    const words = tokenize('2026新款夏季连衣裙');
    expect(words.length).toBeGreaterThan(2);
    expect(words.join('')).toBe('2026新款夏季连衣裙');
  });
});
