import type { Bilingual } from '../engines/types';
import type { Language } from './messages';

/** The engines speak both languages; the panel shows the seller's. */
export function pick(text: Bilingual, lang: Language): string {
  return lang === 'en' ? text.en : text.zh;
}

// One formatter per language: toLocaleString makes a new one on each call,
// and a panel of 2,000 listings formats thousands of counts.
const EN_COUNT = new Intl.NumberFormat('en-US');
const ZH_COUNT = new Intl.NumberFormat('zh-CN');

/** A count as the seller's locale writes it. */
export function formatCount(n: number, lang: Language): string {
  return (lang === 'en' ? EN_COUNT : ZH_COUNT).format(Math.round(n));
}
