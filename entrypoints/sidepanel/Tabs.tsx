import { useRef, type KeyboardEvent } from 'react';
import { PANEL_TABS, type PanelTab } from '@/utils/state/uiSlice';
import { useAppStore } from '@/utils/state/store';
import { useI18n } from '../../components/i18n';

/** WAI-ARIA tabs: arrow keys move between tabs, Home/End jump to the ends. */
export function Tabs() {
  const { t } = useI18n();
  const active = useAppStore((s) => s.activeTab);
  const setActive = useAppStore((s) => s.setActiveTab);
  const refs = useRef<Partial<Record<PanelTab, HTMLButtonElement | null>>>({});

  const onKey = (e: KeyboardEvent) => {
    const i = PANEL_TABS.indexOf(active);
    let next: PanelTab | undefined;
    if (e.key === 'ArrowRight') next = PANEL_TABS[(i + 1) % PANEL_TABS.length];
    if (e.key === 'ArrowLeft') next = PANEL_TABS[(i - 1 + PANEL_TABS.length) % PANEL_TABS.length];
    if (e.key === 'Home') next = PANEL_TABS[0];
    if (e.key === 'End') next = PANEL_TABS[PANEL_TABS.length - 1];
    if (!next) return;
    e.preventDefault();
    setActive(next);
    refs.current[next]?.focus();
  };

  return (
    <div role="tablist" aria-label="Storewise" className="tabs" onKeyDown={onKey}>
      {PANEL_TABS.map((tab) => (
        <button
          key={tab}
          ref={(el) => {
            refs.current[tab] = el;
          }}
          role="tab"
          id={`tab-${tab}`}
          aria-selected={tab === active}
          aria-controls={`panel-${tab}`}
          tabIndex={tab === active ? 0 : -1}
          onClick={() => setActive(tab)}
        >
          {t(`tab.${tab}`)}
        </button>
      ))}
    </div>
  );
}
