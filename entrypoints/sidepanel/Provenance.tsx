import type { ConfidenceNote } from '@/utils/engines/types';
import type { PageKind } from '@/utils/types';
import { ageDays, distinctNotes, formatWhen } from '@/entrypoints/sidepanel/provenance';
import { isStale } from '@/utils/engines/staleness';
import { pick } from '@/utils/i18n/pick';
import { useI18n } from '../../components/i18n';
import './Provenance.css';

// "product list, 25 Nov 14:02": where the figures beside it came from and
// when, with a warning when the read is old or the engine flagged
// the data as thin (its ConfidenceNotes).

export interface ProvenanceProps {
  pageKind: PageKind;
  /** ISO instant of the read; without it only the page is named. */
  at: string | undefined;
  notes?: readonly ConfidenceNote[];
  now?: Date;
  testId?: string;
}

export function Provenance({
  pageKind,
  at,
  notes = [],
  now = new Date(),
  testId,
}: ProvenanceProps) {
  const { t, lang } = useI18n();
  const page = t(`pageKind.${pageKind}`);
  const stale = at !== undefined && isStale(at, now);
  const thin = distinctNotes(notes);
  return (
    <div className="provenance small" data-testid={testId}>
      <span className="muted">
        {at === undefined ? page : t('prov.from', { page, when: formatWhen(at, lang) })}
      </span>
      {stale && (
        <span className="warn" role="note" data-testid={testId && `${testId}-stale`}>
          {' '}
          {t('prov.stale', { days: ageDays(at, now) })}
        </span>
      )}
      {thin.length > 0 && (
        <div className="warn" role="note">
          {t('prov.thin')}
          <ul>
            {thin.map((n) => (
              <li key={n.reason.en} data-level={n.level}>
                {pick(n.reason, lang)}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
