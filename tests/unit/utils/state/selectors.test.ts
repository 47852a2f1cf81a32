import { describe, expect, it } from 'vitest';
import type { StoreRecord } from '@/utils/db/records';
import type { ReadEvent } from '@/utils/db/readLog';
import { currentStore, statusEventFor, tabKey } from '@/utils/state/selectors';

const store = (id: string, lastSeenAt: string): StoreRecord => {
  const [site, storeId] = id.split(':') as [StoreRecord['site'], string];
  return { id, site, storeId, firstSeenAt: '2026-11-01T00:00:00.000Z', lastSeenAt };
};

const ALI = store('aliexpress:2001234', '2026-11-20T10:00:00.000Z');
const TAO = store('taobao:default', '2026-11-21T10:00:00.000Z');
const ALIBABA = store('alibaba:88', '2026-11-19T10:00:00.000Z');

describe('currentStore', () => {
  it('is the seller’s pick when it exists', () => {
    expect(currentStore([ALI, TAO, ALIBABA], 'aliexpress:2001234')).toBe(ALI);
  });
  it('follows the store seen most recently when nothing is picked', () => {
    expect(currentStore([ALI, TAO, ALIBABA], undefined)).toBe(TAO);
  });
  it('falls back to the most recent store when the pick is gone', () => {
    expect(currentStore([ALI, ALIBABA], 'taobao:default')).toBe(ALI);
  });
  it('is undefined without stores', () => {
    expect(currentStore([], 'aliexpress:2001234')).toBeUndefined();
  });
});

describe('currentStore follows the console tab in front', () => {
  // A new user reads AliExpress pages first, then Taobao, then Alibaba.com (newest).
  const ae = store('aliexpress:2001234', '2026-11-20T10:00:00.000Z');
  const ae2 = store('aliexpress:3005678', '2026-11-20T11:00:00.000Z');
  const tb = store('taobao:default', '2026-11-21T10:00:00.000Z');
  const ab = store('alibaba:88', '2026-11-22T10:00:00.000Z');
  const stores = [ae, ae2, tb, ab];
  const reads: ReadEvent[] = [
    {
      status: 'ok',
      storeKey: ab.id,
      url: 'https://data.alibaba.com/product',
      at: '2026-11-22T10:00:00Z',
    },
    {
      status: 'ok',
      storeKey: tb.id,
      url: 'https://myseller.taobao.com/home',
      at: '2026-11-21T10:00:00Z',
    },
    {
      status: 'ok',
      storeKey: ae.id,
      url: 'https://gsp.aliexpress.com/m_apps/list?channelId=2001234',
      at: '2026-11-20T10:00:00Z',
    },
  ];
  const tab = (url: string, id = 7) => ({ id, url });

  it('shows the store the tab’s page was last read for, not the newest store', () => {
    const onAe = tab('https://gsp.aliexpress.com/m_apps/list?channelId=2001234');
    expect(currentStore(stores, undefined, onAe, reads)).toBe(ae);
  });

  it('takes the store of the same host when this page was never read', () => {
    expect(currentStore(stores, undefined, tab('https://myseller.taobao.com/other'), reads)).toBe(
      tb,
    );
  });

  it('takes that marketplace’s most recent store when its host was never read', () => {
    expect(currentStore(stores, undefined, tab('https://csp.aliexpress.com/x'), reads)).toBe(ae2);
  });

  it('falls back to the most recent store on a tab that is not a console', () => {
    expect(currentStore(stores, undefined, tab('https://example.com/'), reads)).toBe(ab);
    expect(currentStore(stores, undefined, { id: 3 }, reads)).toBe(ab);
  });

  it('keeps the seller’s pick over the tab', () => {
    const onAe = tab('https://gsp.aliexpress.com/m_apps/list?channelId=2001234');
    expect(currentStore(stores, tb.id, onAe, reads)).toBe(tb);
  });

  it('tells tabs apart by id and host, not by path', () => {
    expect(tabKey(tab('https://gsp.aliexpress.com/a'))).toBe(
      tabKey(tab('https://gsp.aliexpress.com/b')),
    );
    expect(tabKey(tab('https://gsp.aliexpress.com/a', 7))).not.toBe(
      tabKey(tab('https://gsp.aliexpress.com/a', 8)),
    );
    expect(tabKey(tab('https://gsp.aliexpress.com/a'))).not.toBe(
      tabKey(tab('https://myseller.taobao.com/a')),
    );
  });
});

const ev = (e: Partial<ReadEvent> & Pick<ReadEvent, 'status'>): ReadEvent => ({
  url: 'https://gsp.aliexpress.com/x',
  at: '2026-11-20T10:00:00.000Z',
  ...e,
});

describe('statusEventFor', () => {
  // Newest first, as the read log keeps them.
  const campaigns = ev({ status: 'ok', pageKind: 'campaigns', storeKey: ALI.id, rowCount: 4 });
  const otherStoreList = ev({
    status: 'ok',
    pageKind: 'productList',
    storeKey: TAO.id,
    rowCount: 9,
  });
  const myList = ev({ status: 'ok', pageKind: 'productList', storeKey: ALI.id, rowCount: 48 });
  const keywords = ev({ status: 'ok', pageKind: 'productKeywords', storeKey: ALI.id });
  const events = [campaigns, otherStoreList, myList, keywords];

  it('reports the newest read of a page the tab uses, for the current store', () => {
    expect(statusEventFor('tier', events, ALI.id)).toBe(myList);
    expect(statusEventFor('promo', events, ALI.id)).toBe(campaigns);
    expect(statusEventFor('keywords', events, ALI.id)).toBe(myList);
    expect(statusEventFor('tier', events, TAO.id)).toBe(otherStoreList);
  });

  it('ignores pages the tab does not use', () => {
    expect(statusEventFor('promo', [myList, keywords], ALI.id)).toBeUndefined();
  });

  it('shows a newer failure on a page no reader knows, wherever the seller looks', () => {
    const unknown = ev({ status: 'unrecognized', reason: 'no reader for this page' });
    expect(statusEventFor('tier', [unknown, ...events], ALI.id)).toBe(unknown);
    expect(statusEventFor('promo', [unknown, ...events], ALI.id)).toBe(unknown);
  });

  it('shows a failed read of the tab’s own page kind (no store known yet)', () => {
    const failed = ev({
      status: 'unrecognized',
      pageKind: 'productList',
      reason: 'missing column',
    });
    expect(statusEventFor('tier', [failed, ...events], ALI.id)).toBe(failed);
  });

  it('is undefined for an empty log', () => {
    expect(statusEventFor('tier', [], undefined)).toBeUndefined();
  });
});
