import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import {
  handleMarketChoose,
  handleMarketPageSeen,
  type Notice,
} from '@/entrypoints/background/marketHandler';
import { handleReportRead } from '@/entrypoints/background/ingestHandler';
import { pruneMarketSnapshots } from '@/utils/market/watch';
import type { OkResultOf } from '@/utils/types';
import { EMPTY_COUNTS, freshDb, tableCounts } from '../../utils/db/testDb';

const OWN_ID = 'storewise-extension-id';
const sender = { id: OWN_ID, url: 'https://www.aliexpress.com/item/1005007000000001.html' };
const URL_ITEM = 'https://www.aliexpress.com/item/1005007000000001.html';

function item(title: string, amount: number, soldCount = 1000): OkResultOf<'listing'> {
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind: 'listing',
    url: URL_ITEM,
    capturedAt: '2026-11-20T10:00:00.000Z',
    source: 'dom',
    rows: [{ productId: '1005007000000001', title, price: { amount, currency: 'USD' }, soldCount }],
  };
}

function search(positions: string[]): OkResultOf<'searchResults'> {
  return {
    status: 'ok',
    site: 'aliexpress',
    pageKind: 'searchResults',
    url: 'https://www.aliexpress.com/w/wholesale-summer-dress.html',
    capturedAt: '2026-11-20T10:00:00.000Z',
    source: 'json',
    query: 'Summer Dress',
    rows: positions.map((productId, i) => ({
      position: i + 1,
      productId,
      title: `T ${productId}`,
    })),
  };
}

describe('market watch handlers', () => {
  let db: StorewiseDB;
  let notices: Notice[];
  const notify = async (n: Notice) => {
    notices.push(n);
  };
  beforeEach(() => {
    db = freshDb();
    notices = [];
  });
  afterEach(async () => {
    await db.delete();
  });

  it('stores nothing for a page the seller does not watch', async () => {
    const reply = await handleMarketPageSeen(
      db,
      item('Dress', 20),
      sender,
      OWN_ID,
      notify,
      new Date('2026-11-20T10:00:00Z'),
    );
    expect(reply).toMatchObject({
      ok: true,
      bar: { watched: false, labels: { choose: 'Watch this listing' } },
    });
    expect(await tableCounts(db)).toEqual(EMPTY_COUNTS);
  });

  it('refuses messages from outside the extension and buyer pages sent as console reads', async () => {
    expect(
      await handleMarketPageSeen(db, item('Dress', 20), { id: 'evil' }, OWN_ID, notify),
    ).toEqual({
      ok: false,
      error: 'rejected: message from outside this extension',
    });
    expect(await handleReportRead(db, item('Dress', 20), sender, OWN_ID)).toEqual({
      ok: false,
      error: 'rejected: a buyer-side page is not console data',
    });
    expect(await tableCounts(db)).toEqual(EMPTY_COUNTS);
  });

  it('watches a listing, dedupes a same-day identical visit, records a change and alerts only when switched on', async () => {
    const t0 = new Date('2026-11-20T10:00:00Z');
    const chose = await handleMarketChoose(
      db,
      { result: item('Summer Dress', 20), watch: true },
      sender,
      OWN_ID,
      t0,
    );
    expect(chose).toMatchObject({ ok: true, bar: { watched: true } });
    await handleMarketPageSeen(
      db,
      item('Summer Dress', 20),
      sender,
      OWN_ID,
      notify,
      new Date('2026-11-20T11:00:00Z'),
    );
    expect(await db.marketSnapshots.count()).toBe(1);

    await handleMarketPageSeen(
      db,
      item('Summer Dress Boho', 17),
      sender,
      OWN_ID,
      notify,
      new Date('2026-11-20T12:00:00Z'),
    );
    expect(await db.marketSnapshots.count()).toBe(2);
    expect(notices).toEqual([]);

    await db.settings.bulkPut([
      { key: 'marketAlertPriceCut', value: true },
      { key: 'marketPriceCutPercent', value: 10 },
    ]);
    await handleMarketPageSeen(
      db,
      item('Summer Dress Boho', 15),
      sender,
      OWN_ID,
      notify,
      new Date('2026-11-21T12:00:00Z'),
    );
    expect(notices.map((n) => n.message)).toEqual([
      'Summer Dress Boho: price cut 11.8% (USD 17 → USD 15)',
    ]);
  });

  it('records only own and watched positions of a tracked search, and alerts on a fall', async () => {
    await db.stores.put({
      id: 'aliexpress:2001234',
      site: 'aliexpress',
      storeId: '2001234',
      firstSeenAt: 'x',
      lastSeenAt: 'x',
    });
    await db.products.put({
      storeKey: 'aliexpress:2001234',
      productId: 'own1',
      title: 'My dress',
      firstSeenAt: 'x',
      updatedAt: 'x',
      from: { pageKind: 'productList', capturedAt: 'x', source: 'dom' },
    });
    await db.settings.put({ key: 'marketAlertRankDrop', value: true });
    await handleMarketChoose(
      db,
      { result: search(['a', 'own1', 'b']), watch: true },
      sender,
      OWN_ID,
      new Date('2026-11-20T10:00:00Z'),
    );
    const first = await db.marketSnapshots.toArray();
    expect(first.map((s) => s.positions)).toEqual([
      [{ productId: 'own1', position: 2, own: true, title: 'T own1' }],
    ]);
    await handleMarketPageSeen(
      db,
      search(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'own1']),
      sender,
      OWN_ID,
      notify,
      new Date('2026-11-21T10:00:00Z'),
    );
    expect(notices.map((n) => n.message)).toEqual([
      '"Summer Dress": your listing "T own1" fell from #2 to #8',
    ]);
  });

  it('stop deletes the watch and its history; retention keeps each watch’s newest visit', async () => {
    await handleMarketChoose(
      db,
      { result: item('Dress', 20), watch: true },
      sender,
      OWN_ID,
      new Date('2026-10-01T10:00:00Z'),
    );
    await handleMarketPageSeen(
      db,
      item('Dress', 19),
      sender,
      OWN_ID,
      notify,
      new Date('2026-10-02T10:00:00Z'),
    );
    expect(await pruneMarketSnapshots(db, 30, new Date('2026-11-20T10:00:00Z'))).toBe(1);
    expect((await db.marketSnapshots.toArray()).map((s) => s.listing?.price?.amount)).toEqual([19]);
    await handleMarketChoose(db, { result: item('Dress', 19), watch: false }, sender, OWN_ID);
    expect(await tableCounts(db)).toEqual(EMPTY_COUNTS);
  });
});
