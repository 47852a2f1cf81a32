import { describe, expect, it } from 'vitest';
import { en, resolveLanguage, translator, zhCN, type MessageKey } from '@/utils/i18n/messages';

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();

const keys = Object.keys(en) as MessageKey[];

describe('UI messages', () => {
  it('zh-CN names every English key and no other', () => {
    expect(Object.keys(zhCN).sort()).toEqual([...keys].sort());
  });

  it.each(keys)('%s: zh-CN uses the same placeholders as English and is not left blank', (key) => {
    expect(placeholders(zhCN[key])).toEqual(placeholders(en[key]));
    expect(zhCN[key].trim()).not.toBe('');
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('status.okProducts', { count: 48, page: 'product list', ago: '2 min ago' })).toBe(
      'Read 48 products from the product list 2 min ago',
    );
    expect(t('ago.min', {})).toBe('{n} min ago');
    expect(translator('zh-CN')('ago.min', { n: 5 })).toBe('5 分钟前');
  });

  it.each([
    ['auto', 'zh-CN', 'zh-CN'],
    ['auto', 'zh-TW', 'zh-CN'],
    ['auto', 'en-US', 'en'],
    ['auto', 'de', 'en'],
    [undefined, 'zh', 'zh-CN'],
    ['en', 'zh-CN', 'en'],
    ['zh-CN', 'en-GB', 'zh-CN'],
  ] as const)('setting %s with browser %s → %s', (setting, browserLang, expected) => {
    expect(resolveLanguage(setting, browserLang)).toBe(expected);
  });
});
