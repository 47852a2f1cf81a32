import type { Bilingual } from '../engines/types';
import type { Language } from './messages';

/** The engines speak both languages; the panel shows the seller's. */
export function pick(text: Bilingual, lang: Language): string {
  return lang === 'en' ? text.en : text.zh;
}

/** A count as the seller's locale writes it. */
export function formatCount(n: number, lang: Language): string {
  return Math.round(n).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN');
}
