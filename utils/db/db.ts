import Dexie, { type EntityTable, type Table } from 'dexie';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
  SCHEMA_V7,
} from './schema';
import { upgradeToV7 } from './compact';
import type {
  AbilityScoreRecord,
  CampaignRecord,
  ChecklistProgressRecord,
  CustomerRecord,
  CustomerSegmentRecord,
  KeywordDailyRecord,
  PenaltyRecord,
  KeywordLatestRecord,
  ProductDailyRecord,
  ProductRecord,
  MarketSnapshotRecord,
  MarketWatchRecord,
  SettingRecord,
  SnapshotRecord,
  StoreKeywordDailyRecord,
  StoreMetricRecord,
  StoreRecord,
  VisitorRecord,
  StorePackRecord,
  StorePackKind,
  StoreSummaryRecord,
  TitleWordRecord,
} from './records';

export class StorewiseDB extends Dexie {
  stores!: EntityTable<StoreRecord, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'hash'>;
  products!: Table<ProductRecord, [string, string]>;
  productDaily!: Table<ProductDailyRecord, [string, string, string]>;
  keywordDaily!: Table<KeywordDailyRecord, [string, string, string, string]>;
  abilityScores!: Table<AbilityScoreRecord, [string, string, string]>;
  customers!: Table<CustomerRecord, [string, string]>;
  customerSegments!: Table<CustomerSegmentRecord, [string, string, string]>;
  campaigns!: EntityTable<CampaignRecord, 'id'>;
  checklistProgress!: Table<ChecklistProgressRecord, [string, string, number, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  storeMetrics!: Table<StoreMetricRecord, [string, string, string]>;
  storeKeywordDaily!: Table<StoreKeywordDailyRecord, [string, string, string]>;
  penalties!: Table<PenaltyRecord, [string, string]>;
  visitors!: Table<VisitorRecord, [string, string, string]>;
  storePacks!: Table<StorePackRecord, [string, StorePackKind]>;
  keywordLatest!: Table<KeywordLatestRecord, [string, string]>;
  storeSummary!: EntityTable<StoreSummaryRecord, 'storeKey'>;
  titleWords!: Table<TitleWordRecord, [string, string, string]>;
  marketWatches!: EntityTable<MarketWatchRecord, 'id'>;
  marketSnapshots!: Table<MarketSnapshotRecord, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    // v2's derived rows are made by the v7 upgrade, which rebuilds every derived row.
    this.version(2).stores(SCHEMA_V2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    // v4, v5 and v6 only add tables: no upgrade function.
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
    this.version(7).stores(SCHEMA_V7).upgrade(upgradeToV7);
  }
}

let instance: StorewiseDB | undefined;

/**
 * The extension's one database (per extension origin: background, side panel,
 * popup, options share it). Dexie's query cache is off: by default it deep-
 * copies every live query's result, which on a store's packs cost more than
 * reading them; live queries still re-run on every change, from any page.
 */
export function getDb(): StorewiseDB {
  instance ??= new StorewiseDB(DB_NAME, { cache: 'disabled' });
  return instance;
}

/** Tests swap the database (fake-indexeddb) through this. */
export function setDb(db: StorewiseDB | undefined): void {
  instance = db;
}

export const ALL_TABLES = [
  'stores',
  'snapshots',
  'products',
  'productDaily',
  'keywordDaily',
  'abilityScores',
  'customers',
  'customerSegments',
  'campaigns',
  'checklistProgress',
  'settings',
  'storeMetrics',
  'storeKeywordDaily',
  'penalties',
  'visitors',
  'titleWords',
  'marketWatches',
  'marketSnapshots',
] as const;
export type TableName = (typeof ALL_TABLES)[number];

/**
 * Tables derived from the ones above (the v7 store packs, the v2 keyword
 * reports and summaries): not in a
 * backup, cleared with everything else, rebuilt after a restore.
 */
export const DERIVED_TABLES = ['storePacks', 'keywordLatest', 'storeSummary'] as const;
export type DerivedTableName = (typeof DERIVED_TABLES)[number];
