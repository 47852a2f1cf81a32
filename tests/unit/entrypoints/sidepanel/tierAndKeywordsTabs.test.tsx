import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { KeywordsTab } from '@/entrypoints/sidepanel/keywords/KeywordsTab';
import { TierTab } from '@/entrypoints/sidepanel/tier/TierTab';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import type { Language } from '@/utils/i18n/messages';
import '@/utils/sites';
import { readDocument } from '@/utils/sites/registry';
import { isOk } from '@/utils/types';
import { freshDb } from '../../utils/db/testDb';

// The Tier and Keywords tabs over a database seeded the way the extension
// fills it: the real readers on the saved console pages, then ingest.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const SK = 'aliexpress:2001234';
const READ_AT = new Date('2026-11-25T14:02:00Z');
const PAGES: [file: string, url: string][] = [
  [
    'aliexpress/productList/list-zh.html',
    'https://csp.aliexpress.com/m_apps/productManage/list-manage?channelId=2001234',
  ],
  [
    'aliexpress/abilityModel/assessment-zh.html',
    'https://csp.aliexpress.com/m_apps/store-assessment-new/assessment?channelId=2001234',
  ],
  [
    'aliexpress/customers/customers-zh.html',
    'https://csp.aliexpress.com/m_apps/customer-manage/customer-list?channelId=2001234',
  ],
  [
    'aliexpress/productKeywords/keywords-zh.html',
    'https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=1005006123456789&channelId=2001234',
  ],
  [
    'aliexpress/productKeywords/keywords-en-reordered.html',
    'https://csp.aliexpress.com/m_apps/sycm/product-analyse?productId=1005006123456789&channelId=2001234',
  ],
];

let db: StorewiseDB;
let host: HTMLDivElement;
let root: Root;

async function seed(pages = PAGES) {
  for (const [file, url] of pages) {
    const html = readFileSync(resolve(import.meta.dirname, '../../../fixtures', file), 'utf8');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const result = readDocument(doc, new URL(url), READ_AT);
    if (!isOk(result)) throw new Error(`${file}: ${result.status} ${result.reason}`);
    await ingest(db, result, READ_AT);
  }
}

async function render(node: ReactNode, lang: Language = 'en') {
  await act(async () => {
    root.render(<I18nProvider override={lang}>{node}</I18nProvider>);
  });
}

const all = (sel: string) => [...host.querySelectorAll<HTMLElement>(sel)];
const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);
async function until(check: () => void) {
  await vi.waitFor(
    async () => {
      await act(async () => {});
      check();
    },
    { timeout: 5000 },
  );
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

describe('Tier tab over the fixture consoles', () => {
  // Inside the AliExpress 11.11 burst phase, 1 day after the reads.
  const now = new Date('2026-11-11T20:00:00Z');

  it('shows dimension levels, the weakest indicator, segment counts and product roles', async () => {
    await seed();
    await render(<TierTab storeKey={SK} now={now} />);
    await until(() => expect(all('[data-testid="capability-dimension"]')).toHaveLength(3));
    const levels = Object.fromEntries(
      all('[data-testid="capability-dimension"]').map((tr) => [
        tr.children[0]?.textContent,
        tr.children[1]?.textContent,
      ]),
    );
    // 在售商品数 86 vs average 120, 爆品数 2 vs 5: the product dimension is below average.
    expect(levels.Product).toBe('Below average');
    expect(byTestId('weakest')?.textContent).toContain('爆品数');
    // The dispute rate the console shows as percentages keeps its unit.
    expect(byTestId('weakest')?.textContent).toContain('未收到货纠纷率 0.82% / 0.65% / 0.2%');
    expect(byTestId('capability-source')?.textContent).toMatch(/^capability model, 25 Nov/);
    expect(byTestId('current-phase')?.dataset.phase).toBe('burst');
    expect(byTestId('customers-empty')).toBeNull();
    // Both buyers of customers-zh.html bought in the last days: 1 new (1 order), 1 repeat (3 orders).
    expect(byTestId('segment-new-count')?.textContent).toBe('1');
    expect(byTestId('segment-repeat-count')?.textContent).toBe('1');
    expect(all('[data-testid="role-row"]').map((r) => r.children[0]?.textContent)).toEqual([
      'Wireless Earbuds Bluetooth 5.3 Headphones Noise Cancelling',
      'Women Summer Dress Floral Print Casual Beach Sundress',
      'Men Casual Linen Shirt Long Sleeve Button Down Shirt',
    ]);
    expect(byTestId('product-count')?.textContent).toBe('3 products stored for this store');
  });

  it('warns that a read is stale and names the console page when a section is empty (zh-CN)', async () => {
    await seed(PAGES.slice(0, 1));
    const later = new Date('2026-12-05T12:00:00Z');
    await render(<TierTab storeKey={SK} now={later} />, 'zh-CN');
    await until(() => expect(byTestId('capability-empty')).not.toBeNull());
    expect(byTestId('capability-empty')?.textContent).toContain('店铺考核 › 运营能力模型');
    expect(byTestId('customers-empty')?.textContent).toContain('营销 › 客户管理 › 客户列表');
    expect(byTestId('roles-source')?.textContent).toMatch(/^商品列表，11月25日/);
    expect(byTestId('roles-source')?.textContent).toContain('数据已过期');
  });
});

describe('Keywords tab over the fixture consoles', () => {
  const now = new Date('2026-11-26T12:00:00Z');

  it('lists the listing with search words to win first, with its hints and a suggested title', async () => {
    await seed();
    await render(<KeywordsTab storeKey={SK} now={now} />);
    await until(() => {
      expect(all('[data-testid="listing"]')).toHaveLength(3);
      expect(byTestId('terms-loading')).toBeNull();
      expect(byTestId('keywords-source')).not.toBeNull();
    });
    const first = all('[data-testid="listing"]')[0]!;
    expect(first.dataset.productId).toBe('1005006123456789');
    expect(first.querySelector('[data-hint="add"]')?.textContent).toMatch(/^Add: .*linen/i);
    expect(first.querySelector('[data-testid="suggestion"]')?.textContent).toMatch(/Linen/);
    expect(first.querySelector('[data-kind="add"]')?.textContent).toMatch(/missing from the title/);
    // The repeated "Shirt" of the linen shirt listing.
    const shirt = all('[data-testid="listing"]').find(
      (l) => l.dataset.productId === '1005006987654321',
    );
    expect(shirt?.querySelector('[data-hint="duplicates"]')?.textContent).toBe(
      'Repeated: Shirt ×2',
    );
    expect(byTestId('keywords-source')?.textContent).toMatch(/^product keywords, 25 Nov/);
    expect(byTestId('alerts-none')).not.toBeNull();
  });

  it('copies the suggestion through the clipboard and says so', async () => {
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await seed();
    await render(<KeywordsTab storeKey={SK} now={now} />);
    // The listings show before the search terms land; wait for the settled order
    // (terms in, every listing analysed), so the first card is the linen-worded dress.
    await until(() => {
      expect(byTestId('terms-loading')).toBeNull();
      expect(byTestId('keywords-source')).not.toBeNull();
      expect(all('[data-testid="listing"]')[0]?.dataset.productId).toBe('1005006123456789');
    });
    const button = all('[data-testid="copy-suggestion"]')[0]!;
    expect(button.getAttribute('aria-label')).toMatch(
      /^Copy the suggested title of Women Summer Dress/,
    );
    await act(async () => button.click());
    expect(writeText).toHaveBeenCalledWith(expect.stringMatching(/Linen/));
    expect(button.nextElementSibling?.textContent).toBe(' Copied');
  });

  it('names the keyword page to open when no search terms were read (zh-CN)', async () => {
    await seed(PAGES.slice(0, 1));
    await render(<KeywordsTab storeKey={SK} now={now} />, 'zh-CN');
    await until(() => expect(byTestId('keywords-none')).not.toBeNull());
    expect(byTestId('keywords-none')?.textContent).toContain('数据纵横 › 商品分析 › 关键词');
    expect(byTestId('listing-summary')?.textContent).toBe('3 个商品，可争取曝光最多的在前');
  });
});
