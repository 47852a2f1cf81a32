import type { StoreRecord } from '@/utils/db/records';
import { useI18n } from './i18n';
import { useAppStore } from '@/utils/state/store';
import { storeLabel } from './storeLabel';

export { storeLabel };

export function StoreSwitcher({
  stores,
  current,
}: {
  stores: readonly StoreRecord[];
  current: StoreRecord | undefined;
}) {
  const { t } = useI18n();
  const selectStore = useAppStore((s) => s.selectStore);
  if (stores.length === 0)
    return (
      <p className="muted" data-testid="store-none">
        {t('store.none')}
      </p>
    );
  return (
    <label className="store-switcher">
      <span>{t('store.label')}</span>
      <select
        data-testid="store-switcher"
        value={current?.id ?? ''}
        onChange={(e) => selectStore(e.target.value)}
      >
        {stores.map((s) => (
          <option key={s.id} value={s.id}>
            {storeLabel(s, t)}
          </option>
        ))}
      </select>
    </label>
  );
}
