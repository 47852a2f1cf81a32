import { useEffect, useState } from 'react';
import type { ActiveTab } from '@/utils/state/selectors';

// The tab in front of the last focused window, kept current as the seller
// switches tabs, navigates or focuses another window. The URL is visible only
// on the console hosts the extension may read (host permissions), which is all
// the panel needs to follow the console tab.
export function useActiveTab(): ActiveTab | undefined {
  const [tab, setTab] = useState<ActiveTab | undefined>(undefined);
  useEffect(() => {
    const api = (globalThis as { chrome?: typeof chrome }).chrome;
    if (!api?.tabs?.query) return;
    let live = true;
    const refresh = () => {
      api.tabs
        .query({ active: true, lastFocusedWindow: true })
        .then(([t]) => {
          if (live) setTab(t ? { id: t.id, url: t.url } : undefined);
        })
        .catch(() => {});
    };
    const onUpdated = (_id: number, change: { url?: string; status?: string }) => {
      if (change.url !== undefined || change.status === 'complete') refresh();
    };
    refresh();
    api.tabs.onActivated.addListener(refresh);
    api.tabs.onUpdated.addListener(onUpdated);
    api.windows?.onFocusChanged?.addListener(refresh);
    return () => {
      live = false;
      api.tabs.onActivated.removeListener(refresh);
      api.tabs.onUpdated.removeListener(onUpdated);
      api.windows?.onFocusChanged?.removeListener(refresh);
    };
  }, []);
  return tab;
}
