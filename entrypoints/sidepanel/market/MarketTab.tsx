import { useLiveQuery } from 'dexie-react-hooks';
import { getDb } from '@/utils/db/db';
import type { MarketSnapshotRecord, MarketWatchRecord, ProductRecord } from '@/utils/db/records';
import { stopWatching } from '@/utils/market/watch';
import { putSetting } from '@/utils/settings/settings';
import { positionSeries } from '@/utils/engines/market/market';
import {
  competitorWordsKey,
  listingView,
  signedPercent,
  type ListingView,
} from '@/entrypoints/sidepanel/market/marketView';
import type { Money } from '@/utils/types';
import { useI18n } from '../../../components/i18n';
import { Sparkline } from './Sparkline';
import './market.css';

// The Market tab: the competitors' listings and the searches the seller chose
// to follow, from the buyer-side pages the seller visited.

const money = (m: Money | undefined) => (m ? `${m.currency} ${m.amount}` : '–');

export function MarketTab() {
  const { t } = useI18n();
  const data = useLiveQuery(async () => {
    const db = getDb();
    const [watches, snaps, products] = await Promise.all([
      db.marketWatches.toArray(),
      db.marketSnapshots.toArray(),
      db.products.toArray(),
    ]);
    return { watches, snaps, products };
  }, []);
  if (!data) return null;
  const byWatch = new Map<string, MarketSnapshotRecord[]>();
  for (const s of data.snaps) byWatch.set(s.watchId, [...(byWatch.get(s.watchId) ?? []), s]);
  const listings = data.watches.filter((w) => w.kind === 'listing');
  const searches = data.watches.filter((w) => w.kind === 'search');
  if (data.watches.length === 0)
    return (
      <p className="empty" data-testid="market-empty">
        {t('market.empty')}
      </p>
    );
  return (
    <div className="market" data-testid="market-tab">
      <section aria-labelledby="market-listings">
        <h2 id="market-listings">{t('market.listings')}</h2>
        {listings.length === 0 && <p className="muted">{t('market.noListings')}</p>}
        {listings.map((w) => (
          <ListingCard
            key={w.id}
            view={listingView(w, byWatch.get(w.id) ?? [], ownOf(data.products, w))}
            products={data.products.filter((p) => p.storeKey.startsWith(`${w.site}:`))}
          />
        ))}
      </section>
      <section aria-labelledby="market-searches">
        <h2 id="market-searches">{t('market.searches')}</h2>
        {searches.length === 0 && <p className="muted">{t('market.noSearches')}</p>}
        {searches.map((w) => (
          <SearchCard key={w.id} watch={w} visits={byWatch.get(w.id) ?? []} />
        ))}
      </section>
    </div>
  );
}

function ownOf(
  products: readonly ProductRecord[],
  w: MarketWatchRecord,
): ProductRecord | undefined {
  const p = w.pairedWith;
  return p && products.find((x) => x.storeKey === p.storeKey && x.productId === p.productId);
}

function ListingCard({
  view,
  products,
}: {
  view: ListingView;
  products: readonly ProductRecord[];
}) {
  const { t, lang } = useI18n();
  const { watch, latest, change, rate, pair } = view;
  const l = latest?.listing;
  const title = l?.title ?? watch.label;
  const at = view.visits.map((v) => v.at);
  const when = latest ? new Date(latest.at).toLocaleString(lang) : '';
  const pairWith = (value: string) => {
    const [storeKey, productId] = value.split('\u0000');
    const next: MarketWatchRecord = { ...watch };
    if (storeKey && productId) next.pairedWith = { storeKey, productId };
    else delete next.pairedWith;
    void getDb().marketWatches.put(next);
  };
  const offer = () => {
    if (!pair) return;
    void putSetting(
      getDb(),
      competitorWordsKey(pair.own.storeKey, pair.own.productId),
      pair.gap.missingWords,
    );
  };
  return (
    <article
      className="market-card"
      data-testid={`market-listing-${watch.productId ?? ''}`}
      aria-label={title}
    >
      <h3>
        <a href={watch.url} target="_blank" rel="noreferrer">
          {title}
        </a>
      </h3>
      <p className="muted small">{t('market.visits', { count: view.visits.length, when })}</p>
      <dl className="market-figures">
        <dt>{t('market.price')}</dt>
        <dd data-testid="market-price">{money(l?.price)}</dd>
        <dt>{t('market.sold')}</dt>
        <dd>{l?.soldCount ?? '–'}</dd>
        <dt>{t('market.rating')}</dt>
        <dd>{l?.rating ?? '–'}</dd>
      </dl>
      <Sparkline
        at={at}
        values={view.visits.map((v) => v.listing?.price?.amount)}
        label={t('market.chart.price', { title })}
        color="#0969da"
        testId="market-spark-price"
      />
      <Sparkline
        at={at}
        values={view.visits.map((v) => v.listing?.soldCount)}
        label={t('market.chart.sold', { title })}
        color="#1a7f37"
        testId="market-spark-sold"
      />
      <div data-testid="market-changes">
        <h4>{t('market.changes')}</h4>
        {!change ||
        (change.priceChange === undefined &&
          !change.titleAdded.length &&
          !change.titleRemoved.length &&
          !change.newBadges.length) ? (
          <p className="muted small">{t('market.noChange')}</p>
        ) : (
          <ul>
            {change.priceChange !== undefined && (
              <li data-testid="market-price-change">
                {t('market.priceChange', { pct: signedPercent(change.priceChange) })} (
                {money(change.from)} → {money(change.to)})
              </li>
            )}
            {change.titleAdded.length > 0 && (
              <li data-testid="market-title-added">
                {t('market.titleAdded', { words: change.titleAdded.join(' ') })}
              </li>
            )}
            {change.titleRemoved.length > 0 && (
              <li data-testid="market-title-removed">
                {t('market.titleRemoved', { words: change.titleRemoved.join(' ') })}
              </li>
            )}
            {change.newBadges.length > 0 && (
              <li>{t('market.newBadges', { badges: change.newBadges.join(', ') })}</li>
            )}
          </ul>
        )}
      </div>
      <p className="small" data-testid="market-rate">
        {rate ? t('market.rate', { rate: rate.perDay, days: rate.days }) : t('market.rateUnknown')}
      </p>
      <div className="field">
        <label>
          {t('market.pair')}{' '}
          <select
            data-testid="market-pair"
            value={
              watch.pairedWith
                ? `${watch.pairedWith.storeKey}\u0000${watch.pairedWith.productId}`
                : ''
            }
            onChange={(e) => pairWith(e.target.value)}
          >
            <option value="">{t('market.pairNone')}</option>
            {products.map((p) => (
              <option
                key={`${p.storeKey}:${p.productId}`}
                value={`${p.storeKey}\u0000${p.productId}`}
              >
                {p.title}
              </option>
            ))}
          </select>
        </label>
      </div>
      {pair && (
        <div className="market-pair" data-testid="market-side-by-side">
          <h4>{t('market.pair.heading', { title: pair.own.title })}</h4>
          {pair.gap.priceGap !== undefined && (
            <p>
              {t('market.pair.priceGap', {
                theirs: money(l?.price),
                ours: money(pair.own.price),
                pct:
                  pair.gap.priceGapShare !== undefined ? signedPercent(pair.gap.priceGapShare) : '',
              })}
            </p>
          )}
          <p>{t('market.pair.words')}:</p>
          {pair.gap.missingWords.length > 0 ? (
            <>
              <p data-testid="market-missing-words">{pair.gap.missingWords.join(' ')}</p>
              <button type="button" onClick={offer} data-testid="market-offer-words">
                {t('market.pair.offer')}
              </button>
            </>
          ) : (
            <p className="muted">{t('market.pair.wordsNone')}</p>
          )}
          {pair.gap.rateGap !== undefined && (
            <p>{t('market.pair.rateGap', { gap: pair.gap.rateGap })}</p>
          )}
        </div>
      )}
      <button
        type="button"
        onClick={() => void stopWatching(getDb(), watch.id)}
        data-testid="market-remove"
      >
        {t('market.remove')}
      </button>
    </article>
  );
}

function SearchCard({
  watch,
  visits,
}: {
  watch: MarketWatchRecord;
  visits: MarketSnapshotRecord[];
}) {
  const { t, lang } = useI18n();
  const sorted = [...visits].sort((a, b) => (a.at < b.at ? -1 : 1));
  const tracked = new Map<string, { title: string; own: boolean }>();
  for (const v of sorted)
    for (const p of v.positions ?? []) tracked.set(p.productId, { title: p.title, own: p.own });
  return (
    <article
      className="market-card"
      data-testid={`market-search-${watch.query ?? ''}`}
      aria-label={watch.label}
    >
      <h3>
        <a href={watch.url} target="_blank" rel="noreferrer">
          {watch.label}
        </a>
      </h3>
      <p className="muted small">
        {t('market.visits', {
          count: sorted.length,
          when: sorted.length ? new Date(sorted[sorted.length - 1]!.at).toLocaleString(lang) : '',
        })}
      </p>
      {tracked.size > 0 && (
        <table className="market-positions">
          <caption>{t('market.positions')}</caption>
          <thead>
            <tr>
              <th scope="col"></th>
              {sorted.map((v) => (
                <th scope="col" key={v.at}>
                  {v.day}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {[...tracked].map(([id, info]) => (
              <tr key={id}>
                <th scope="row">
                  {info.title} ({info.own ? t('market.own') : t('market.watched')})
                </th>
                {positionSeries(sorted, id).map((p, i) => (
                  <td key={i}>{p === undefined ? t('market.absent') : `#${p}`}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" onClick={() => void stopWatching(getDb(), watch.id)}>
        {t('market.remove')}
      </button>
    </article>
  );
}
