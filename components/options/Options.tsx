import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import type { LanguageSetting } from '@/utils/i18n/messages';
import { LANGUAGE_KEY, useI18n } from '../common/i18n';

export function Options() {
  const { t } = useI18n();
  const setting = useLiveQuery(() => getDb().settings.get(LANGUAGE_KEY), []);
  const value = (setting?.value as LanguageSetting | undefined) ?? 'auto';
  const change = (next: LanguageSetting) =>
    void getDb().settings.put({ key: LANGUAGE_KEY, value: next });
  return (
    <main className="panel" style={{ maxWidth: 720, margin: '0 auto' }}>
      <h1>{t('options.title')}</h1>
      <label>
        {t('options.language')}{' '}
        <select
          data-testid="language"
          value={value}
          onChange={(e) => change(e.target.value as LanguageSetting)}
        >
          <option value="auto">{t('options.language.auto')}</option>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </label>
      <p className="muted small">{t('privacy.local')}</p>
    </main>
  );
}
