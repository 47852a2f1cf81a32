// The database's name, apart from the schema so the popup's Dexie-free reader
// (utils/db/lite.ts) does not load every version's table definitions.
export const DB_NAME = 'storewise';
