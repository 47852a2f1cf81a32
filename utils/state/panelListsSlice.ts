import type { StateCreator } from 'zustand';

// How far the seller has paged the side panel's long lists (Keywords tab
// listings and exposure alerts, Tier tab product roles). Stores with 2,000 listings show a page at
// a time; "show more" adds one.

export const LIST_PAGE = 20;
export type PanelList = 'listings' | 'roles' | 'alerts';

export interface PanelListsSlice {
  shown: Record<PanelList, number>;
  showMore: (list: PanelList) => void;
  resetLists: () => void;
}

export const panelListsInitialState = {
  shown: { listings: LIST_PAGE, roles: LIST_PAGE, alerts: LIST_PAGE } as Record<PanelList, number>,
};

export const createPanelListsSlice: StateCreator<PanelListsSlice, [], [], PanelListsSlice> = (
  set,
) => ({
  ...panelListsInitialState,
  showMore: (list) => set((s) => ({ shown: { ...s.shown, [list]: s.shown[list] + LIST_PAGE } })),
  resetLists: () => set(panelListsInitialState),
});
