import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { App } from '@/entrypoints/sidepanel/App';
import { StatusLine } from '@/entrypoints/sidepanel/StatusLine';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { handleReportRead } from '@/entrypoints/background/ingestHandler';
import type { ReadEvent } from '@/utils/db/readLog';
import type { Language } from '@/utils/i18n/messages';
import { useAppStore } from '@/utils/state/store';
import { freshDb, product, productList } from '../../utils/db/testDb';

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

describe('StatusLine: Copy a redacted sample', () => {
  const at = new Date(Date.now() - 60_000).toISOString();
  const SAMPLE = '{\n  "storewise": "redacted sample",\n  "body": { "value": "<string:short>" }\n}';
  const failed: ReadEvent = {
    status: 'unrecognized',
    url: 'https://data.alibaba.com/product/overview',
    at,
    reason: 'no reader for API getVisitors',
    sample: SAMPLE,
  };
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('offers the button on a failed read with a sample, and copies the sample with a confirmation', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await render(<StatusLine event={failed} />);
    const button = byTestId('copy-sample') as HTMLButtonElement;
    expect(button.tagName).toBe('BUTTON');
    expect(button.textContent).toBe('Copy a redacted sample');
    expect(byTestId('copy-sample-result')?.textContent).toBe('');
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith(SAMPLE);
    expect(byTestId('copy-sample-result')?.textContent).toBe(
      'Copied. It holds no values from your console: paste it into your report.',
    );
    expect(byTestId('copy-sample-result')?.getAttribute('role')).toBe('status');
  });

  it('speaks Chinese in zh-CN', async () => {
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText: () => Promise.resolve() } });
    await render(<StatusLine event={failed} />, 'zh-CN');
    expect(byTestId('copy-sample')?.textContent).toBe('复制脱敏样本');
    await act(async () => byTestId('copy-sample')?.click());
    expect(byTestId('copy-sample-result')?.textContent).toBe(
      '已复制。其中不含后台的任何数值，可粘贴到问题反馈中。',
    );
  });

  it('shows the sample selected for a manual copy when the clipboard is refused', async () => {
    const writeText = vi.fn(() => Promise.reject(new Error('denied')));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    await render(<StatusLine event={failed} />);
    await act(async () => byTestId('copy-sample')?.click());
    expect(byTestId('copy-sample-result')?.textContent).toBe(
      'Could not copy. Select the sample below and copy it.',
    );
    expect((byTestId('copy-sample-text') as HTMLTextAreaElement | null)?.value).toBe(SAMPLE);
  });

  it.each([
    ['a failed read without a sample', { ...failed, sample: undefined }],
    ['a read that worked', { status: 'ok', pageKind: 'productList', rowCount: 2, url: 'u', at }],
  ] as [string, ReadEvent][])('offers no button on %s', async (_, event) => {
    await render(<StatusLine event={event} />);
    expect(byTestId('copy-sample')).toBeNull();
    expect(byTestId('status-line')).not.toBeNull();
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
