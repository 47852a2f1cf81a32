import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { now } from '@/utils/settings/clock';
import type { ResolvedCampaign } from '@/utils/engines/promo/campaign';
import { checklistFor } from '@/utils/engines/promo/checklist';
import type { PhaseId } from '@/utils/engines/types';
import { doneItemIds, setItemDone } from '@/utils/db/promo/progress';
import { useI18n } from '../i18n';
import { ChecklistView } from './ChecklistView';

/** One phase's checklist by area, tickable; ticks persist per store, campaign, year and item. */
export function Checklist({
  storeKey,
  campaign,
  phase,
}: {
  storeKey: string;
  campaign: ResolvedCampaign;
  phase: PhaseId;
}) {
  const { t, lang } = useI18n();
  const scope = { storeKey, campaignId: campaign.id, year: campaign.year };
  const done = useLiveQuery(
    () => doneItemIds(getDb(), scope),
    [storeKey, campaign.id, campaign.year],
  );
  if (!done) return null;
  return (
    <ChecklistView
      campaign={campaign}
      phase={phase}
      items={checklistFor(campaign, { phase })}
      done={done}
      onToggle={(itemId, checked) => void setItemDone(getDb(), scope, itemId, checked, now())}
      lang={lang}
      t={t}
    />
  );
}
