import type { StorewiseDB } from '@/utils/db/db';

/** A store row as ingestion writes it (site and id are what the promo glue reads). */
export async function addStore(
  db: StorewiseDB,
  site: 'aliexpress' | 'taobao' | 'alibaba',
  storeId: string,
  lastSeenAt = '2026-11-01T00:00:00.000Z',
): Promise<string> {
  const id = `${site}:${storeId}`;
  await db.stores.put({ id, site, storeId, firstSeenAt: lastSeenAt, lastSeenAt });
  return id;
}

export const at = (iso: string) => new Date(iso);
