import { ALL_TABLES, StorewiseDB, type TableName } from '@/utils/db/db';
import type { OkResultOf, ProductRow } from '@/utils/types';

// Shared by the db, background and side-panel tests: a fresh database per test
// (a unique name in fake-indexeddb, so no test sees another's rows) and small
// ReadResults shaped like the AliExpress product-list reader's output.

let counter = 0;

export function freshDb(): StorewiseDB {
  counter += 1;
  return new StorewiseDB(`storewise-test-${process.pid}-${counter}`);
}

/** Row count of every table, to assert "nothing was written" on all of them at once. */
export async function tableCounts(db: StorewiseDB): Promise<Record<TableName, number>> {
  const entries = await Promise.all(
    ALL_TABLES.map(async (name) => [name, await db.table(name).count()] as const),
  );
  return Object.fromEntries(entries) as Record<TableName, number>;
}

export const EMPTY_COUNTS: Record<TableName, number> = Object.fromEntries(
  ALL_TABLES.map((name) => [name, 0]),
) as Record<TableName, number>;

export const CAPTURED_AT = '2026-11-20T10:00:00.000Z';

export function product(productId: string, extra: Partial<ProductRow> = {}): ProductRow {
  return {
    productId,
    title: `Product ${productId}`,
    price: { amount: 12.5, currency: 'USD' },
    stock: 40,
    orders: 3,
    ...extra,
  };
}

export function productList(
  rows: ProductRow[],
  extra: Partial<Omit<OkResultOf<'productList'>, 'rows' | 'pageKind' | 'status'>> = {},
): OkResultOf<'productList'> {
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind: 'productList',
    storeId: '2001234',
    url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
    capturedAt: CAPTURED_AT,
    source: 'dom',
    rows,
    ...extra,
  };
}
