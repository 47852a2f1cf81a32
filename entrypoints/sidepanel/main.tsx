import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/common/i18n';
import { App } from '@/components/sidepanel/App';
import { languageOverride } from '@/components/common/languageOverride';
import '@/components/common/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider override={languageOverride(location.search)}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
