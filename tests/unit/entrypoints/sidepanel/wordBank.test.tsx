import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { ListingCard } from '@/entrypoints/sidepanel/keywords/ListingCard';
import { analyseTitle } from '@/utils/engines/titles';
import type { ProductRecord } from '@/utils/db/records';
import type { ListingRow } from '@/entrypoints/sidepanel/keywords/keywordsView';
import type { KeywordRow } from '@/utils/types';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const rows: KeywordRow[] = [
  { term: 'led strip lights', exposure: 15200, clicks: 610, orders: 22 },
  { term: 'tv backlight', exposure: 4102, clicks: 75, orders: 0 },
  { term: 'usb led strip', exposure: 3900, clicks: 140, orders: 5 },
];
const title = 'LED Strip Lights Cheap Lamp';
const product = {
  storeKey: 'aliexpress:2001234',
  productId: '1005001',
  title,
  firstSeenAt: '2026-11-20T00:00:00Z',
  updatedAt: '2026-11-25T00:00:00Z',
  from: { pageKind: 'productList', capturedAt: '2026-11-25T00:00:00Z' },
} as unknown as ProductRecord;
const row: ListingRow = {
  product,
  analysis: analyseTitle('aliexpress', title, rows),
  terms: { rows, day: '2026-11-25', readAt: '2026-11-25T00:00:00Z' },
};

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
});

describe('the word bank under the suggestion', () => {
  it('shows tv backlight with its numbers and decision, and adds it in one click', async () => {
    await act(async () => {
      root.render(
        <I18nProvider override="en">
          <ul>
            <ListingCard
              row={row}
              storeKey="aliexpress:2001234"
              now={new Date('2026-11-26T00:00:00Z')}
            />
          </ul>
        </I18nProvider>,
      );
    });
    const backlight = host.querySelector<HTMLElement>('[data-word="backlight"]');
    expect(backlight?.dataset.decision).toBe('noOrders');
    expect([...(backlight?.children ?? [])].map((c) => c.textContent)).toEqual([
      'backlight',
      '4,102',
      '75',
      '0',
      'Not added: no orders over the period Add',
    ]);
    expect(host.querySelector('[data-testid="suggestion"]')?.textContent).toBe(
      'LED Strip Lights Cheap Lamp Usb',
    );
    await act(async () => backlight?.querySelector('button')?.click());
    expect(host.querySelector('[data-testid="suggestion"]')?.textContent).toBe(
      'LED Strip Lights Cheap Lamp Backlight Usb',
    );
    const after = host.querySelector<HTMLElement>('[data-word="backlight"]');
    expect(after?.dataset.decision).toBe('added');
    expect(after?.querySelector('button')?.textContent).toBe('Take out');
  });
});
