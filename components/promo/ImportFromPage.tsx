import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { now } from '@/utils/settings/clock';
import { CAMPAIGN_TEMPLATES, type CampaignId } from '@/utils/engines/data/campaigns';
import { getTemplate, resolveCampaign } from '@/utils/engines/promo/campaign';
import {
  draftFromProposal,
  proposalFromPage,
  type ImportProposal,
} from '@/utils/engines/promo/importAnnouncement';
import { loadOverrides } from '@/utils/db/promo/overrides';
import { pick } from '@/utils/engines/promo/texts';
import type { Site } from '@/utils/types';
import { useI18n } from '../i18n';
import { readActiveTab } from './readActiveTab';
import { DatesEditor } from './DatesEditor';

type State =
  | { step: 'idle' }
  | { step: 'reading' }
  | { step: 'failed'; reason: string }
  | { step: 'proposed'; proposal: ImportProposal }
  | { step: 'saved' };

/**
 * "Import from this page": reads the active tab only when the seller clicks,
 * proposes the campaign it announces, and saves it as the seller's dates only
 * after the seller confirms (or edits) them. `readOnMount`: the click already
 * happened on a stand-in button (the popup loads this component only then).
 */
export function ImportFromPage({
  site,
  readOnMount = false,
}: {
  site: Site | undefined;
  readOnMount?: boolean;
}) {
  const { t, lang } = useI18n();
  const [state, setState] = useState<State>({ step: 'idle' });
  const overrides = useLiveQuery(() => loadOverrides(getDb()), []);

  const read = async () => {
    setState({ step: 'reading' });
    try {
      const proposal = await proposalFromPage(await readActiveTab(), now(), site);
      setState(
        proposal.phases.length === 0
          ? { step: 'failed', reason: t('promo.importNone') }
          : { step: 'proposed', proposal },
      );
    } catch (e) {
      setState({
        step: 'failed',
        reason: t('promo.importFailed', { reason: e instanceof Error ? e.message : String(e) }),
      });
    }
  };

  useEffect(() => {
    if (readOnMount) void read();
    // Once, for the click that mounted it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const proposal = state.step === 'proposed' ? state.proposal : undefined;
  const template = proposal?.campaignId ? getTemplate(proposal.campaignId) : undefined;
  const draft = proposal && overrides ? draftFromProposal(proposal, overrides) : undefined;
  const update = (patch: Partial<ImportProposal>) =>
    proposal && setState({ step: 'proposed', proposal: { ...proposal, ...patch } });

  return (
    <div data-testid="promo-import">
      <button type="button" onClick={() => void read()} disabled={state.step === 'reading'}>
        {state.step === 'reading' ? t('promo.importing') : t('promo.import')}
      </button>
      {state.step === 'failed' && (
        <p className="promo-warn" role="alert">
          {state.reason}
        </p>
      )}
      {state.step === 'saved' && <p role="status">{t('promo.importSaved')}</p>}
      {proposal && (
        <section
          className="promo-section"
          aria-label={t('promo.importTitle', { name: proposal.name })}
        >
          <h3>{t('promo.importTitle', { name: proposal.name })}</h3>
          <p className="muted small">{proposal.source.url}</p>
          {proposal.warnings.length > 0 && (
            <>
              <p className="promo-warn">{t('promo.warnings')}</p>
              <ul className="small">
                {proposal.warnings.map((w, i) => (
                  <li key={i}>{lang === 'zh-CN' ? w.zh : w.en}</li>
                ))}
              </ul>
            </>
          )}
          {proposal.deadlines.length > 0 && (
            <>
              <p className="small">{t('promo.importDeadlines')}</p>
              <ul className="small" data-testid="import-deadlines">
                {proposal.deadlines.map((d) => (
                  <li key={`${d.kind}:${d.date}`}>
                    {t(d.kind === 'opens' ? 'promo.importOpens' : 'promo.importDeadline', {
                      label: d.label,
                      date: d.date,
                    })}
                  </li>
                ))}
              </ul>
            </>
          )}
          <div className="promo-form-row">
            <label>
              {t('promo.importCampaign')}
              <select
                value={proposal.campaignId ?? ''}
                onChange={(e) => update({ campaignId: e.currentTarget.value as CampaignId })}
              >
                {CAMPAIGN_TEMPLATES.map((c) => (
                  <option key={c.id} value={c.id}>
                    {pick(c.name, lang)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('promo.importYear')}
              <input
                type="number"
                min={2000}
                max={2100}
                value={proposal.year}
                onChange={(e) => update({ year: Number(e.currentTarget.value) })}
              />
            </label>
          </div>
          {template && draft && (
            <DatesEditor
              // Remount when the target edition changes, so the form starts from its dates.
              key={`${template.id}:${proposal.year}`}
              campaign={resolveCampaign(template, proposal.year)}
              target={{ id: template.id, year: proposal.year }}
              initial={draft}
              allowReset={false}
              saveLabel={t('promo.importSave')}
              onSaved={() => setState({ step: 'saved' })}
              onCancel={() => setState({ step: 'idle' })}
            />
          )}
        </section>
      )}
    </div>
  );
}
