import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react';
import { openLite, watchTables, type LiteDb } from '@/utils/db/lite';
import type { ActiveTab } from '@/utils/state/selectors';
import { siteOfStoreKey } from '@/utils/db/storeKey';
import { pick } from '@/utils/engines/promo/texts';
import { resolveLanguage, translatorFor, type Language } from '@/utils/i18n/core';
import { popupEn, popupZhCN } from '@/utils/i18n/popupMessages';
import type { Site } from '@/utils/types';
import { ChecklistView } from '../../components/promo/ChecklistView';
import '../../components/promo/promo.css';
import { storeLabel } from '../../components/storeLabel';
import { readPopupView, type PopupView } from './popupView';

// The popup opens on every toolbar click, so its first scripts carry React,
// the promo engine and its own strings only (scripts/bench/bundle.bench.ts):
// it reads the database without Dexie (utils/db/lite.ts), sends its ticks to
// the background (utils/protocol.ts `setChecklistItem`) and follows every
// page's writes on Dexie's change broadcast. The announcement import (an HTML
// reader, Dexie, the full string tables) loads only when the seller asks for it.

const ImportFromPage = lazy(async () => {
  const [{ ImportFromPage: Import }, { I18nProvider }] = await Promise.all([
    import('../../components/promo/ImportFromPage'),
    import('../../components/i18n'),
  ]);
  return {
    default: ({ site, lang }: { site: Site | undefined; lang: Language }) => (
      <I18nProvider override={lang}>
        <Import site={site} readOnMount />
      </I18nProvider>
    ),
  };
});

/** The tables whose writes change what the popup shows. */
const WATCHED = ['stores', 'settings', 'checklistProgress'] as const;
/** Phases change at midnight in the campaign's zone: read again now and then while open. */
const REFRESH_MS = 30_000;

async function frontTab(): Promise<ActiveTab | undefined> {
  const tabs = (globalThis as { chrome?: typeof chrome }).chrome?.tabs;
  if (!tabs?.query) return undefined;
  try {
    const [t] = await tabs.query({ active: true, lastFocusedWindow: true });
    return t ? { id: t.id, url: t.url } : undefined;
  } catch {
    return undefined;
  }
}

/** Where the popup reads from: the database (when it exists) and the tab in front. */
export interface PopupSource {
  db: LiteDb | undefined;
  tab: ActiveTab | undefined;
}

/**
 * The first view, read before React renders anything (entrypoints/popup/main.tsx):
 * the popup's one render then already shows the checklist.
 */
export async function openPopup(): Promise<{ source: PopupSource; view: PopupView }> {
  try {
    const [db, tab] = await Promise.all([openLite(), frontTab()]);
    return { source: { db, tab }, view: await readPopupView(db, tab) };
  } catch (e) {
    // A database that cannot be read still leaves the way into the side panel.
    console.warn('popup read', e);
    const source = { db: undefined, tab: undefined };
    return { source, view: await readPopupView(undefined, undefined) };
  }
}

/** The view, read again after every write any page makes and now and then while open. */
function usePopupView(
  source: PopupSource,
  first: PopupView,
): [PopupView, (update: (v: PopupView) => PopupView) => void, () => void] {
  const [view, setView] = useState<PopupView>(first);
  const reread = useCallback(() => {
    readPopupView(source.db, source.tab)
      .then(setView)
      .catch((e: unknown) => console.warn('popup read', e));
  }, [source]);

  useEffect(() => {
    const stop = watchTables(WATCHED, reread, source.db?.name);
    const timer = setInterval(reread, REFRESH_MS);
    return () => {
      stop();
      clearInterval(timer);
    };
  }, [reread, source]);

  return [view, setView, reread];
}

/** The toolbar popup: the current phase's checklist for the most recent store, and a way into the side panel. */
export function Popup({
  source,
  first,
  override,
}: {
  source: PopupSource;
  first: PopupView;
  override?: Language | undefined;
}) {
  const [view, update, reread] = usePopupView(source, first);
  const [importing, setImporting] = useState(false);
  const lang = override ?? resolveLanguage(view.language, navigator.language);
  const t = useMemo(() => translatorFor(lang === 'en' ? popupEn : popupZhCN), [lang]);

  const { store, entry } = view;
  const site = siteOfStoreKey(store?.id);
  const phase = entry?.at.phase;
  const phaseLabel = phase && entry.campaign.phases.find((p) => p.id === phase)?.label;

  const tick = (itemId: string, done: boolean) => {
    if (!store || !entry) return;
    // Shown at once; the background's write confirms it (or the re-read puts it back).
    update((v) => {
      const next = new Set(v.done);
      if (done) next.add(itemId);
      else next.delete(itemId);
      return { ...v, done: next };
    });
    // The messaging library loads with the first tick, not with the popup.
    import('@/utils/protocol')
      .then(({ sendMessage }) =>
        sendMessage('setChecklistItem', {
          storeKey: store.id,
          campaignId: entry.campaign.id,
          year: entry.campaign.year,
          itemId,
          done,
        }),
      )
      .then((reply) => {
        if (!reply.ok) throw new Error(reply.error);
      })
      .catch((e: unknown) => {
        console.warn('checklist tick', e);
        reread();
      });
  };

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
    <div lang={lang}>
      <main className="panel" style={{ minHeight: 0 }} data-testid="popup">
        <h1>{t('popup.title')}</h1>
        {store && (
          <p className="muted small">{t('popup.store', { store: storeLabel(store, t) })}</p>
        )}
        {store && entry && phase && phaseLabel ? (
          <>
            <h2 className="small" data-testid="popup-phase">
              {pick(entry.campaign.name, lang)} · {pick(phaseLabel, lang)}
            </h2>
            <ChecklistView
              campaign={entry.campaign}
              phase={phase}
              items={view.items}
              done={view.done}
              onToggle={tick}
              lang={lang}
              t={t}
            />
          </>
        ) : (
          <p className="muted">{t('popup.noCampaign')}</p>
        )}
        <div className="promo-actions">
          <button type="button" onClick={() => void openPanel()}>
            {t('popup.openPanel')}
          </button>
        </div>
        {importing ? (
          <Suspense fallback={null}>
            <ImportFromPage site={site} lang={lang} />
          </Suspense>
        ) : (
          <div data-testid="promo-import">
            <button type="button" onClick={() => setImporting(true)}>
              {t('promo.import')}
            </button>
          </div>
        )}
      </main>
    </div>
  );
}
