import type {
  AbilityRow,
  CampaignRow,
  CustomerRow,
  CustomerSegmentRow,
  KeywordRow,
  Money,
  OkResult,
  PageKind,
  PenaltyRow,
  ProductMetric,
  ProductRow,
  Site,
  StoreKeywordRow,
  StoreMetricRow,
  VisitorRow,
  TitleWordRow,
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

/** A product row's figures, as both product tables keep them. */
export type ProductMetrics = Omit<ProductRow, 'productId' | 'title'>;

export interface ProductRecord extends ProductMetrics {
  storeKey: string;
  productId: string;
  title: string;
  firstSeenAt: string;
  updatedAt: string;
  from: Provenance;
}

export interface ProductDailyRecord extends ProductMetrics {
  storeKey: string;
  productId: string;
  /** YYYY-MM-DD, the report day (period end) or the capture day in the platform's time zone. */
  day: string;
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
  inquiries?: number;
  updatedAt: string;
}

export interface AbilityScoreRecord extends AbilityRow {
  storeKey: string;
  day: string;
  updatedAt: string;
}

/** The latest title-word report of one item: one row per word of its title. */
export interface TitleWordRecord extends TitleWordRow {
  storeKey: string;
  productId: string;
  period?: { from: string; to: string };
  updatedAt: string;
}

export interface CustomerRecord extends CustomerRow {
  storeKey: string;
  updatedAt: string;
}

/** An aggregate customer figure of one report day (Taobao sycm). */
export interface CustomerSegmentRecord extends CustomerSegmentRow {
  storeKey: string;
  day: string;
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

/** A store-level figure of one day (schema v3). */
export interface StoreMetricRecord extends StoreMetricRow {
  storeKey: string;
  day: string;
  updatedAt: string;
}

/** A store-wide search term of one day (schema v3). */
export interface StoreKeywordDailyRecord extends StoreKeywordRow {
  storeKey: string;
  day: string;
  period?: { from: string; to: string };
  updatedAt: string;
}

/** The latest state of one penalty (schema v3). */
export interface PenaltyRecord extends PenaltyRow {
  storeKey: string;
  /** When Storewise first saw the penalty: the order of "newest first" when the console gives no time. */
  firstSeenAt: string;
  updatedAt: string;
}

/** One visitor on one day (schema v3). */
export interface VisitorRecord extends VisitorRow {
  storeKey: string;
  day: string;
  updatedAt: string;
}

/**
 * The figures of a product day the history pack keeps: the ones the tabs
 * weigh (product roles and restock signals, the exposure watch). The rest, and
 * money fields, stay in productDaily, where a listing's chart reads them.
 */
export const HISTORY_METRICS = [
  'stock',
  'exposure',
  'views',
  'visitors',
  'orders',
  'inquiries',
] as const satisfies readonly ProductMetric[];
export type HistoryMetric = (typeof HISTORY_METRICS)[number];

/** One day of a product's figures, as the side panel reads it back from the history pack. */
export type HistoryDay = { day: string } & Partial<Record<HistoryMetric, number>>;

/**
 * A store's products in one row (schema v7): every ProductRecord of the store,
 * by productId. Derived: the side panel reads the store's listings in one
 * request instead of one per listing.
 */
export interface ProductsPackRecord {
  storeKey: string;
  kind: 'products';
  rows: ProductRecord[];
}

/** A store's customers in one row (schema v7), by buyerId. Derived. */
export interface CustomersPackRecord {
  storeKey: string;
  kind: 'customers';
  rows: CustomerRecord[];
}

/**
 * A store's recent daily history in one row (schema v7), by column: the days
 * from `firstDay` to the store's newest productDaily day (COMPACT_HISTORY_DAYS
 * behind it, `dayCount` days in all) × the products with a row in that window.
 * Cell (product i, day j) is at i × dayCount + j; `present` is 1 where the
 * product has a productDaily row that day, and a metric's cell is NaN where
 * that row has no such figure. Typed arrays are copied in and out of
 * IndexedDB as one block each, where a year of row objects would be parsed one
 * by one. Derived.
 */
export interface HistoryPackRecord {
  storeKey: string;
  kind: 'history';
  firstDay: string;
  dayCount: number;
  productIds: string[];
  present: Uint8Array;
  metrics: Partial<Record<HistoryMetric, Float64Array>>;
}

export type StorePackRecord = ProductsPackRecord | CustomersPackRecord | HistoryPackRecord;
export type StorePackKind = StorePackRecord['kind'];

/** A product's newest search-term report in one row (schema v2). Derived. */
export interface KeywordLatestRecord {
  storeKey: string;
  productId: string;
  /** The report day the terms belong to. */
  day: string;
  period?: { from: string; to: string };
  /** ISO instant of the newest read of that report. */
  readAt: string;
  /** keywordDaily rows of that day without the bookkeeping fields, by term. */
  rows: KeywordRow[];
}

/** Per-store newest days (schema v2), so a tab reads one day of a store's range. Derived. */
export interface StoreSummaryRecord {
  storeKey: string;
  /** Newest productDaily day. */
  productDay?: string;
  /** Newest ability-model report day. */
  abilityDay?: string;
  /** Newest read of any product's keyword report. */
  keywordsReadAt?: string;
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
