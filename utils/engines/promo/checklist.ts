// Checklists for a campaign edition and progress over them. Progress is a set
// of done item ids the UI stores; ids of retired items are simply not counted.

import { CHECKLIST_ITEMS, type ChecklistRole, type ChecklistItem } from '../data/checklists';
import type { PhaseId } from '../types';
import type { ResolvedCampaign } from './campaign';
import { checklistFrom } from './checklistProgress';

export {
  checklistFrom,
  summariseProgress,
  type ChecklistProgress,
  type Tally,
} from './checklistProgress';

/** The items of a campaign's checklist sets, optionally for one phase or role. */
export function checklistFor(
  campaign: Pick<ResolvedCampaign, 'checklists'>,
  filter: { phase?: PhaseId; role?: ChecklistRole } = {},
): ChecklistItem[] {
  return checklistFrom(CHECKLIST_ITEMS, campaign, filter);
}
