import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { READ_LOG_KEY, type ReadEvent } from '@/utils/db/readLog';
import { useAppStore } from '@/utils/state/store';
import { currentStore, statusEventFor, TAB_PAGE_KINDS } from '@/utils/state/selectors';
import { useI18n } from '../../components/i18n';
import { StoreSwitcher } from '../../components/StoreSwitcher';
import { Tabs } from './Tabs';
import { StatusLine } from './StatusLine';
import { TierTab } from './tier/TierTab';
import { KeywordsTab } from './keywords/KeywordsTab';
import { PromoTab } from './promo/PromoTab';
import { MarketTab } from './market/MarketTab';

export function App() {
  const { t } = useI18n();
  const activeTab = useAppStore((s) => s.activeTab);
  const selected = useAppStore((s) => s.selectedStoreKey);
  const stores = useLiveQuery(() => getDb().stores.toArray(), []) ?? [];
  const log = useLiveQuery(() => getDb().settings.get(READ_LOG_KEY), []);
  const events = Array.isArray(log?.value) ? (log.value as ReadEvent[]) : [];
  const store = currentStore(stores, selected);
  const storeKey = store?.id;

  return (
    <main className="panel">
      <header className="panel-header">
        <h1>{t('appName')}</h1>
        <StoreSwitcher stores={stores} current={store} />
      </header>
      <Tabs />
      <StatusLine
        event={statusEventFor(activeTab, events, storeKey)}
        anyRead={events.length > 0}
        tabPages={TAB_PAGE_KINDS[activeTab]}
      />
      <div
        role="tabpanel"
        id={`panel-${activeTab}`}
        aria-labelledby={`tab-${activeTab}`}
        tabIndex={0}
        className="tabpanel"
      >
        {activeTab === 'tier' && <TierTab storeKey={storeKey} />}
        {activeTab === 'keywords' && <KeywordsTab storeKey={storeKey} />}
        {activeTab === 'promo' && <PromoTab storeKey={storeKey} />}
        {activeTab === 'market' && <MarketTab />}
      </div>
      <footer className="muted small">{t('privacy.local')}</footer>
    </main>
  );
}
