import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { TierTab } from '@/entrypoints/sidepanel/tier/TierTab';
import { toCapture } from '@/scripts/cli/read';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import type { Language } from '@/utils/i18n/messages';
import { customerFiguresView } from '@/entrypoints/sidepanel/tier/customerSegmentsView';
import { storeCustomerSegments } from '@/entrypoints/sidepanel/queries';
import { readCapture } from '@/utils/sites/index';
import { isOk } from '@/utils/types';
import { freshDb } from '../../utils/db/testDb';

// Taobao's aggregate customer figures from the recorded sycm answers to the
// Tier tab: ingest into customerSegments, the newest figure per indicator,
// and the customer section in both languages; and the shop-level search terms
// stored as store search terms.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SK = 'taobao:default';
const READ_AT = new Date('2024-05-08T02:00:00Z');
const PAGE = new URL('https://sycm.taobao.com/cc/customer/regular');
const FILES = [
  'taobao/customerSegments/overview.json',
  'taobao/customerSegments/members-wrapped.json',
  'taobao/customerSegments/profile.json',
];

let db: StorewiseDB;

async function seed() {
  for (const file of FILES) {
    const text = readFileSync(resolve(import.meta.dirname, '../../../fixtures', file), 'utf8');
    const capture = toCapture(JSON.parse(text) as unknown);
    if (!capture) throw new Error(file);
    const result = readCapture(capture, PAGE, READ_AT);
    if (!isOk(result)) throw new Error(`${file}: ${result.status} ${result.reason}`);
    await ingest(db, result, READ_AT);
  }
}

beforeEach(() => {
  db = freshDb();
  setDb(db);
});

afterEach(async () => {
  setDb(undefined);
  await db.delete();
});

describe('Taobao customer figures', () => {
  it('are stored per indicator and report day, and grouped with the newest figure of each', async () => {
    await seed();
    expect(await db.customerSegments.count()).toBe(12 + 5 + 3);
    expect(await db.customerSegments.get([SK, 'repeatByrRate3m', '2024-05-07'])).toMatchObject({
      value: 0.058,
      peerGood: 0.083,
    });
    // The members report covers 2024-04-08..2024-05-07: its day is the period's end.
    expect(await db.customerSegments.get([SK, 'totalMbrCnt', '2024-05-07'])).toMatchObject({
      value: 3200,
    });
    // An older overview day: the view keeps the newest figure of each indicator.
    await db.customerSegments.put({
      storeKey: SK,
      domain: 'overview',
      indicator: 'repeatByrRate3m',
      value: 0.2,
      day: '2024-04-30',
      updatedAt: '2024-05-01T00:00:00.000Z',
    });
    const view = customerFiguresView(await storeCustomerSegments(db, SK));
    expect(view.groups.map((g) => g.id)).toEqual(['counts', 'repurchase', 'members']);
    expect(view.groups[1]?.figures).toEqual([
      {
        code: 'repeatByrRate1m',
        unit: 'rate',
        value: 0.021,
        day: '2024-05-07',
        change: 0.001,
        belowPeer: false,
      },
      {
        code: 'repeatByrRate3m',
        unit: 'rate',
        value: 0.058,
        day: '2024-05-07',
        change: -0.002,
        peerGood: 0.083,
        belowPeer: true,
      },
      {
        code: 'repeatByrRate6m',
        unit: 'rate',
        value: 0.097,
        day: '2024-05-07',
        change: 0,
        belowPeer: false,
      },
      {
        code: 'hasPurchaseReCall',
        unit: 'rate',
        value: 0.094,
        day: '2024-05-07',
        change: -0.004,
        belowPeer: false,
      },
    ]);
    expect(view.groups[0]?.figures.map((f) => f.code)).toEqual([
      'shopCustomer',
      'newVisitorCnt',
      'newVisitorBuyCnt',
      'newVisitorPayRate',
      'noPurchaseCnt',
      'hasPurchaseCnt',
      'hasPurchaseUbyCnt',
      'regularCustomerCnt',
    ]);
    expect(view.readAt).toBe(READ_AT.toISOString());
  });

  it('shop-level search terms are stored as store search terms, none as product keyword rows', async () => {
    const text = readFileSync(
      resolve(import.meta.dirname, '../../../fixtures/taobao/storeKeywords/shop-source-v3.json'),
      'utf8',
    );
    const capture = toCapture(JSON.parse(text) as unknown);
    if (!capture) throw new Error('shop-source-v3.json');
    const result = readCapture(
      capture,
      new URL('https://sycm.taobao.com/flow/monitor/shopsource/construction'),
      READ_AT,
    );
    if (!isOk(result)) throw new Error(result.reason);
    await ingest(db, result, READ_AT);
    expect(await db.storeKeywordDaily.get([SK, '连衣裙 夏', '2024-05-07'])).toEqual({
      storeKey: SK,
      term: '连衣裙 夏',
      clicks: 5320,
      orders: 166,
      conversionRate: 0.0312,
      day: '2024-05-07',
      period: { from: '2024-05-07', to: '2024-05-07' },
      updatedAt: '2024-05-08T02:00:00.000Z',
    });
    expect(await db.storeKeywordDaily.count()).toBe(2);
    expect(await db.keywordDaily.count()).toBe(0);
  });

  describe('in the Tier tab', () => {
    let host: HTMLDivElement;
    let root: Root;
    beforeEach(() => {
      host = document.createElement('div');
      document.body.append(host);
      root = createRoot(host);
    });
    afterEach(async () => {
      await act(async () => root.unmount());
      host.remove();
    });

    const text = (id: string) =>
      host.querySelector<HTMLElement>(`[data-testid="${id}"]`)?.textContent ?? null;

    async function show(lang: Language) {
      await act(async () => {
        root.render(
          <I18nProvider override={lang}>
            <TierTab storeKey={SK} now={new Date('2024-05-08T04:00:00Z')} />
          </I18nProvider>,
        );
      });
      await vi.waitFor(
        async () => {
          await act(async () => {});
          expect(host.querySelector('[data-testid="customer-figures"]')).not.toBeNull();
        },
        { timeout: 5000 },
      );
    }

    it('shows new and returning counts, repurchase against good peers and members (en)', async () => {
      await seed();
      await show('en');
      expect(host.querySelector('[data-testid="customers-empty"]')).toBeNull();
      expect(text('figure-newVisitorCnt')).toBe('New visitors5,1207,300 below good peers-3.1%');
      expect(text('figure-repeatByrRate3m')).toBe(
        'Repurchase rate, last 3 months5.8%8.3% below good peers-0.2%',
      );
      expect(text('figure-repeatByrRate3m-below')).toBe(' below good peers');
      expect(text('figure-totalMbrCnt-value')).toBe('3,200');
      expect(text('figure-mbrPayAmt-value')).toBe('¥52,300.5');
      expect(text('figure-repurMbrRate')).toBe('Member repurchase rate13.2%–+1.0%');
    });

    it('speaks Chinese (zh-CN)', async () => {
      await seed();
      await show('zh-CN');
      expect(text('figure-repeatByrRate3m')).toBe('近3个月复购率5.8%8.3% 低于同行优秀-0.2%');
      expect(host.querySelector('[data-testid="figures-members"] caption')?.textContent).toBe(
        '会员',
      );
    });
  });
});
