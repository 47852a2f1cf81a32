import { useI18n } from '../common/i18n';

/** The toolbar popup: the current phase's checklist (filled in by the promo issue) and a way into the side panel. */
export function Popup() {
  const { t } = useI18n();
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
    <main className="panel" style={{ minHeight: 0 }}>
      <h1>{t('popup.title')}</h1>
      <p className="muted">{t('popup.noCampaign')}</p>
      <button type="button" onClick={() => void openPanel()}>
        {t('popup.openPanel')}
      </button>
    </main>
  );
}
