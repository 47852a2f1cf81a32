import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import type { ProductRecord } from '@/utils/db/records';
import { useI18n } from '../common/i18n';

export function TierTab({ storeKey }: { storeKey: string | undefined }) {
  const { t } = useI18n();
  const products = useLiveQuery(
    () =>
      storeKey
        ? getDb().products.where('storeKey').equals(storeKey).toArray()
        : Promise.resolve([] as ProductRecord[]),
    [storeKey],
  );
  if (!products) return null;
  if (products.length === 0) return <p className="empty">{t('tier.empty')}</p>;
  const top = [...products].sort((a, b) => (b.orders ?? 0) - (a.orders ?? 0)).slice(0, 20);
  return (
    <section>
      <p data-testid="product-count">{t('tier.products', { count: products.length })}</p>
      <table className="grid">
        <thead>
          <tr>
            <th scope="col">{t('table.product')}</th>
            <th scope="col">{t('table.price')}</th>
            <th scope="col">{t('table.stock')}</th>
            <th scope="col">{t('table.orders')}</th>
          </tr>
        </thead>
        <tbody>
          {top.map((p) => (
            <tr key={p.productId}>
              <td title={p.productId}>{p.title}</td>
              <td>{p.price ? `${p.price.currency} ${p.price.amount}` : '–'}</td>
              <td>{p.stock ?? '–'}</td>
              <td>{p.orders ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
