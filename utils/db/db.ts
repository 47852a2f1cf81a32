import Dexie, { type EntityTable, type Table } from 'dexie';
import {
  DB_NAME,
  SCHEMA_V1,
  SCHEMA_V2,
  SCHEMA_V3,
  SCHEMA_V4,
  SCHEMA_V5,
  SCHEMA_V6,
} from './schema';
import { upgradeToV2 } from './compact';
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
  ProductHistoryRecord,
  ProductRecord,
  MarketSnapshotRecord,
  MarketWatchRecord,
  SettingRecord,
  SnapshotRecord,
  StoreKeywordDailyRecord,
  StoreMetricRecord,
  StoreRecord,
  VisitorRecord,
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
  productHistory!: Table<ProductHistoryRecord, [string, string]>;
  keywordLatest!: Table<KeywordLatestRecord, [string, string]>;
  storeSummary!: EntityTable<StoreSummaryRecord, 'storeKey'>;
  titleWords!: Table<TitleWordRecord, [string, string, string]>;
  marketWatches!: EntityTable<MarketWatchRecord, 'id'>;
  marketSnapshots!: Table<MarketSnapshotRecord, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    // v4, v5 and v6 only add tables: no upgrade function.
    this.version(5).stores(SCHEMA_V5);
    this.version(6).stores(SCHEMA_V6);
  }
}

let instance: StorewiseDB | undefined;

/** The extension's one database (per extension origin: background, side panel, popup, options share it). */
export function getDb(): StorewiseDB {
  instance ??= new StorewiseDB();
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
 * Tables derived from the ones above (schema v2 compact rows): not in a
 * backup, cleared with everything else, rebuilt after a restore.
 */
export const DERIVED_TABLES = ['productHistory', 'keywordLatest', 'storeSummary'] as const;
export type DerivedTableName = (typeof DERIVED_TABLES)[number];
