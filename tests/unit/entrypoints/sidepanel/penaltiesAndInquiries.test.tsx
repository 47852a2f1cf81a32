import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { ExposureAlerts } from '@/entrypoints/sidepanel/keywords/ExposureAlerts';
import { openPenaltiesFirst, watchExposure } from '@/utils/engines/titles/exposureWatch';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import type { PenaltyRecord, ProductRecord } from '@/utils/db/records';
import { inquiriesAsOrders } from '@/entrypoints/sidepanel/outcome';
import { isBuyerRow, type ProductRow } from '@/utils/types';
import { freshDb } from '../../utils/db/testDb';
import { resetAppStore } from '@/utils/state/store';

// Open penalties come first in the exposure watch, and Alibaba.com's
// inquiries stand in for orders where a row has none.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const penalty = (punishId: string, extra: Partial<PenaltyRecord> = {}): PenaltyRecord => ({
  storeKey: 'aliexpress:2001234',
  punishId,
  firstSeenAt: '2026-11-20T10:00:00.000Z',
  updatedAt: '2026-11-20T10:00:00.000Z',
  ...extra,
});

describe('openPenaltiesFirst', () => {
  it('drops penalties the console calls over; in force first, then the newest', () => {
    const ordered = openPenaltiesFirst([
      penalty('old', { firstSeenAt: '2026-11-01T00:00:00.000Z' }),
      penalty('over', { open: false, status: '已结束' }),
      penalty('new', { firstSeenAt: '2026-11-21T00:00:00.000Z' }),
      penalty('active', { open: true, status: '生效中', firstSeenAt: '2026-10-01T00:00:00.000Z' }),
    ]);
    expect(ordered.map((p) => p.punishId)).toEqual(['active', 'new', 'old']);
  });
});

describe('inquiriesAsOrders', () => {
  it('gives a row without orders its inquiries; leaves rows with orders or without inquiries alone', () => {
    const a: ProductRow = { productId: 'a', title: 'A', inquiries: 12, visitors: 210 };
    const b: ProductRow = { productId: 'b', title: 'B', inquiries: 12, orders: 3 };
    const c: ProductRow = { productId: 'c', title: 'C' };
    expect(inquiriesAsOrders(a)).toEqual({
      productId: 'a',
      title: 'A',
      inquiries: 12,
      visitors: 210,
      orders: 12,
    });
    expect(inquiriesAsOrders(b)).toEqual({
      productId: 'b',
      title: 'B',
      inquiries: 12,
      orders: 3,
    });
    expect(inquiriesAsOrders(c)).toBe(c);
  });
});

describe('ExposureAlerts with penalties', () => {
  let db: StorewiseDB;
  let host: HTMLDivElement;
  let root: Root;
  beforeEach(() => {
    db = freshDb();
    setDb(db);
    host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
  });
  afterEach(async () => {
    act(() => root.unmount());
    host.remove();
    setDb(undefined);
    await db.delete();
  });

  const product: ProductRecord = {
    storeKey: 'aliexpress:2001234',
    productId: '1005006123456789',
    title: 'Women Summer Dress',
    firstSeenAt: '2026-11-01T00:00:00.000Z',
    updatedAt: '2026-11-20T00:00:00.000Z',
    from: { pageKind: 'productRank', capturedAt: '2026-11-20T00:00:00.000Z', source: 'json' },
  };
  const watch = watchExposure([
    { day: '2026-11-16', exposure: 1000 },
    { day: '2026-11-17', exposure: 900 },
    { day: '2026-11-18', exposure: 800 },
    { day: '2026-11-19', exposure: 700 },
    { day: '2026-11-20', exposure: 600 },
  ]);

  it('lists open penalties above the falling listings', async () => {
    expect(watch.triggered).toBe(true);
    await act(async () =>
      root.render(
        <I18nProvider override="en">
          <ExposureAlerts
            alerts={[{ product, watch }]}
            penalties={[penalty('PN1', { reason: 'Counterfeit listing', status: 'In effect' })]}
          />
        </I18nProvider>,
      ),
    );
    const block = host.querySelector('[data-testid="alerts-penalties"]');
    expect(block?.textContent).toBe(
      'Open penalties (1): check these firstPenalty PN1: Counterfeit listing (In effect)',
    );
    // The penalties come before the listing alerts in the page.
    const alerts = host.querySelector('[data-testid="alerts"]');
    expect(block && alerts && block.compareDocumentPosition(alerts)).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });

  it('shows the falling listings a page (20) at a time, the next page on "show more"', async () => {
    resetAppStore();
    const alerts = Array.from({ length: 25 }, (_, i) => ({
      product: { ...product, productId: `p${i}`, title: `Listing ${i}` },
      watch,
    }));
    await act(async () =>
      root.render(
        <I18nProvider override="en">
          <ExposureAlerts alerts={alerts} />
        </I18nProvider>,
      ),
    );
    const titles = () =>
      [...host.querySelectorAll('[data-testid="alert"] > strong')].map((e) => e.textContent);
    expect(titles()).toHaveLength(20);
    expect(titles()[19]).toBe('Listing 19');
    const more = host.querySelector<HTMLButtonElement>('[data-testid="alerts-more"]');
    expect(more?.textContent).toBe('Show 5 more');
    await act(async () => more?.click());
    expect(titles()).toHaveLength(25);
    expect(titles()[24]).toBe('Listing 24');
    expect(host.querySelector('[data-testid="alerts-more"]')).toBeNull();
  });

  it('shows no penalty block when no listing fell', async () => {
    await act(async () =>
      root.render(
        <I18nProvider override="zh-CN">
          <ExposureAlerts alerts={[]} penalties={[penalty('PN1')]} />
        </I18nProvider>,
      ),
    );
    expect(host.querySelector('[data-testid="alerts-penalties"]')).toBeNull();
    expect(host.querySelector('[data-testid="alerts-none"]')?.textContent).toBe(
      '没有商品的曝光在下滑。',
    );
  });
});

describe('isBuyerRow', () => {
  it('keeps buyer rows for the RFM tiers and leaves customer-manager rows out', () => {
    const buyer = {
      buyerId: 'b1',
      orders: 2,
      totalSpent: { amount: 30, currency: 'USD' },
      lastOrderAt: '2026-11-01',
    };
    const account = { buyerId: '70001', stage: 'deal' as const, importance: 3 };
    expect([buyer, account].filter(isBuyerRow)).toEqual([buyer]);
  });
});
