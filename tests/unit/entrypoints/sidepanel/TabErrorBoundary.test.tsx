import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { TabErrorBoundary } from '@/entrypoints/sidepanel/TabErrorBoundary';

let host: HTMLDivElement;
let root: Root;
beforeEach(() => {
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await act(async () => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

describe('TabErrorBoundary', () => {
  it('shows a message with a retry when a tab throws, and renders the tab again on retry', async () => {
    let fail = true;
    function Flaky() {
      if (fail) throw new Error('query failed');
      return <p data-testid="tab-ok">loaded</p>;
    }
    await act(async () =>
      root.render(
        <I18nProvider override="en">
          <TabErrorBoundary resetKey="tier|aliexpress:1">
            <Flaky />
          </TabErrorBoundary>
        </I18nProvider>,
      ),
    );
    expect(host.querySelector('[data-testid="tab-error"]')?.textContent).toContain(
      'This tab could not load its data.',
    );
    expect(host.querySelector('[data-testid="tab-ok"]')).toBeNull();
    fail = false;
    await act(async () =>
      host.querySelector<HTMLButtonElement>('[data-testid="tab-retry"]')!.click(),
    );
    expect(host.querySelector('[data-testid="tab-error"]')).toBeNull();
    expect(host.querySelector('[data-testid="tab-ok"]')?.textContent).toBe('loaded');
  });
});
