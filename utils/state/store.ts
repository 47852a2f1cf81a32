import { create } from 'zustand';
import { createUiSlice, uiInitialState, type UiSlice } from './uiSlice';
import {
  createPanelListsSlice,
  panelListsInitialState,
  type PanelListsSlice,
} from './panelListsSlice';

// The side panel's UI state, one slice per concern (docs/ARCHITECTURE.md#contexts).
// Data lives in Dexie and reaches components through liveQuery, not here.

export type AppState = UiSlice & PanelListsSlice;

export const useAppStore = create<AppState>()((...a) => {
  const ui = createUiSlice(...a);
  const lists = createPanelListsSlice(...a);
  const get = a[1];
  return {
    ...ui,
    ...lists,
    // Another store's lists start at their first page.
    selectStore: (storeKey) => {
      if (storeKey !== get().selectedStoreKey) lists.resetLists();
      ui.selectStore(storeKey);
    },
  };
});

export const initialAppState = { ...uiInitialState, ...panelListsInitialState };

/** Tests reset the store between cases. */
export function resetAppStore(): void {
  useAppStore.setState(initialAppState);
}
