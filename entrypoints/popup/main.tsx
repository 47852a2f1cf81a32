import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { languageOverride } from '@/components/languageOverride';
import { openPopup, Popup } from '@/entrypoints/popup/Popup';
import '@/components/base.css';

// The database and the tab in front are read as soon as the script runs, and
// React renders once, with the checklist (scripts/bench/popup.bench.ts times it).
void openPopup().then(({ source, view }) => {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <Popup source={source} first={view} override={languageOverride(location.search)} />
    </StrictMode>,
  );
});
