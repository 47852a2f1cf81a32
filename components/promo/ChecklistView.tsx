import { AREA_LABELS, type ChecklistItem } from '@/utils/engines/data/checklistAreas';
import { summariseProgress } from '@/utils/engines/promo/checklistProgress';
import type { ResolvedCampaign } from '@/utils/engines/promo/campaign';
import type { PhaseId } from '@/utils/engines/types';
import { pick } from '@/utils/engines/promo/texts';
import type { Language, TranslateOf } from '@/utils/i18n/core';

/** The strings the checklist shows; both the full and the popup's tables have them. */
export type ChecklistKey = 'promo.noItems' | 'promo.checklist' | 'promo.progress';

/**
 * One phase's checklist by area, tickable. Where the ticks come from and where
 * they go is the caller's: the side panel reads and writes through Dexie
 * (components/promo/Checklist.tsx), the popup reads without it and sends its
 * ticks to the background (entrypoints/popup/Popup.tsx).
 */
export function ChecklistView({
  campaign,
  phase,
  items,
  done,
  onToggle,
  lang,
  t,
}: {
  campaign: ResolvedCampaign;
  phase: PhaseId;
  /** The phase's items (utils/engines/promo/checklist.ts checklistFor). */
  items: readonly ChecklistItem[];
  done: ReadonlySet<string>;
  onToggle: (itemId: string, done: boolean) => void;
  lang: Language;
  t: TranslateOf<ChecklistKey>;
}) {
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
                    onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
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
