import Dexie, { type EntityTable, type Table } from 'dexie';
import { DB_NAME, SCHEMA_V1, SCHEMA_V4 } from './schema';
import type {
  AbilityScoreRecord,
  CampaignRecord,
  ChecklistProgressRecord,
  CustomerRecord,
  KeywordDailyRecord,
  ProductDailyRecord,
  ProductRecord,
  MarketSnapshotRecord,
  MarketWatchRecord,
  SettingRecord,
  SnapshotRecord,
  StoreRecord,
} from './records';

export class StorewiseDB extends Dexie {
  stores!: EntityTable<StoreRecord, 'id'>;
  snapshots!: EntityTable<SnapshotRecord, 'hash'>;
  products!: Table<ProductRecord, [string, string]>;
  productDaily!: Table<ProductDailyRecord, [string, string, string]>;
  keywordDaily!: Table<KeywordDailyRecord, [string, string, string, string]>;
  abilityScores!: Table<AbilityScoreRecord, [string, string, string]>;
  customers!: Table<CustomerRecord, [string, string]>;
  campaigns!: EntityTable<CampaignRecord, 'id'>;
  checklistProgress!: Table<ChecklistProgressRecord, [string, string, number, string]>;
  settings!: EntityTable<SettingRecord, 'key'>;
  marketWatches!: EntityTable<MarketWatchRecord, 'id'>;
  marketSnapshots!: Table<MarketSnapshotRecord, [string, string]>;

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options);
    this.version(1).stores(SCHEMA_V1);
    this.version(4).stores(SCHEMA_V4);
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
  'campaigns',
  'checklistProgress',
  'settings',
  'marketWatches',
  'marketSnapshots',
] as const;
export type TableName = (typeof ALL_TABLES)[number];
