import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/common/i18n';
import { languageOverride } from '@/components/common/languageOverride';
import { Popup } from '@/components/popup/Popup';
import '@/components/common/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider override={languageOverride(location.search)}>
      <Popup />
    </I18nProvider>
  </StrictMode>,
);
