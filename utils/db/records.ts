import type {
  AbilityRow,
  CampaignRow,
  CustomerRow,
  Money,
  OkResult,
  PageKind,
  Site,
} from '../types';

// Row shapes of the database tables. `storeKey` is `${site}:${storeId}` and
// scopes every derived row to one store.

export interface StoreRecord {
  id: string;
  site: Site;
  storeId: string;
  name?: string;
  timeZone?: string;
  firstSeenAt: string;
  lastSeenAt: string;
}

export interface SnapshotRecord {
  hash: string;
  storeKey: string;
  site: Site;
  pageKind: PageKind;
  capturedAt: string;
  rowCount: number;
  result: OkResult;
}

/** Where a value came from and when: every figure in the UI can say so. */
export interface Provenance {
  pageKind: PageKind;
  capturedAt: string;
  source: 'json' | 'dom';
}

export interface ProductRecord {
  storeKey: string;
  productId: string;
  title: string;
  price?: Money;
  stock?: number;
  exposure?: number;
  views?: number;
  visitors?: number;
  clicks?: number;
  addToCart?: number;
  wishlist?: number;
  orders?: number;
  buyers?: number;
  conversionRate?: number;
  revenue?: Money;
  firstSeenAt: string;
  updatedAt: string;
  from: Provenance;
}

export interface ProductDailyRecord {
  storeKey: string;
  productId: string;
  /** YYYY-MM-DD, the report day (period end) or the capture day in the platform's time zone. */
  day: string;
  exposure?: number;
  views?: number;
  visitors?: number;
  clicks?: number;
  addToCart?: number;
  wishlist?: number;
  orders?: number;
  buyers?: number;
  conversionRate?: number;
  revenue?: Money;
  stock?: number;
  price?: Money;
  updatedAt: string;
}

export interface KeywordDailyRecord {
  storeKey: string;
  /** '' when the keyword report is store-wide. */
  productId: string;
  term: string;
  day: string;
  period?: { from: string; to: string };
  exposure?: number;
  clicks?: number;
  ctr?: number;
  orders?: number;
  conversionRate?: number;
  searchIndex?: number;
  competition?: number;
  updatedAt: string;
}

export interface AbilityScoreRecord extends AbilityRow {
  storeKey: string;
  day: string;
  updatedAt: string;
}

export interface CustomerRecord extends CustomerRow {
  storeKey: string;
  updatedAt: string;
}

export interface CampaignRecord extends CampaignRow {
  /** `${storeKey}:${campaignId ?? name}` for campaigns read from the console. */
  id: string;
  storeKey: string;
  origin: 'console' | 'seller';
  updatedAt: string;
}

export interface ChecklistProgressRecord {
  storeKey: string;
  campaignId: string;
  year: number;
  itemId: string;
  done: boolean;
  updatedAt: string;
}

export interface SettingRecord {
  key: string;
  value: unknown;
}

// Market watch (schema v4): only listings and searches the seller chose.

/** What a listing showed on one visit. */
export interface ListingState {
  title: string;
  price?: Money;
  priceMax?: Money;
  originalPrice?: Money;
  soldCount?: number;
  rating?: number;
  reviews?: number;
  shop?: string;
  badges?: string[];
}

/** Where the seller's own and watched listings stood on one visit of a tracked search. */
export interface SearchPosition {
  productId: string;
  position: number;
  /** The seller's own listing (else a watched competitor). */
  own: boolean;
  title: string;
}

export interface MarketWatchRecord {
  id: string;
  kind: 'listing' | 'search';
  site: Site;
  productId?: string;
  query?: string;
  /** The page it was chosen on (for "open"). */
  url: string;
  /** The listing title or the search words, as last seen. */
  label: string;
  /** The seller's own listing a competitor is compared with. */
  pairedWith?: { storeKey: string; productId: string };
  createdAt: string;
  updatedAt: string;
}

export interface MarketSnapshotRecord {
  watchId: string;
  /** ISO-8601 instant of the visit. */
  at: string;
  /** YYYY-MM-DD of the visit on the platform's clock (dedupe and daily rates). */
  day: string;
  listing?: ListingState;
  positions?: SearchPosition[];
  /** How many results the search page listed. */
  resultCount?: number;
}
