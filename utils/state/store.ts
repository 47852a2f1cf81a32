import { create } from 'zustand';
import { createUiSlice, uiInitialState, type UiSlice } from './uiSlice';
import {
  createPanelListsSlice,
  panelListsInitialState,
  type PanelListsSlice,
} from './panelListsSlice';

// The side panel's UI state, one slice per concern (STYLE.md practice 8).
// Data lives in Dexie and reaches components through liveQuery, not here.

export type AppState = UiSlice & PanelListsSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
  ...createPanelListsSlice(...a),
}));

export const initialAppState = { ...uiInitialState, ...panelListsInitialState };

/** Tests reset the store between cases. */
export function resetAppStore(): void {
  useAppStore.setState(initialAppState);
}
