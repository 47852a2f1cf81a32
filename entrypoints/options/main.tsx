import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { languageOverride } from '@/components/languageOverride';
import { Options } from '@/entrypoints/options/Options';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider override={languageOverride(location.search)}>
      <Options />
    </I18nProvider>
  </StrictMode>,
);
