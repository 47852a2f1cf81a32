import { create } from 'zustand';
import { createUiSlice, uiInitialState, type UiSlice } from './uiSlice';

// The side panel's UI state, one slice per concern (STYLE.md practice 8).
// Data lives in Dexie and reaches components through liveQuery, not here.

export type AppState = UiSlice;

export const useAppStore = create<AppState>()((...a) => ({
  ...createUiSlice(...a),
}));

export const initialAppState = { ...uiInitialState };

/** Tests reset the store between cases. */
export function resetAppStore(): void {
  useAppStore.setState(initialAppState);
}
