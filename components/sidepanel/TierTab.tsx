import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { effectiveTierThresholds } from '@/utils/settings/settings';
import { runningPhase } from '@/utils/sidepanel/currentPhase';
import { loadOverrides } from '@/utils/promo/overrides';
import { now as clockNow } from '@/utils/clock';
import { loadTierBase, recentProductDaily, siteOfStoreKey } from '@/utils/sidepanel/queries';
import type { ProductDailyRecord } from '@/utils/db/records';
import { buildTierView } from '@/utils/sidepanel/tierView';
import { useI18n } from '../common/i18n';
import { CapabilitySection } from './tier/CapabilitySection';
import { CustomerSegments } from './tier/CustomerSegments';
import { OpenPageHint } from './tier/OpenPageHint';
import { ProductRoles } from './tier/ProductRoles';
import './tier/tier.css';

// The Tier tab (PLAYBOOK §1): capability model, customer segments, product roles.

const NO_DAILY: ProductDailyRecord[] = [];

export function TierTab({ storeKey, now }: { storeKey: string | undefined; now?: Date }) {
  const { t } = useI18n();
  const base = useLiveQuery(
    () => (storeKey ? loadTierBase(getDb(), storeKey) : Promise.resolve(null)),
    [storeKey],
  );
  // The daily history is the big read (a year of 2,000 listings): render from
  // the rest first and refine the roles and restock signals when it lands.
  // Started only once the base is in: IndexedDB answers one big range read at
  // a time, and the base must not queue behind it.
  const baseReady = base !== undefined;
  const history = useLiveQuery(
    () =>
      storeKey && baseReady
        ? recentProductDaily(getDb(), storeKey, now ?? clockNow())
        : Promise.resolve(storeKey ? undefined : ([] as ProductDailyRecord[])),
    [storeKey, now, baseReady],
  );
  const data = useMemo(
    () => (base ? { ...base, productDaily: history ?? NO_DAILY } : base),
    [base, history],
  );
  const thresholds = useLiveQuery(() => effectiveTierThresholds(getDb()), []);
  // The seller's campaign date edits (Promo tab) decide which phase runs now.
  const overrides = useLiveQuery(() => loadOverrides(getDb()), []);
  const site = storeKey ? siteOfStoreKey(storeKey) : undefined;
  const view = useMemo(() => {
    if (!data || !thresholds || !site) return undefined;
    const at = now ?? clockNow();
    const phase = runningPhase(site, at, overrides ?? {});
    return { phase, ...buildTierView(data, thresholds, phase, at) };
  }, [data, thresholds, site, now, overrides]);

  if (data === undefined || thresholds === undefined) return null;
  if (!data || !site || !view) return <p className="empty">{t('tier.empty')}</p>;
  const nothing =
    data.products.length === 0 &&
    data.abilityScores.length === 0 &&
    data.customers.length === 0 &&
    (data.customerSegments?.length ?? 0) === 0;
  if (nothing) return <OpenPageHint site={site} page="productList" testId="tier-empty" />;

  return (
    <div className="tier-tab">
      <p data-testid="product-count">{t('tier.products', { count: data.products.length })}</p>
      {history === undefined && data.products.length > 0 && (
        <p className="small muted" role="status" data-testid="history-loading">
          {t('tier.historyLoading')}
        </p>
      )}
      <CapabilitySection
        site={site}
        result={view.capability}
        readAt={view.readAt.ability}
        now={now}
      />
      <CustomerSegments
        site={site}
        result={view.customers}
        phase={view.phase}
        readAt={view.readAt.customers}
        figures={view.customerFigures}
        figuresAt={view.readAt.customerFigures}
        now={now}
      />
      {data.products.length === 0 ? (
        <OpenPageHint site={site} page="productList" testId="roles-empty" />
      ) : (
        <ProductRoles result={view.roles} readAt={view.readAt.products} now={now} />
      )}
    </div>
  );
}
