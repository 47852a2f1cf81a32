import { LANGUAGES, type Language } from '@/utils/i18n/core';

/** `?lang=zh-CN` on an extension page forces its language (screenshots, support). */
export function languageOverride(search: string): Language | undefined {
  const lang = new URLSearchParams(search).get('lang');
  return LANGUAGES.find((l) => l === lang);
}
