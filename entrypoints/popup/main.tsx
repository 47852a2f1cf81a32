import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { languageOverride } from '@/components/languageOverride';
import { Popup } from '@/entrypoints/popup/Popup';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider override={languageOverride(location.search)}>
      <Popup />
    </I18nProvider>
  </StrictMode>,
);
