import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/common/i18n';
import { languageOverride } from '@/components/common/languageOverride';
import { Options } from '@/components/options/Options';
import '@/components/common/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider override={languageOverride(location.search)}>
      <Options />
    </I18nProvider>
  </StrictMode>,
);
