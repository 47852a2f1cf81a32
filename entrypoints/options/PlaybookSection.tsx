import {
  TIER_THRESHOLDS,
  TIER_THRESHOLD_LABELS,
  type TierThresholds,
} from '@/utils/engines/data/tierThresholds';
import { TITLE_LIMITS } from '@/utils/engines/data/titleLimits';
import { SITES, type Site } from '@/utils/sites/hosts';
import { titleLimitsWith, withOverride } from '@/utils/settings/settings';
import { useSetting } from '@/hooks/useSetting';
import { useI18n } from '../../components/i18n';
import { NumberField } from './NumberField';

type Section = keyof TierThresholds;
const SECTIONS = Object.keys(TIER_THRESHOLDS) as Section[];

/** docs/ADVICE.md#tiers thresholds: each leaf editable, the playbook default shown, one-click reset. */
export function TierThresholdsSection() {
  const { t, lang } = useI18n();
  const { value: overrides, set } = useSetting('tierThresholds');
  const overridden = Object.values(overrides).reduce((n, s) => n + Object.keys(s).length, 0);
  return (
    <section aria-labelledby="tiers-heading" className="options-section">
      <h2 id="tiers-heading">{t('options.tiers')}</h2>
      <p className="muted small">
        {t('options.tiers.hint')} {overridden > 0 && t('options.tiers.changed', { n: overridden })}
      </p>
      {SECTIONS.map((section) => (
        <details key={section} className="threshold-group">
          <summary>{t(`options.tiers.${section}`)}</summary>
          {Object.entries(TIER_THRESHOLDS[section]).map(([leaf, fallback]) => {
            const path = `${section}.${leaf}` as keyof typeof TIER_THRESHOLD_LABELS;
            const label = TIER_THRESHOLD_LABELS[path][lang === 'zh-CN' ? 'zh' : 'en'];
            const own = overrides[section]?.[leaf];
            return (
              <div key={leaf} className="threshold-row">
                <NumberField
                  label={label}
                  value={own ?? fallback}
                  min={0}
                  max={100_000}
                  hint={t('options.default', { value: fallback })}
                  onCommit={(v) =>
                    set(withOverride(overrides, section, leaf, v === fallback ? undefined : v))
                  }
                />
                {own !== undefined && (
                  <button
                    type="button"
                    aria-label={t('options.resetOne', { label })}
                    onClick={() => void set(withOverride(overrides, section, leaf, undefined))}
                  >
                    {t('options.reset')}
                  </button>
                )}
              </div>
            );
          })}
        </details>
      ))}
    </section>
  );
}

/** docs/ADVICE.md#titles title limits per marketplace. */
export function TitleLimitsSection() {
  const { t } = useI18n();
  const { value: overrides, set } = useSetting('titleLimits');
  const limits = titleLimitsWith(overrides);
  const save = (site: Site, next: (typeof limits)[Site] | undefined) => {
    const rest = { ...overrides };
    delete rest[site];
    const same = next?.limit === TITLE_LIMITS[site].limit && next.unit === TITLE_LIMITS[site].unit;
    return set(next && !same ? { ...rest, [site]: next } : rest);
  };
  return (
    <section aria-labelledby="titles-heading" className="options-section">
      <h2 id="titles-heading">{t('options.titles')}</h2>
      <p className="muted small">{t('options.titles.hint')}</p>
      {SITES.map((site) => {
        const current = limits[site];
        const unitId = `title-unit-${site}`;
        return (
          <fieldset key={site} className="title-limit" data-testid={`title-limit-${site}`}>
            <legend>{t(`site.${site}`)}</legend>
            <NumberField
              label={t('options.titles.limit')}
              value={current.limit}
              min={1}
              max={10_000}
              integer
              hint={t('options.default', {
                value: `${TITLE_LIMITS[site].limit} ${t(`options.titles.${TITLE_LIMITS[site].unit}`)}`,
              })}
              onCommit={(limit) => save(site, { ...current, limit })}
            />
            <div className="field">
              <label htmlFor={unitId}>{t('options.titles.unit')}</label>
              <select
                id={unitId}
                value={current.unit}
                onChange={(e) =>
                  void save(site, {
                    ...current,
                    unit: e.target.value === 'bytes' ? 'bytes' : 'chars',
                  })
                }
              >
                <option value="chars">{t('options.titles.chars')}</option>
                <option value="bytes">{t('options.titles.bytes')}</option>
              </select>
            </div>
            {overrides[site] && (
              <button
                type="button"
                aria-label={t('options.resetOne', { label: t(`site.${site}`) })}
                onClick={() => void save(site, undefined)}
              >
                {t('options.reset')}
              </button>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
