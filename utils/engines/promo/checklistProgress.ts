// Progress over checklist items and the filter that picks a campaign's items,
// apart from the item data (utils/engines/promo/checklist.ts adds it): the
// toolbar popup loads one marketplace's items only
// (utils/engines/data/checklistAreas.ts checklistItemsOf).

import type { ChecklistArea, ChecklistItem, ChecklistRole } from '../data/checklistAreas';
import type { PhaseId } from '../types';
import type { ResolvedCampaign } from './campaign';

/** The items among `items` of a campaign's checklist sets, optionally for one phase or role. */
export function checklistFrom(
  items: readonly ChecklistItem[],
  campaign: Pick<ResolvedCampaign, 'checklists'>,
  filter: { phase?: PhaseId; role?: ChecklistRole } = {},
): ChecklistItem[] {
  return items.filter(
    (item) =>
      campaign.checklists.includes(item.set) &&
      (filter.phase === undefined || item.phase === filter.phase) &&
      (filter.role === undefined || item.role === filter.role),
  );
}

export interface Tally {
  done: number;
  total: number;
}

export interface ChecklistProgress extends Tally {
  /** Areas in first-seen order of the items. */
  byArea: (Tally & { area: ChecklistArea })[];
  byPhase: (Tally & { phase: PhaseId })[];
}

/** Done / total overall, per area and per phase. Unknown ids in `doneIds` are ignored. */
export function summariseProgress(
  items: readonly ChecklistItem[],
  doneIds: Iterable<string>,
): ChecklistProgress {
  const done = new Set(doneIds);
  const areas = new Map<ChecklistArea, Tally>();
  const phases = new Map<PhaseId, Tally>();
  let doneCount = 0;
  for (const item of items) {
    const isDone = done.has(item.id) ? 1 : 0;
    doneCount += isDone;
    bump(areas, item.area, isDone);
    bump(phases, item.phase, isDone);
  }
  return {
    done: doneCount,
    total: items.length,
    byArea: [...areas].map(([area, t]) => ({ area, ...t })),
    byPhase: [...phases].map(([phase, t]) => ({ phase, ...t })),
  };
}

function bump<K>(map: Map<K, Tally>, key: K, done: number): void {
  const t = map.get(key) ?? { done: 0, total: 0 };
  t.done += done;
  t.total += 1;
  map.set(key, t);
}
