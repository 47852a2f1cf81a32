import { useLiveQuery } from 'dexie-react-hooks';
import { useId, useMemo, useState } from 'react';
import { getDb } from '@/utils/db/db';
import type { StoreRecord } from '@/utils/db/records';
import { MAX_STORE_NAME, timeZoneChoices, updateStore } from '@/utils/settings/stores';
import { useI18n } from '../../components/i18n';

/** Each store the extension has seen: the seller names it and picks its time zone. */
export function StoresSection() {
  const { t } = useI18n();
  const stores = useLiveQuery(() => getDb().stores.orderBy('id').toArray(), []);
  return (
    <section aria-labelledby="stores-heading" className="options-section">
      <h2 id="stores-heading">{t('options.stores')}</h2>
      {stores === undefined ? null : stores.length === 0 ? (
        <p className="muted" data-testid="stores-empty">
          {t('options.stores.empty')}
        </p>
      ) : (
        <ul className="store-list">
          {stores.map((s) => (
            <StoreRow key={s.id} store={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

function StoreRow({ store }: { store: StoreRecord }) {
  const { t } = useI18n();
  const id = useId();
  const zones = useMemo(() => {
    const all = timeZoneChoices();
    return store.timeZone && !all.includes(store.timeZone) ? [store.timeZone, ...all] : all;
  }, [store.timeZone]);
  const [name, setName] = useState(store.name ?? '');
  const [error, setError] = useState<string>();
  const save = (edit: { name?: string; timeZone?: string }) =>
    updateStore(getDb(), store.id, edit).then(
      () => setError(undefined),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
    );
  return (
    <li className="store-row" data-testid={`store-${store.id}`}>
      <div className="muted small">
        {t(`site.${store.site}`)} · {t('options.stores.id')} {store.storeId}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('options.stores.name')}</label>
        <input
          id={`${id}-name`}
          type="text"
          maxLength={MAX_STORE_NAME}
          value={name}
          placeholder={store.storeId}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            if (name.trim() !== (store.name ?? '')) void save({ name });
          }}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-tz`}>{t('options.stores.timeZone')}</label>
        <select
          id={`${id}-tz`}
          value={store.timeZone ?? ''}
          onChange={(e) => void save({ timeZone: e.target.value })}
        >
          {!store.timeZone && <option value="">—</option>}
          {zones.map((z) => (
            <option key={z} value={z}>
              {z}
            </option>
          ))}
        </select>
      </div>
      {error && (
        <p className="field-error small" role="alert">
          {error}
        </p>
      )}
    </li>
  );
}
