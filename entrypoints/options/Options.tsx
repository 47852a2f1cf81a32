import { useId } from 'react';
import type { LanguageSetting } from '@/utils/i18n/messages';
import { useSetting } from '@/hooks/useSetting';
import { useI18n } from '../../components/i18n';
import { DataSection } from './DataSection';
import { NumberField } from './NumberField';
import { TierThresholdsSection, TitleLimitsSection } from './PlaybookSection';
import { StoresSection } from './StoresSection';
import { MarketSection } from './MarketSection';
import './options.css';

export function Options() {
  const { t } = useI18n();
  return (
    <main className="options">
      <h1>{t('options.title')}</h1>
      <p className="muted small">{t('privacy.local')}</p>
      <GeneralSection />
      <StoresSection />
      <TierThresholdsSection />
      <TitleLimitsSection />
      <MarketSection />
      <DataSection />
    </main>
  );
}

function GeneralSection() {
  const { t } = useI18n();
  const id = useId();
  const language = useSetting('language');
  const lead = useSetting('reminderLeadDays');
  return (
    <section aria-labelledby="general-heading" className="options-section">
      <h2 id="general-heading">{t('options.general')}</h2>
      <div className="field">
        <label htmlFor={id}>{t('options.language')}</label>
        <select
          id={id}
          data-testid="language"
          value={language.value}
          onChange={(e) => void language.set(e.target.value as LanguageSetting)}
        >
          <option value="auto">{t('options.language.auto')}</option>
          <option value="en">English</option>
          <option value="zh-CN">简体中文</option>
        </select>
      </div>
      <NumberField
        label={t('options.reminderLead')}
        value={lead.value}
        min={0}
        max={60}
        integer
        testId="reminder-lead"
        hint={t('options.reminderLead.hint')}
        onCommit={(v) => lead.set(v)}
      />
    </section>
  );
}
