import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { openPenaltiesFirst } from '@/utils/engines/titles/exposureWatch';
import { getDb } from '@/utils/db/db';
import { effectiveTitleLimits } from '@/utils/settings/settings';
import {
  exposureAlerts,
  termsOfReports,
  titleWordsByProduct,
} from '@/entrypoints/sidepanel/keywords/keywordsView';
import {
  recentHistory,
  siteOfStoreKey,
  storeHistory,
  storeKeywordReports,
  storeProducts,
} from '@/entrypoints/sidepanel/queries';
import { newestOf } from '@/entrypoints/sidepanel/provenance';
import { LIST_PAGE } from '@/utils/state/panelListsSlice';
import { useAppStore } from '@/utils/state/store';
import { Provenance } from '../Provenance';
import { now as clockNow } from '@/utils/settings/clock';
import { useI18n } from '../../../components/i18n';
import { ExposureAlerts } from './ExposureAlerts';
import { ListingCard } from './ListingCard';
import { useListingRows } from './useListingRows';
import { OpenPageHint } from '../tier/OpenPageHint';
import './keywords.css';
import '../tier/tier.css';

// The Keywords tab (docs/ADVICE.md#titles): listings with the most search exposure to
// win first, each with hints and a suggested title; exposure alerts on top.

export function KeywordsTab({ storeKey, now }: { storeKey: string | undefined; now?: Date }) {
  const { t, lang } = useI18n();
  // One read of few rows: the products pack, each one's newest keyword report,
  // the store's history pack (one row, not the raw days), the
  // store's penalties (few rows; listed first when exposure falls) and
  // Taobao's title-word reports (a few rows per item).
  const data = useLiveQuery(async () => {
    if (!storeKey) return null;
    const db = getDb();
    const [products, reports, history, penaltyRows, titleWordRows] = await Promise.all([
      storeProducts(db, storeKey),
      storeKeywordReports(db, storeKey),
      storeHistory(db, storeKey),
      db.penalties.where('storeKey').equals(storeKey).toArray(),
      db.titleWords.where('storeKey').equals(storeKey).toArray(),
    ]);
    return {
      products,
      reports,
      history,
      penalties: openPenaltiesFirst(penaltyRows),
      titleWords: titleWordRows.length > 0 ? titleWordsByProduct(titleWordRows) : undefined,
    };
  }, [storeKey]);
  const limits = useLiveQuery(() => effectiveTitleLimits(getDb()), []);
  const shown = useAppStore((s) => s.shown.listings);
  const showMore = useAppStore((s) => s.showMore);
  const site = storeKey ? siteOfStoreKey(storeKey) : undefined;

  const terms = useMemo(() => data && termsOfReports(data.reports), [data]);
  const history = useMemo(
    () => data && recentHistory(data.history, now ?? clockNow()),
    [data, now],
  );
  const alerts = useMemo(
    () => (data && history ? exposureAlerts(data.products, history) : []),
    [data, history],
  );
  const limit = site && limits ? limits[site] : undefined;
  const { rows, done, total, outOfOrder, resort } = useListingRows(
    site,
    data?.products,
    terms ?? undefined,
    limit,
    data?.titleWords,
  );

  if (data === undefined || limits === undefined) return null;
  if (!data || !site || !storeKey) return <p className="empty">{t('keywords.empty')}</p>;
  if (data.products.length === 0)
    return (
      <OpenPageHint
        site={site}
        page={data.reports.length > 0 ? 'productList' : 'productKeywords'}
        lead={data.reports.length > 0 ? undefined : t('keywords.empty')}
        testId="keywords-empty"
      />
    );

  const visible = rows.slice(0, shown);
  const rest = data.products.length - visible.length;
  const keywordsAt = newestOf([...(terms?.values() ?? [])], (x) => x.readAt);
  return (
    <div className="keywords-tab">
      <ExposureAlerts alerts={alerts} penalties={data.penalties} />
      <h2>{t('tab.keywords')}</h2>
      <p data-testid="listing-summary">{t('kw.summary', { count: data.products.length })}</p>
      {keywordsAt ? (
        <Provenance pageKind="productKeywords" at={keywordsAt} now={now} testId="keywords-source" />
      ) : (
        <OpenPageHint site={site} page="productKeywords" testId="keywords-none" />
      )}
      {done < total && (
        <p className="small muted" role="status">
          {t('kw.analysing', { done, total })}
        </p>
      )}
      {outOfOrder && (
        <p className="small" role="status" data-testid="resort-hint">
          {t('kw.reordered')}{' '}
          <button type="button" onClick={resort} data-testid="resort">
            {t('kw.resort')}
          </button>
        </p>
      )}
      <ol className="listings" lang={lang}>
        {visible.map((row) => (
          <ListingCard key={row.product.productId} row={row} storeKey={storeKey} now={now} />
        ))}
      </ol>
      {rest > 0 && done >= Math.min(total, shown) && (
        <button type="button" onClick={() => showMore('listings')} data-testid="listings-more">
          {t('list.showMore', { count: Math.min(rest, LIST_PAGE) })}
        </button>
      )}
    </div>
  );
}
