import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { effectiveTierThresholds } from '@/utils/settings/settings';
import { currentPhase } from '@/utils/engines/promo/currentPhase';
import { loadOverrides } from '@/utils/db/promo/overrides';
import { now as clockNow } from '@/utils/settings/clock';
import { loadTierData, siteOfStoreKey } from '@/entrypoints/sidepanel/queries';
import { buildTierView } from '@/entrypoints/sidepanel/tier/tierView';
import { useI18n } from '../../../components/i18n';
import { CapabilitySection } from './CapabilitySection';
import { CustomerSegments } from './CustomerSegments';
import { OpenPageHint } from './OpenPageHint';
import { ProductRoles } from './ProductRoles';
import './tier.css';

// The Tier tab (docs/ADVICE.md#tiers): capability model, customer segments, product roles.

export function TierTab({ storeKey, now }: { storeKey: string | undefined; now?: Date }) {
  const { t } = useI18n();
  // One read: the store's packs of products, history (one row, not a
  // year of daily rows), the newest ability report and the customers.
  const data = useLiveQuery(
    () => (storeKey ? loadTierData(getDb(), storeKey, now ?? clockNow()) : Promise.resolve(null)),
    [storeKey, now],
  );
  const thresholds = useLiveQuery(() => effectiveTierThresholds(getDb()), []);
  // The seller's campaign date edits (Promo tab) decide which phase runs now.
  const overrides = useLiveQuery(() => loadOverrides(getDb()), []);
  const site = storeKey ? siteOfStoreKey(storeKey) : undefined;
  const view = useMemo(() => {
    if (!data || !thresholds || !site) return undefined;
    const at = now ?? clockNow();
    const phase = currentPhase(site, at, overrides ?? {});
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
