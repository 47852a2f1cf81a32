import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { PHASE_IDS, type PhaseId } from '@/utils/engines/types';
import { loadOverrides } from '@/utils/db/promo/overrides';
import { campaignKey, promoTimeline } from '@/utils/engines/promo/selection';
import { pick } from '@/utils/engines/promo/texts';
import { useNow } from '@/hooks/useNow';
import { useI18n } from '../../../components/i18n';
import { Timeline } from './Timeline';
import { Checklist } from '../../../components/promo/Checklist';
import { DatesEditor, draftOf } from '../../../components/promo/DatesEditor';
import { ImportFromPage } from '../../../components/promo/ImportFromPage';
import { siteOfStoreKey } from '../../../utils/db/storeKey';
import '../../../components/promo/promo.css';

export function PromoTab({ storeKey }: { storeKey: string | undefined }) {
  const { t, lang } = useI18n();
  const instant = useNow();
  const overrides = useLiveQuery(() => loadOverrides(getDb()), []);
  const [selected, setSelected] = useState<string>();
  const [phaseChoice, setPhaseChoice] = useState<PhaseId>();
  const [editing, setEditing] = useState(false);
  const site = siteOfStoreKey(storeKey);

  if (!storeKey || !site)
    return (
      <>
        <p className="empty" data-testid="promo-empty">
          {t('promo.noStore')}
        </p>
        <ImportFromPage site={undefined} />
      </>
    );
  if (!overrides) return null;

  const entries = promoTimeline(site, instant, overrides, 2);
  const entry = entries.find((e) => campaignKey(e.campaign) === selected) ?? entries[0];
  const campaign = entry?.campaign;
  // The phase now, else the first one still to come.
  const defaultPhase =
    entry?.at.phase ?? entry?.at.next?.phase ?? campaign?.phases[0]?.id ?? 'momentum';
  const phase = phaseChoice ?? defaultPhase;
  const select = (key: string) => {
    setSelected(key);
    setPhaseChoice(undefined);
    setEditing(false);
  };

  return (
    <div data-testid="promo-tab">
      <section className="promo-section">
        <h2>{t('promo.timeline')}</h2>
        <Timeline
          entries={entries}
          instant={instant}
          selected={campaign && campaignKey(campaign)}
          onSelect={select}
        />
      </section>
      {campaign && (
        <section className="promo-section">
          <h2 data-testid="promo-checklist-title">
            {pick(campaign.name, lang)} ·{' '}
            {t('promo.checklist', {
              phase: pick(
                campaign.phases.find((p) => p.id === phase)?.label ?? { en: phase, zh: phase },
                lang,
              ),
            })}
          </h2>
          <label className="small">
            {t('promo.checklistPhase')}{' '}
            <select
              value={phase}
              data-testid="promo-phase-select"
              onChange={(e) => setPhaseChoice(e.currentTarget.value as PhaseId)}
            >
              {PHASE_IDS.filter((id) => campaign.phases.some((p) => p.id === id)).map((id) => (
                <option key={id} value={id}>
                  {pick(campaign.phases.find((p) => p.id === id)!.label, lang)}
                </option>
              ))}
            </select>
          </label>
          <Checklist storeKey={storeKey} campaign={campaign} phase={phase} />
          <div className="promo-actions">
            {!editing && (
              <button type="button" onClick={() => setEditing(true)} data-testid="promo-edit-dates">
                {t('promo.edit')}
              </button>
            )}
          </div>
          {editing && (
            <DatesEditor
              key={campaignKey(campaign)}
              campaign={campaign}
              target={{ id: campaign.id, year: campaign.year }}
              initial={draftOf(campaign)}
              allowReset={overrides[campaign.id]?.[campaign.year] !== undefined}
              onSaved={() => setEditing(false)}
              onCancel={() => setEditing(false)}
            />
          )}
        </section>
      )}
      <section className="promo-section">
        <ImportFromPage site={site} />
      </section>
    </div>
  );
}
