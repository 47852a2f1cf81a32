import type { StorewiseDB } from '../db';
import type { ChecklistItem } from '../../engines/data/checklists';
import { summariseProgress, type ChecklistProgress } from '../../engines/promo/checklist';

// Ticked checklist items, one checklistProgress row per store, campaign, year
// and item id. Ids are the stable ids of utils/engines/data/checklists.ts, so a
// tick survives wording edits and template changes; a retired item's row is
// simply not counted any more.

export interface ProgressScope {
  storeKey: string;
  campaignId: string;
  year: number;
}

export async function doneItemIds(db: StorewiseDB, scope: ProgressScope): Promise<Set<string>> {
  const rows = await db.checklistProgress
    .where('[storeKey+campaignId+year]')
    .equals([scope.storeKey, scope.campaignId, scope.year])
    .toArray();
  return new Set(rows.filter((r) => r.done).map((r) => r.itemId));
}

export async function setItemDone(
  db: StorewiseDB,
  scope: ProgressScope,
  itemId: string,
  done: boolean,
  at: Date,
): Promise<void> {
  await db.checklistProgress.put({ ...scope, itemId, done, updatedAt: at.toISOString() });
}

/** Progress of `items` for a scope (overall, by area, by phase). */
export async function progressOf(
  db: StorewiseDB,
  scope: ProgressScope,
  items: readonly ChecklistItem[],
): Promise<ChecklistProgress> {
  return summariseProgress(items, await doneItemIds(db, scope));
}
