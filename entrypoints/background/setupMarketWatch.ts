import { onMessage } from '../../utils/protocol';
import { getDb } from '../../utils/db/db';
import { BUYER_HOST_PATTERNS, SITES, type Site } from '../../utils/sites/hosts';
import { NOTIFICATION_ICON } from './notificationIcon';
import { handleMarketChoose, handleMarketPageSeen, type Notice } from './marketHandler';

// Market watch in the service worker. Buyer-side pages are read only where
// the seller granted the optional host permission (Options, "Watch the
// market"): their content scripts are registered per marketplace while the
// grant lasts and unregistered when it is withdrawn. On every start the
// registrations are reconciled with permissions.contains, so a grant removed
// in the browser's own settings stops the reading too.

export const MARKET_SCRIPT_PREFIX = 'storewise-market-';
/** The isolated reader with the in-page bar, and the MAIN-world capture of the item/search data responses. */
const READER_JS = 'content-scripts/market.js';
const CAPTURE_JS = 'content-scripts/capture.js';

type Registration = Parameters<typeof browser.scripting.registerContentScripts>[0][number];

export function marketRegistrations(site: Site): Registration[] {
  const matches = [...BUYER_HOST_PATTERNS[site]];
  return [
    {
      id: `${MARKET_SCRIPT_PREFIX}${site}`,
      matches,
      js: [READER_JS],
      runAt: 'document_idle',
      persistAcrossSessions: true,
    },
    {
      id: `${MARKET_SCRIPT_PREFIX}${site}-capture`,
      matches,
      js: [CAPTURE_JS],
      runAt: 'document_start',
      world: 'MAIN',
      persistAcrossSessions: true,
    },
  ];
}

/** Registers the buyer-page scripts of every granted marketplace and unregisters the rest. */
export async function reconcileMarketScripts(): Promise<Site[]> {
  const registered = new Set(
    (await browser.scripting.getRegisteredContentScripts())
      .map((s) => s.id)
      .filter((id) => id.startsWith(MARKET_SCRIPT_PREFIX)),
  );
  const granted: Site[] = [];
  for (const site of SITES) {
    const wanted = marketRegistrations(site);
    const ok = await browser.permissions.contains({ origins: [...BUYER_HOST_PATTERNS[site]] });
    if (ok) {
      granted.push(site);
      const missing = wanted.filter((r) => !registered.has(r.id));
      if (missing.length > 0) await browser.scripting.registerContentScripts(missing);
    } else {
      const present = wanted.map((r) => r.id).filter((id) => registered.has(id));
      if (present.length > 0) await browser.scripting.unregisterContentScripts({ ids: present });
    }
  }
  return granted;
}

export function setupMarketWatch(): void {
  let queue = Promise.resolve<unknown>(undefined);
  // One reconcile at a time: a grant and a withdrawal in quick succession must not interleave.
  const reconcile = () => {
    queue = queue
      .then(reconcileMarketScripts)
      .catch((e: unknown) => console.warn('market watch scripts', e));
  };
  reconcile();
  browser.runtime.onStartup.addListener(reconcile);
  browser.runtime.onInstalled.addListener(reconcile);
  browser.permissions.onAdded.addListener(reconcile);
  browser.permissions.onRemoved.addListener(reconcile);

  const notify = async (n: Notice) => {
    await browser.notifications.create(n.id, {
      type: 'basic',
      iconUrl: NOTIFICATION_ICON,
      title: n.title,
      message: n.message,
      priority: 1,
    });
  };
  const senderOf = (sender: { id?: string; url?: string; tab?: { id?: number } }) => ({
    id: sender.id,
    url: sender.url,
    tab: sender.tab,
  });
  onMessage('marketPageSeen', ({ data, sender }) =>
    handleMarketPageSeen(getDb(), data, senderOf(sender), browser.runtime.id, notify),
  );
  onMessage('marketChoose', ({ data, sender }) =>
    handleMarketChoose(getDb(), data, senderOf(sender), browser.runtime.id),
  );
}
