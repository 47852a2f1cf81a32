/** The toolbar button opens the side panel (Chromium); Firefox shows it as a sidebar. */
export function setupSidePanel(): void {
  const sidePanel = (globalThis as { chrome?: typeof chrome }).chrome?.sidePanel;
  if (!sidePanel?.setPanelBehavior) return;
  sidePanel
    .setPanelBehavior({ openPanelOnActionClick: false })
    .catch((e: unknown) => console.warn('side panel behaviour', e));
}
