import type {
  AbilityRow,
  CampaignRow,
  CustomerRow,
  Money,
  OkResult,
  PageKind,
  Site,
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
