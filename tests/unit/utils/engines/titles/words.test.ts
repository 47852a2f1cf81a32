import { describe, expect, it } from 'vitest';
import {
  makeDictionary,
  segmentWords,
  termDictionary,
  wordKey,
} from '../../../../../utils/engines/titles/words';

const texts = (s: string, dict?: Parameters<typeof segmentWords>[1]) =>
  segmentWords(s, dict).map((w) => w.text);

describe('word keys: case- and plural-insensitive English', () => {
  it.each([
    ['Dress', 'dress'],
    ['Dresses', 'dress'],
    ['dress', 'dress'],
    ['Women', 'woman'],
    ["Women's", 'woman'],
    ['Boxes', 'box'],
    ['Shoes', 'shoe'],
    ['Pockets', 'pocket'],
    ['Hoodies', 'hoody'],
    ['Glass', 'glass'],
    ['Bus', 'bus'],
    ['USB', 'usb'],
    ['3.5mm', '3.5mm'],
    ['连衣裙', '连衣裙'],
  ])('%s → %s', (word, key) => {
    expect(wordKey(word)).toBe(key);
  });
});

describe('segmenting titles', () => {
  it('keeps hyphenated and decimal English words whole', () => {
    expect(texts("USB-C Cable 3.5mm Women's T-shirt")).toEqual([
      'USB-C',
      'Cable',
      '3.5mm',
      "Women's",
      'T-shirt',
    ]);
    const [tshirt] = segmentWords('T-shirt');
    expect(tshirt?.parts).toEqual(['t', 'shirt']);
  });

  it('segments a Chinese title with Intl.Segmenter when no search words are known', () => {
    const words = texts('2024新款夏季女装');
    expect(words).toEqual(['2024', '新款', '夏季', '女装']);
  });

  it('keeps the product’s own search words whole in a Chinese title', () => {
    const dict = termDictionary(['连衣裙', '雪纺 连衣裙', '碎花 长裙']);
    expect(texts('新款雪纺连衣裙碎花长裙', dict)).toEqual([
      '新款',
      '雪纺',
      '连衣裙',
      '碎花',
      '长裙',
    ]);
  });

  it('splits a mixed zh/en title into both scripts’ words, in order', () => {
    const dict = makeDictionary(['连衣裙']);
    const words = segmentWords('夏季连衣裙 Summer Dress for Women', dict);
    expect(words.map((w) => w.text)).toEqual(['夏季', '连衣裙', 'Summer', 'Dress', 'for', 'Women']);
    expect(words.map((w) => w.cjk)).toEqual([true, true, false, false, false, false]);
    expect(words.find((w) => w.text === 'for')?.functional).toBe(true);
  });

  it('takes only bounded 2-4 character Chinese chunks of terms as dictionary words', () => {
    const dict = termDictionary(['雪纺 连衣裙', '碎花连衣裙夏季新款', 'a连衣裙']);
    expect([...dict.words].sort()).toEqual(['连衣裙', '雪纺'].sort());
  });
});
