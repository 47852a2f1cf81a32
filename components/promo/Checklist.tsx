import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { now } from '@/utils/settings/clock';
import { AREA_LABELS } from '@/utils/engines/data/checklists';
import { checklistFor, summariseProgress } from '@/utils/engines/promo/checklist';
import type { ResolvedCampaign } from '@/utils/engines/promo/campaign';
import type { PhaseId } from '@/utils/engines/types';
import { doneItemIds, setItemDone } from '@/utils/db/promo/progress';
import { pick } from '@/utils/engines/promo/texts';
import { useI18n } from '../i18n';

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
  const items = checklistFor(campaign, { phase });
  if (items.length === 0) return <p className="muted">{t('promo.noItems')}</p>;
  const progress = summariseProgress(items, done);
  const phaseLabel = campaign.phases.find((p) => p.id === phase)?.label;

  return (
    <div data-testid="promo-checklist">
      <div className="promo-progress">
        <progress
          max={progress.total}
          value={progress.done}
          aria-label={t('promo.checklist', { phase: phaseLabel ? pick(phaseLabel, lang) : phase })}
        />
        <span data-testid="promo-progress">
          {t('promo.progress', { done: progress.done, total: progress.total })}
        </span>
      </div>
      {progress.byArea.map(({ area, done: areaDone, total }) => (
        <fieldset key={area} className="promo-area" data-testid={`promo-area-${area}`}>
          <legend>
            {pick(AREA_LABELS[area], lang)} · {areaDone}/{total}
          </legend>
          {items
            .filter((i) => i.area === area)
            .map((item) => {
              const checked = done.has(item.id);
              return (
                <label
                  key={item.id}
                  className={`promo-item${checked ? ' promo-item-done' : ''}`}
                  data-testid={`promo-item-${item.id}`}
                >
                  <input
                    type="checkbox"
                    checked={checked}
                    onChange={(e) =>
                      void setItemDone(getDb(), scope, item.id, e.currentTarget.checked, now())
                    }
                  />
                  <span>{pick(item.text, lang)}</span>
                </label>
              );
            })}
        </fieldset>
      ))}
    </div>
  );
}
