import { lazy, Suspense } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { currentStore } from '@/utils/state/selectors';
import { readLog } from '@/utils/db/readLog';
import { useActiveTab } from '@/hooks/useActiveTab';
import { loadOverrides } from '@/utils/db/promo/overrides';
import { focusEntry } from '@/utils/engines/promo/selection';
import { pick } from '@/utils/engines/promo/texts';
import { useNow } from '@/hooks/useNow';
import { useI18n } from '../../components/i18n';
import { Checklist } from '../../components/promo/Checklist';
import { siteOfStoreKey } from '@/utils/db/storeKey';
import '../../components/promo/promo.css';
import { storeLabel } from '../../components/StoreSwitcher';

// The announcement import (an HTML reader and the date extraction) loads after
// the checklist is shown: the popup's first scripts stay small.
const ImportFromPage = lazy(() =>
  import('../../components/promo/ImportFromPage').then((m) => ({ default: m.ImportFromPage })),
);

/** The toolbar popup: the current phase's checklist for the most recent store, and a way into the side panel. */
export function Popup() {
  const { t, lang } = useI18n();
  const instant = useNow();
  const stores = useLiveQuery(() => getDb().stores.toArray(), []);
  const overrides = useLiveQuery(() => loadOverrides(getDb()), []);
  const events = useLiveQuery(() => readLog(getDb()), []);
  const activeTab = useActiveTab();
  const store = stores && currentStore(stores, undefined, activeTab, events);
  const site = siteOfStoreKey(store?.id);
  const entry = site && overrides ? focusEntry(site, instant, overrides) : undefined;
  const phase = entry?.at.phase;
  const phaseLabel = phase && entry.campaign.phases.find((p) => p.id === phase)?.label;

  const openPanel = async () => {
    const sidePanel = (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;
    const win = await browser.windows.getCurrent();
    if (sidePanel && win.id !== undefined) await sidePanel.open({ windowId: win.id });
    else
      await (
        globalThis as { browser?: { sidebarAction?: { open?: () => Promise<void> } } }
      ).browser?.sidebarAction?.open?.();
    window.close();
  };

  return (
    <main className="panel" style={{ minHeight: 0 }} data-testid="popup">
      <h1>{t('popup.title')}</h1>
      {store && <p className="muted small">{t('popup.store', { store: storeLabel(store, t) })}</p>}
      {store && entry && phase && phaseLabel ? (
        <>
          <h2 className="small" data-testid="popup-phase">
            {pick(entry.campaign.name, lang)} · {pick(phaseLabel, lang)}
          </h2>
          <Checklist storeKey={store.id} campaign={entry.campaign} phase={phase} />
        </>
      ) : (
        stores && overrides && <p className="muted">{t('popup.noCampaign')}</p>
      )}
      <div className="promo-actions">
        <button type="button" onClick={() => void openPanel()}>
          {t('popup.openPanel')}
        </button>
      </div>
      <Suspense fallback={null}>
        <ImportFromPage site={site} />
      </Suspense>
    </main>
  );
}
