import { useEffect, useRef, useState, type ComponentType } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { READ_LOG_KEY } from '@/utils/db/readLog';
import { useSetting } from '@/hooks/useSetting';
import { useAppStore } from '@/utils/state/store';
import { currentStore, statusEventFor, tabKey, TAB_PAGE_KINDS } from '@/utils/state/selectors';
import { useActiveTab } from '@/hooks/useActiveTab';
import { useI18n } from '../../components/i18n';
import { StoreSwitcher } from '../../components/StoreSwitcher';
import { Tabs } from './Tabs';
import { TabErrorBoundary } from './TabErrorBoundary';
import { StatusLine } from './StatusLine';
import { TierTab } from './tier/TierTab';

// The panel opens on Tier: the other tabs (and the chart library the Keywords
// and Market tabs draw with) load in chunks of their own, fetched once the
// first tab has rendered and the panel is idle. A tab whose chunk is in renders
// at once; a click before that renders it as soon as its chunk arrives (state,
// not Suspense, which would hold the revealed content back a few hundred ms).
function deferredTab<P extends object>(
  load: () => Promise<ComponentType<P>>,
): { Tab: ComponentType<P>; preload: () => Promise<unknown> } {
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    load().then((c) => {
      loaded = c;
      return c;
    });
  const Tab = (props: P) => {
    const [Loaded, setLoaded] = useState(() => loaded);
    useEffect(() => {
      if (Loaded) return;
      let live = true;
      void preload().then((c) => live && setLoaded(() => c));
      return () => {
        live = false;
      };
    }, [Loaded]);
    return Loaded ? <Loaded {...props} /> : null;
  };
  return { Tab, preload };
}

const keywords = deferredTab(() => import('./keywords/KeywordsTab').then((m) => m.KeywordsTab));
const promo = deferredTab(() => import('./promo/PromoTab').then((m) => m.PromoTab));
const market = deferredTab(() => import('./market/MarketTab').then((m) => m.MarketTab));
const KeywordsTab = keywords.Tab;
const PromoTab = promo.Tab;
const MarketTab = market.Tab;

export function App() {
  const { t } = useI18n();
  const panelTab = useAppStore((s) => s.activeTab);
  const selected = useAppStore((s) => s.selectedStoreKey);
  const stores = useLiveQuery(() => getDb().stores.toArray(), []) ?? [];
  const events = useSetting(READ_LOG_KEY).value;
  const activeTab = useActiveTabKeepingPick();
  const store = currentStore(stores, selected, activeTab, events);
  const storeKey = store?.id;
  useEffect(() => {
    // When the panel is idle (the first tab has rendered), not while it reads.
    const later = () => void Promise.all([keywords.preload(), promo.preload(), market.preload()]);
    if (typeof requestIdleCallback !== 'function') {
      const id = setTimeout(later, 500);
      return () => clearTimeout(id);
    }
    const id = requestIdleCallback(later, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }, []);

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>{t('appName')}</h1>
        <StoreSwitcher stores={stores} current={store} />
      </header>
      <Tabs />
      <StatusLine
        event={statusEventFor(panelTab, events, storeKey)}
        anyRead={events.length > 0}
        tabPages={TAB_PAGE_KINDS[panelTab]}
      />
      <div
        role="tabpanel"
        id={`panel-${panelTab}`}
        aria-labelledby={`tab-${panelTab}`}
        tabIndex={0}
        className="tabpanel"
      >
        <TabErrorBoundary resetKey={`${panelTab}|${storeKey ?? ''}`}>
          {panelTab === 'tier' && <TierTab storeKey={storeKey} />}
          {panelTab === 'keywords' && <KeywordsTab storeKey={storeKey} />}
          {panelTab === 'promo' && <PromoTab storeKey={storeKey} />}
          {panelTab === 'market' && <MarketTab />}
        </TabErrorBoundary>
      </div>
      <footer className="muted small">{t('privacy.local')}</footer>
    </main>
  );
}

/** The browser tab in front; a store the seller picked by hand holds until that tab changes. */
function useActiveTabKeepingPick() {
  const tab = useActiveTab();
  const selectStore = useAppStore((s) => s.selectStore);
  const key = tabKey(tab);
  const last = useRef(key);
  useEffect(() => {
    if (last.current === key) return;
    last.current = key;
    selectStore(undefined);
  }, [key, selectStore]);
  return tab;
}
