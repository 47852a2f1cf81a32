import { useMemo } from 'react';
import type { ProductRolesResult } from '@/utils/engines/tiers';
import { pick } from '@/utils/i18n/pick';
import { useAppStore } from '@/utils/state/store';
import { LIST_PAGE } from '@/utils/state/panelListsSlice';
import { Provenance } from '../Provenance';
import { useI18n } from '../../../components/i18n';

// docs/ADVICE.md#product-roles: each listing's role, the channel to register it in and its
// restock signal. Best sellers first; long stores page through "show more".

export function ProductRoles({
  result,
  readAt,
  now,
}: {
  result: ProductRolesResult;
  readAt: string | undefined;
  /** The clock the stale warnings compare with (tests inject one). */
  now?: Date;
}) {
  const { t, lang } = useI18n();
  const shown = useAppStore((s) => s.shown.roles);
  const showMore = useAppStore((s) => s.showMore);
  // Ties by id in code-unit order: ids are digits, and localeCompare on
  // thousands of ties costs more than the rest of the sort.
  const sorted = useMemo(
    () =>
      [...result.products].sort(
        (a, b) =>
          (b.metrics.orders ?? -1) - (a.metrics.orders ?? -1) ||
          (a.productId < b.productId ? -1 : a.productId > b.productId ? 1 : 0),
      ),
    [result.products],
  );
  const visible = sorted.slice(0, shown);
  const rest = sorted.length - visible.length;
  return (
    <section aria-labelledby="tier-roles">
      <h2 id="tier-roles">{t('tier.roles.title')}</h2>
      <Provenance
        now={now}
        pageKind="productList"
        at={readAt}
        notes={result.confidence}
        testId="roles-source"
      />
      <table className="grid" data-testid="roles">
        <thead>
          <tr>
            <th scope="col">{t('table.product')}</th>
            <th scope="col">{t('tier.roles.role')}</th>
            <th scope="col">{t('tier.roles.channel')}</th>
            <th scope="col">{t('table.orders')}</th>
            <th scope="col">{t('tier.roles.restock')}</th>
          </tr>
        </thead>
        <tbody>
          {visible.map((p) => (
            <tr key={p.productId} data-testid="role-row" data-role={p.role}>
              <td title={p.productId}>{p.title}</td>
              <td title={pick(p.reason, lang)}>{pick(p.label, lang)}</td>
              <td>{pick(p.channel, lang)}</td>
              <td>{p.metrics.orders ?? '–'}</td>
              <td>
                {p.restock.needed ? (
                  <>
                    <span className="warn">{t('tier.roles.restockNow')}</span>
                    <span className="small">
                      {' '}
                      {p.restock.advice.map((a) => pick(a, lang)).join(' ')}
                    </span>
                  </>
                ) : (
                  t('tier.roles.noRestock')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rest > 0 && (
        <button type="button" onClick={() => showMore('roles')} data-testid="roles-more">
          {t('list.showMore', { count: Math.min(rest, LIST_PAGE) })}
        </button>
      )}
    </section>
  );
}
