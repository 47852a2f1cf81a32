import { useCallback, useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { BUYER_HOST_PATTERNS, SITES, type Site } from '@/utils/sites/hosts';
import { useSetting } from '@/hooks/useSetting';
import type { SettingKey } from '@/utils/settings/settings';
import { useI18n } from '../../components/i18n';
import { NumberField } from './NumberField';

// "Watch the market": asks the browser, on the seller's click, for the
// buyer-side pages of the marketplaces the seller has stores on (all three
// before any store is read). The service worker registers the page scripts
// when the grant arrives and removes them when it is withdrawn.

const originsOf = (sites: readonly Site[]) => sites.flatMap((s) => [...BUYER_HOST_PATTERNS[s]]);

async function grantedSites(): Promise<Site[]> {
  const out: Site[] = [];
  for (const site of SITES) {
    if (await browser.permissions.contains({ origins: originsOf([site]) })) out.push(site);
  }
  return out;
}

export function MarketSection() {
  const { t } = useI18n();
  const stores = useLiveQuery(() => getDb().stores.toArray(), []);
  const storeSites = SITES.filter((s) => stores?.some((st) => st.site === s));
  const offered = storeSites.length > 0 ? storeSites : SITES;
  const [granted, setGranted] = useState<Site[] | undefined>(undefined);
  const [denied, setDenied] = useState(false);

  const refresh = useCallback(() => {
    grantedSites().then(setGranted, () => setGranted([]));
  }, []);
  useEffect(() => {
    refresh();
    // Browsers without permission events (and test doubles) still get the state on each click.
    const events = [browser.permissions.onAdded, browser.permissions.onRemoved];
    try {
      for (const e of events) e.addListener(refresh);
    } catch {
      return undefined;
    }
    return () => {
      for (const e of events) e.removeListener(refresh);
    };
  }, [refresh]);

  // Called straight from the click: the browser grants only within a user gesture.
  const enable = () => {
    setDenied(false);
    browser.permissions.request({ origins: originsOf(offered) }).then(
      (ok) => {
        if (!ok) setDenied(true);
        refresh();
      },
      () => setDenied(true),
    );
  };
  const disable = () => {
    browser.permissions.remove({ origins: originsOf(SITES) }).then(refresh, refresh);
  };
  const anyGranted = (granted?.length ?? 0) > 0;

  return (
    <section
      aria-labelledby="market-heading"
      className="options-section"
      data-testid="market-section"
    >
      <h2 id="market-heading">{t('options.market')}</h2>
      <p className="muted small">{t('options.market.intro')}</p>
      {storeSites.length === 0 && <p className="muted small">{t('options.market.noStores')}</p>}
      <ul data-testid="market-sites">
        {offered.map((site) => (
          <li key={site} data-testid={`market-site-${site}`}>
            {t(`site.${site}`)}:{' '}
            {granted?.includes(site) ? t('options.market.on') : t('options.market.off')}
          </li>
        ))}
      </ul>
      <div className="field">
        <button type="button" data-testid="market-enable" onClick={enable}>
          {t('options.market.enable')}
        </button>{' '}
        {anyGranted && (
          <button type="button" data-testid="market-disable" onClick={disable}>
            {t('options.market.disable')}
          </button>
        )}
      </div>
      {denied && (
        <p role="status" className="small">
          {t('options.market.denied')}
        </p>
      )}
      <MarketAlerts />
    </section>
  );
}

function Toggle({
  setting,
  label,
}: {
  setting: SettingKey & `marketAlert${string}`;
  label: string;
}) {
  const s = useSetting(setting);
  return (
    <div className="field">
      <label>
        <input
          type="checkbox"
          data-testid={setting}
          checked={s.value}
          onChange={(e) => void s.set(e.target.checked)}
        />{' '}
        {label}
      </label>
    </div>
  );
}

function MarketAlerts() {
  const { t } = useI18n();
  const pct = useSetting('marketPriceCutPercent');
  const places = useSetting('marketRankDropPlaces');
  return (
    <fieldset>
      <legend>{t('options.market.alerts')}</legend>
      <Toggle setting="marketAlertPriceCut" label={t('options.market.alertPriceCut')} />
      <NumberField
        label={t('options.market.priceCutPercent')}
        value={pct.value}
        min={1}
        max={90}
        testId="market-price-cut-percent"
        onCommit={(v) => pct.set(v)}
      />
      <Toggle setting="marketAlertTitle" label={t('options.market.alertTitle')} />
      <Toggle setting="marketAlertRankDrop" label={t('options.market.alertRankDrop')} />
      <NumberField
        label={t('options.market.rankDropPlaces')}
        value={places.value}
        min={1}
        max={100}
        integer
        testId="market-rank-drop-places"
        onCommit={(v) => places.set(v)}
      />
    </fieldset>
  );
}
