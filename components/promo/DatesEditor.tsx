import { useState } from 'react';
import { getDb } from '@/utils/db/db';
import type { CampaignId } from '@/utils/engines/data/campaigns';
import type { ResolvedCampaign } from '@/utils/engines/promo/campaign';
import {
  resetOverride,
  saveOverride,
  validateDraft,
  type DraftProblem,
  type OverrideDraft,
} from '@/utils/db/promo/overrides';
import { pick } from '@/utils/engines/promo/texts';
import type { Translate } from '@/utils/i18n/messages';
import { useI18n } from '../i18n';

export function draftOf(campaign: ResolvedCampaign): OverrideDraft {
  return {
    phases: campaign.phases.map((p) => ({ id: p.id, start: p.start, end: p.end })),
    deadlines: campaign.deadlines.map((d) => ({ id: d.id, date: d.date })),
  };
}

function problemText(t: Translate, p: DraftProblem, label: (id: string) => string): string {
  switch (p.code) {
    case 'invalid-date':
      return t('promo.problem.invalid-date', { field: p.field });
    case 'end-before-start':
      return t('promo.problem.end-before-start', { phase: label(p.field) });
    case 'overlap':
      return t('promo.problem.overlap', { phase: label(p.field), other: label(p.other) });
    case 'out-of-order':
      return t('promo.problem.out-of-order', { phase: label(p.field) });
  }
}

/**
 * The seller's dates for one campaign edition: phase starts and ends and the
 * deadlines, validated before saving (nothing is written while a problem shows).
 */
export function DatesEditor({
  campaign,
  target,
  initial,
  onSaved,
  onCancel,
  allowReset,
  saveLabel,
}: {
  /** Labels come from here. */
  campaign: ResolvedCampaign;
  /** The edition the dates are saved for. */
  target: { id: CampaignId; year: number };
  initial: OverrideDraft;
  onSaved: () => void;
  onCancel: () => void;
  allowReset: boolean;
  saveLabel?: string;
}) {
  const { t, lang } = useI18n();
  const [draft, setDraft] = useState(initial);
  const problems = validateDraft(draft);
  const label = (id: string) => {
    const phase = campaign.phases.find((p) => p.id === id);
    return phase ? pick(phase.label, lang) : id;
  };
  const setPhase = (id: string, field: 'start' | 'end', value: string) =>
    setDraft((d) => ({
      ...d,
      phases: d.phases.map((p) => (p.id === id ? { ...p, [field]: value } : p)),
    }));
  const setDeadline = (id: string, value: string) =>
    setDraft((d) => ({
      ...d,
      deadlines: d.deadlines.map((x) => (x.id === id ? { ...x, date: value } : x)),
    }));

  return (
    <form
      className="promo-form"
      data-testid="promo-dates-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (problems.length > 0) return;
        void saveOverride(getDb(), target.id, target.year, draft).then(onSaved);
      }}
    >
      {draft.phases.map((p) => (
        <div key={p.id} className="promo-form-row">
          <label>
            {t('promo.start', { phase: label(p.id) })}
            <input
              type="date"
              value={p.start}
              data-testid={`promo-date-${p.id}-start`}
              onChange={(e) => setPhase(p.id, 'start', e.currentTarget.value)}
            />
          </label>
          <label>
            {t('promo.end', { phase: label(p.id) })}
            <input
              type="date"
              value={p.end}
              data-testid={`promo-date-${p.id}-end`}
              onChange={(e) => setPhase(p.id, 'end', e.currentTarget.value)}
            />
          </label>
        </div>
      ))}
      {draft.deadlines.map((d) => {
        const deadline = campaign.deadlines.find((x) => x.id === d.id);
        return (
          <label key={d.id}>
            {deadline ? pick(deadline.label, lang) : d.id}
            <input
              type="date"
              value={d.date}
              onChange={(e) => setDeadline(d.id, e.currentTarget.value)}
            />
          </label>
        );
      })}
      {problems.length > 0 && (
        <ul className="promo-problems" role="alert" data-testid="promo-date-problems">
          {problems.map((p, i) => (
            <li key={i}>{problemText(t, p, label)}</li>
          ))}
        </ul>
      )}
      <div className="promo-actions">
        <button type="submit" disabled={problems.length > 0} data-testid="promo-save-dates">
          {saveLabel ?? t('promo.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('promo.cancel')}
        </button>
        {allowReset && (
          <button
            type="button"
            data-testid="promo-reset-dates"
            onClick={() => void resetOverride(getDb(), target.id, target.year).then(onSaved)}
          >
            {t('promo.reset')}
          </button>
        )}
      </div>
    </form>
  );
}
