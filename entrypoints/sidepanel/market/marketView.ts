import type {
  MarketSnapshotRecord,
  MarketWatchRecord,
  ProductRecord,
} from '../../../utils/db/records';
import { SETTING_FAMILIES, type FamilyKey } from '../../../utils/settings/settings';
import {
  listingChange,
  pairGap,
  salesRate,
  type ListingChange,
  type PairGap,
  type SalesRate,
} from '../../../utils/engines/market/market';

// What the Market tab shows per watch, from its stored visits (pure).

export interface ListingView {
  watch: MarketWatchRecord;
  visits: MarketSnapshotRecord[];
  latest?: MarketSnapshotRecord;
  change?: ListingChange;
  rate?: SalesRate;
  pair?: { own: ProductRecord; gap: PairGap };
}

export function listingView(
  watch: MarketWatchRecord,
  visits: readonly MarketSnapshotRecord[],
  own: ProductRecord | undefined,
  ownRate?: number,
): ListingView {
  const sorted = [...visits].filter((v) => v.listing).sort((a, b) => (a.at < b.at ? -1 : 1));
  const latest = sorted[sorted.length - 1];
  const prev = sorted[sorted.length - 2];
  const view: ListingView = { watch, visits: sorted };
  if (latest) view.latest = latest;
  if (latest?.listing && prev?.listing) view.change = listingChange(prev.listing, latest.listing);
  const rate = salesRate(sorted);
  if (rate) view.rate = rate;
  if (own && latest?.listing) {
    view.pair = {
      own,
      gap: pairGap(
        {
          title: own.title,
          ...(own.price ? { price: own.price } : {}),
          ...(ownRate !== undefined ? { ratePerDay: ownRate } : {}),
        },
        {
          title: latest.listing.title,
          ...(latest.listing.price ? { price: latest.listing.price } : {}),
          ...(rate ? { ratePerDay: rate.perDay } : {}),
        },
      ),
    };
  }
  return view;
}

export const signedPercent = (share: number): string =>
  `${share > 0 ? '+' : share < 0 ? '−' : '±'}${Math.abs(Math.round(share * 1000) / 10)}%`;

/** Settings key under which competitor words are offered to the Keywords tab for one own listing. */
export const competitorWordsKey = (
  storeKey: string,
  productId: string,
): FamilyKey<'competitorWords'> =>
  `${SETTING_FAMILIES.competitorWords.prefix}${storeKey}:${productId}`;
