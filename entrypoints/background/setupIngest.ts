import { onMessage } from '../../utils/protocol';
import { getDb } from '../../utils/db/db';
import { translator } from '../../utils/i18n/messages';
import { sellerLanguage } from '../../utils/db/promo/context';
import { handleReportRead } from './ingestHandler';
import { showToolbarBadge, toolbarBadge } from './toolbarState';

/** Accepts reads from the content scripts, stores them, and marks the tab's toolbar button. */
export function setupIngest(): void {
  onMessage('reportRead', async ({ data, sender }) => {
    const reply = await handleReportRead(
      getDb(),
      data,
      { id: sender.id, url: sender.url, tab: sender.tab },
      browser.runtime.id,
    );
    const tabId = sender.tab?.id;
    if (tabId !== undefined && sender.id === browser.runtime.id) {
      const t = translator(await sellerLanguage(getDb()));
      // The badge is a courtesy: a closed tab must not turn the reply into an error.
      await showToolbarBadge(browser.action, tabId, toolbarBadge(reply, t), t('appName')).catch(
        () => undefined,
      );
    }
    return reply;
  });
  // A new page in the tab has not been read yet.
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status !== 'loading') return;
    void (async () => {
      const t = translator(await sellerLanguage(getDb()));
      await showToolbarBadge(browser.action, tabId, null, t('appName'));
    })().catch(() => undefined);
  });
}
