import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { useI18n } from '../common/i18n';

export function KeywordsTab({ storeKey }: { storeKey: string | undefined }) {
  const { t } = useI18n();
  const count = useLiveQuery(
    () =>
      storeKey
        ? getDb()
            .keywordDaily.where('[storeKey+productId]')
            .between([storeKey, ''], [storeKey, '\uffff'])
            .count()
        : Promise.resolve(0),
    [storeKey],
  );
  if (count === undefined) return null;
  if (count === 0) return <p className="empty">{t('keywords.empty')}</p>;
  return <p data-testid="keyword-count">{t('keywords.count', { count })}</p>;
}
