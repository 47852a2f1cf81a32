import type { StateCreator } from 'zustand';

export type PanelTab = 'tier' | 'keywords' | 'promo' | 'market';
export const PANEL_TABS: readonly PanelTab[] = ['tier', 'keywords', 'promo', 'market'];

export interface UiSlice {
  activeTab: PanelTab;
  /** The store the seller picked; undefined follows the most recently seen store. */
  selectedStoreKey: string | undefined;
  setActiveTab: (tab: PanelTab) => void;
  selectStore: (storeKey: string | undefined) => void;
}

export const uiInitialState = { activeTab: 'tier' as PanelTab, selectedStoreKey: undefined };

export const createUiSlice: StateCreator<UiSlice, [], [], UiSlice> = (set) => ({
  ...uiInitialState,
  setActiveTab: (activeTab) => set({ activeTab }),
  selectStore: (selectedStoreKey) => set({ selectedStoreKey }),
});
