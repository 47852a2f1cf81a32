import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/common/i18n';
import { App } from '@/components/sidepanel/App';
import { StatusLine } from '@/components/sidepanel/StatusLine';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { handleReportRead } from '@/utils/background/ingestHandler';
import type { ReadEvent } from '@/utils/db/readLog';
import type { Language } from '@/utils/i18n/messages';
import { useAppStore } from '@/utils/state/store';
import { freshDb, product, productList } from '../db/testDb';

// React's act() only flushes effects when the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const OWN_ID = 'storewise-test';

let db: StorewiseDB;
let host: HTMLDivElement;
let root: Root;

async function render(node: ReactNode, lang: Language = 'en') {
  await act(async () => {
    root.render(<I18nProvider override={lang}>{node}</I18nProvider>);
  });
}

const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

/** Waits for liveQuery results to land (they resolve after IndexedDB answers). */
async function until(check: () => void) {
  await vi.waitFor(async () => {
    await act(async () => {});
    check();
  });
}

beforeEach(() => {
  db = freshDb();
  setDb(db);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});

afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  setDb(undefined);
  await db.delete();
});

describe('StatusLine', () => {
  const at = new Date(Date.now() - 2 * 60_000).toISOString();

  it.each([
    [
      'en',
      { status: 'ok', pageKind: 'productList', rowCount: 48, url: 'u', at },
      'Read 48 products from the product list 2 min ago',
    ],
    [
      'zh-CN',
      { status: 'ok', pageKind: 'productList', rowCount: 48, url: 'u', at },
      '2 分钟前从商品列表读取了 48 个商品',
    ],
    [
      'en',
      { status: 'unrecognized', url: 'u', at, reason: 'missing column Product ID' },
      'Not recognised: missing column Product ID',
    ],
    ['en', undefined, 'Nothing read yet. Open a page of your seller console.'],
  ] as [Language, ReadEvent | undefined, string][])(
    '%s: %j reads “%s”',
    async (lang, event, text) => {
      await render(<StatusLine event={event} />, lang);
      expect(byTestId('status-line')?.textContent).toBe(text);
    },
  );

  it('names the page to open when other pages were read but none this tab uses', async () => {
    await render(<StatusLine event={undefined} anyRead tabPages={['campaigns']} />);
    expect(byTestId('status-line')?.textContent).toBe(
      'Nothing read for this tab yet: open the campaign list in your seller console.',
    );
    await render(
      <StatusLine event={undefined} anyRead tabPages={['campaigns', 'customers']} />,
      'zh-CN',
    );
    expect(byTestId('status-line')?.textContent).toBe(
      '此页还没有读取数据：请在卖家后台打开活动列表、客户列表。',
    );
  });

  it('marks a failed read as a warning', async () => {
    await render(<StatusLine event={{ status: 'blocked', url: 'u', at, reason: 'captcha' }} />);
    expect(byTestId('status-line')?.className).toContain('status-warn');
    expect(byTestId('status-line')?.dataset.status).toBe('blocked');
  });
});

describe('side panel App with a seeded database', () => {
  it('shows that nothing is stored yet on an empty database', async () => {
    await render(<App />);
    await until(() => expect(byTestId('store-none')?.textContent).toBe('No store yet'));
    expect(byTestId('status-line')?.textContent).toBe(
      'Nothing read yet. Open a page of your seller console.',
    );
  });

  it('shows the store, the product count, the rows and the status of the last read', async () => {
    const now = new Date();
    await handleReportRead(
      db,
      productList(
        [
          product('p1', { title: 'Linen dress', orders: 2 }),
          product('p2', { title: 'Straw hat', orders: 11 }),
          product('p3', { title: 'Beach bag', orders: 5 }),
        ],
        { capturedAt: now.toISOString() },
      ),
      { id: OWN_ID },
      OWN_ID,
      now,
    );
    await render(<App />);

    await until(() =>
      expect(byTestId('product-count')?.textContent).toBe('3 products stored for this store'),
    );
    expect((byTestId('store-switcher') as HTMLSelectElement | null)?.value).toBe(
      'aliexpress:2001234',
    );
    expect(byTestId('status-line')?.textContent).toBe(
      'Read 3 products from the product list just now',
    );
    // Best sellers first.
    const titles = [...host.querySelectorAll('tbody tr td:first-child')].map(
      (td) => td.textContent,
    );
    expect(titles).toEqual(['Straw hat', 'Beach bag', 'Linen dress']);
  });

  it('updates live when a new read is stored and follows the selected store', async () => {
    await handleReportRead(db, productList([product('p1')]), { id: OWN_ID }, OWN_ID);
    await render(<App />, 'zh-CN');
    await until(() => expect(byTestId('product-count')?.textContent).toBe('本店已保存 1 个商品'));

    await act(async () => {
      await handleReportRead(
        db,
        productList([product('a'), product('b')], {
          storeId: '9990001',
          url: 'https://gsp.aliexpress.com/m_apps/productManage/list-manage?channelId=9990001',
        }),
        { id: OWN_ID },
        OWN_ID,
      );
    });
    // Two stores now; the pick decides which one the tabs show.
    await act(async () => useAppStore.getState().selectStore('aliexpress:9990001'));
    await until(() => expect(byTestId('product-count')?.textContent).toBe('本店已保存 2 个商品'));
    const options = [...host.querySelectorAll('option')].map((o) => o.textContent);
    expect(options.sort()).toEqual(['速卖通 · 2001234', '速卖通 · 9990001']);

    await act(async () => useAppStore.getState().selectStore('aliexpress:2001234'));
    await until(() => expect(byTestId('product-count')?.textContent).toBe('本店已保存 1 个商品'));
  });

  it('the Promo tab reports the campaign read for its status line, not the product list', async () => {
    await handleReportRead(db, productList([product('p1')]), { id: OWN_ID }, OWN_ID);
    await render(<App />);
    await act(async () => useAppStore.getState().setActiveTab('promo'));
    await until(() =>
      expect(byTestId('status-line')?.textContent).toBe(
        'Nothing read for this tab yet: open the campaign list in your seller console.',
      ),
    );
    expect(host.querySelector('[role="tab"][aria-selected="true"]')?.textContent).toBe('Promo');
  });
});
