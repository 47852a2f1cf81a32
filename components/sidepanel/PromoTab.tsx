import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { useI18n } from '../common/i18n';

export function PromoTab({ storeKey }: { storeKey: string | undefined }) {
  const { t } = useI18n();
  const count = useLiveQuery(
    () =>
      storeKey ? getDb().campaigns.where('storeKey').equals(storeKey).count() : Promise.resolve(0),
    [storeKey],
  );
  if (count === undefined) return null;
  if (count === 0) return <p className="empty">{t('promo.empty')}</p>;
  return <p data-testid="campaign-count">{t('promo.count', { count })}</p>;
}
