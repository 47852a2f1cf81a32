import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import { effectiveTitleLimits } from '@/utils/settings/settings';
import {
  exposureAlerts,
  latestTermsByProduct,
  titleWordsByProduct,
} from '@/utils/sidepanel/keywordsView';
import {
  recentProductDaily,
  siteOfStoreKey,
  storeKeywordRows,
  storeProducts,
} from '@/utils/sidepanel/queries';
import type { KeywordDailyRecord, ProductDailyRecord, TitleWordRecord } from '@/utils/db/records';
import { historyByProduct } from '@/utils/sidepanel/tierView';
import { newestOf } from '@/utils/sidepanel/provenance';
import { LIST_PAGE } from '@/utils/state/panelListsSlice';
import { useAppStore } from '@/utils/state/store';
import { Provenance } from '../common/Provenance';
import { now as clockNow } from '@/utils/clock';
import { useI18n } from '../common/i18n';
import { ExposureAlerts } from './keywords/ExposureAlerts';
import { ListingCard } from './keywords/ListingCard';
import { useListingRows } from './keywords/useListingRows';
import { OpenPageHint } from './tier/OpenPageHint';
import './keywords/keywords.css';
import './tier/tier.css';

// The Keywords tab (PLAYBOOK §2): listings with the most search exposure to
// win first, each with hints and a suggested title; exposure alerts on top.

const NO_HISTORY: readonly never[] = [];
const NO_KEYWORDS: KeywordDailyRecord[] = [];
const NO_DAILY: ProductDailyRecord[] = [];

export function KeywordsTab({ storeKey, now }: { storeKey: string | undefined; now?: Date }) {
  const { t, lang } = useI18n();
  // Three reads, so the listings show as soon as the products are in; search
  // terms and daily history (the big reads) refine them when they land.
  const products = useLiveQuery(
    () => (storeKey ? storeProducts(getDb(), storeKey) : Promise.resolve(null)),
    [storeKey],
  );
  // The big reads start once the products are in: IndexedDB answers one big
  // range read at a time, and the listings must not queue behind them.
  const productsReady = products !== undefined;
  const keywordDaily = useLiveQuery(
    () =>
      storeKey && productsReady
        ? storeKeywordRows(getDb(), storeKey)
        : Promise.resolve(storeKey ? undefined : ([] as KeywordDailyRecord[])),
    [storeKey, productsReady],
  );
  const productDaily = useLiveQuery(
    () =>
      storeKey && productsReady && keywordDaily !== undefined
        ? recentProductDaily(getDb(), storeKey, now ?? clockNow())
        : Promise.resolve(storeKey ? undefined : ([] as ProductDailyRecord[])),
    [storeKey, now, productsReady, keywordDaily !== undefined],
  );
  const data = useMemo(
    () =>
      products
        ? {
            products,
            keywordDaily: keywordDaily ?? NO_KEYWORDS,
            productDaily: productDaily ?? NO_DAILY,
          }
        : products,
    [products, keywordDaily, productDaily],
  );
  // Taobao's title-word report: a few rows per item, read whole.
  const titleWordRows = useLiveQuery(
    () =>
      storeKey
        ? getDb().titleWords.where('storeKey').equals(storeKey).toArray()
        : Promise.resolve([] as TitleWordRecord[]),
    [storeKey],
  );
  const titleWords = useMemo(
    () =>
      titleWordRows && titleWordRows.length > 0 ? titleWordsByProduct(titleWordRows) : undefined,
    [titleWordRows],
  );
  const termsLoading = keywordDaily === undefined;
  const limits = useLiveQuery(() => effectiveTitleLimits(getDb()), []);
  const shown = useAppStore((s) => s.shown.listings);
  const showMore = useAppStore((s) => s.showMore);
  const site = storeKey ? siteOfStoreKey(storeKey) : undefined;

  const terms = useMemo(() => data && latestTermsByProduct(data.keywordDaily), [data]);
  const history = useMemo(() => data && historyByProduct(data.productDaily), [data]);
  const alerts = useMemo(
    () => (data && history ? exposureAlerts(data.products, history) : []),
    [data, history],
  );
  const limit = site && limits ? limits[site] : undefined;
  const { rows, done, total } = useListingRows(
    site,
    data?.products,
    terms ?? undefined,
    limit,
    titleWords,
  );

  if (data === undefined || limits === undefined) return null;
  if (!data || !site) return <p className="empty">{t('keywords.empty')}</p>;
  if (data.products.length === 0)
    return (
      <OpenPageHint
        site={site}
        page={data.keywordDaily.length > 0 ? 'productList' : 'productKeywords'}
        lead={data.keywordDaily.length > 0 ? undefined : t('keywords.empty')}
        testId="keywords-empty"
      />
    );

  const visible = rows.slice(0, shown);
  const rest = data.products.length - visible.length;
  const keywordsAt = newestOf([...(terms?.values() ?? [])], (x) => x.readAt);
  return (
    <div className="keywords-tab">
      <ExposureAlerts alerts={alerts} />
      <h2>{t('tab.keywords')}</h2>
      <p data-testid="listing-summary">{t('kw.summary', { count: data.products.length })}</p>
      {keywordsAt ? (
        <Provenance pageKind="productKeywords" at={keywordsAt} now={now} testId="keywords-source" />
      ) : termsLoading ? null : (
        <OpenPageHint site={site} page="productKeywords" testId="keywords-none" />
      )}
      {termsLoading && (
        <p className="small muted" role="status" data-testid="terms-loading">
          {t('kw.termsLoading')}
        </p>
      )}
      {done < total && (
        <p className="small muted" role="status">
          {t('kw.analysing', { done, total })}
        </p>
      )}
      <ol className="listings" lang={lang}>
        {visible.map((row) => (
          <ListingCard
            key={row.product.productId}
            row={row}
            history={history?.[row.product.productId] ?? NO_HISTORY}
            now={now}
          />
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
