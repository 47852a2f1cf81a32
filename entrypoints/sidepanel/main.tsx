import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import { languageOverride } from '@/components/languageOverride';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <I18nProvider override={languageOverride(location.search)}>
      <App />
    </I18nProvider>
  </StrictMode>,
);
