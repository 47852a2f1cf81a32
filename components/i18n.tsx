import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { useSetting } from '@/hooks/useSetting';
import { resolveLanguage, translator, type Language, type Translate } from '@/utils/i18n/messages';

interface I18n {
  lang: Language;
  t: Translate;
}

const I18nContext = createContext<I18n>({ lang: 'en', t: translator('en') });

/** Provides the UI language: the seller's choice in options, else the browser's. */
export function I18nProvider({ children, override }: { children: ReactNode; override?: Language }) {
  const setting = useSetting('language');
  const lang = override ?? resolveLanguage(setting.value, navigator.language);
  const value = useMemo(() => ({ lang, t: translator(lang) }), [lang]);
  return (
    <I18nContext.Provider value={value}>
      <div lang={lang}>{children}</div>
    </I18nContext.Provider>
  );
}

export const useI18n = (): I18n => useContext(I18nContext);

/** "2 min ago" in the UI language. */
export function agoText(t: Translate, iso: string, now: Date = new Date()): string {
  const mins = Math.max(0, Math.round((now.getTime() - new Date(iso).getTime()) / 60_000));
  if (mins < 1) return t('ago.now');
  if (mins < 60) return t('ago.min', { n: mins });
  if (mins < 60 * 24) return t('ago.hour', { n: Math.round(mins / 60) });
  return t('ago.day', { n: Math.round(mins / 1440) });
}
