import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageOverride } from '@/components/languageOverride';
import { Popup } from '@/entrypoints/popup/Popup';
import '@/components/base.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <Popup override={languageOverride(location.search)} />
  </StrictMode>,
);
