// Every campaign checklist item, gathered from the marketplaces' modules
// (utils/engines/data/checklistAreas.ts has the item type, the labels and the
// rules for ids). The toolbar popup loads one marketplace's items instead.

import type { ChecklistItem } from './checklistAreas';
import { ALIEXPRESS_CHECKLIST } from './checklistsAliexpress';
import { ALIBABA_CHECKLIST } from './checklistsAlibaba';
import { TAOBAO_CHECKLIST } from './checklistsTaobao';

export {
  AREA_LABELS,
  ROLE_LABELS,
  type ChecklistArea,
  type ChecklistItem,
  type ChecklistRole,
} from './checklistAreas';

export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  ...ALIEXPRESS_CHECKLIST,
  ...ALIBABA_CHECKLIST,
  ...TAOBAO_CHECKLIST,
];

/**
 * Ids of checklist items that were removed or reworded. Never reuse one: a
 * seller may have it stored as done. Add an id here when its item goes.
 */
export const RETIRED_CHECKLIST_IDS: readonly string[] = [];
