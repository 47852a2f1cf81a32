// The UI languages and how a string table becomes a translate function, apart
// from the tables themselves: utils/i18n/messages.ts holds every string, and
// the toolbar popup loads only its own (utils/i18n/popupMessages.ts).

export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];
export type LanguageSetting = Language | 'auto';

/** The UI language for a setting: `auto` follows the browser (zh* → zh-CN, else English). */
export function resolveLanguage(
  setting: LanguageSetting | undefined,
  browserLanguage: string,
): Language {
  if (setting === 'en' || setting === 'zh-CN') return setting;
  return browserLanguage.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

/** A translate function over the keys `K`; `{name}` placeholders are filled from `vars`. */
export type TranslateOf<K extends string> = (
  key: K,
  vars?: Record<string, string | number>,
) => string;

export function translatorFor<K extends string>(table: Record<K, string>): TranslateOf<K> {
  return (key, vars) => {
    const text = table[key];
    if (!vars) return text;
    return text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m));
  };
}
