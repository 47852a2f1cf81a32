import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider, useI18n } from '@/components/i18n';
import { CompetitorWords } from '@/entrypoints/sidepanel/keywords/CompetitorWords';
import { useSetting } from '@/hooks/useSetting';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { freshDb } from '../utils/backup/seed';

// Bad data in the settings table never throws into the UI: the page shows the
// default, as if the row were absent.

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

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
  await act(async () => root.unmount());
  host.remove();
  setDb(undefined);
  await db.delete();
});

async function until(check: () => void) {
  await vi.waitFor(async () => {
    await act(async () => {});
    check();
  });
}

function LogSize() {
  const { value, loaded } = useSetting('readLog');
  return <p data-testid="log">{loaded ? `${value.length} reads` : 'loading'}</p>;
}

function Lang() {
  return <p data-testid="lang">{useI18n().lang}</p>;
}

const text = (id: string) => host.querySelector(`[data-testid="${id}"]`)?.textContent;

describe('useSetting with bad stored data', () => {
  it('a read log that is not a list shows as no reads', async () => {
    await db.settings.put({ key: 'readLog', value: { broken: true } });
    await act(async () => root.render(<LogSize />));
    await until(() => expect(text('log')).toBe('0 reads'));
  });

  it('an unknown language falls back to the browser language', async () => {
    await db.settings.put({ key: 'language', value: 'fr' });
    await act(async () =>
      root.render(
        <I18nProvider>
          <Lang />
        </I18nProvider>,
      ),
    );
    await until(() =>
      expect(text('lang')).toBe(navigator.language.startsWith('zh') ? 'zh-CN' : 'en'),
    );
    await act(async () => {
      await db.settings.put({ key: 'language', value: 'zh-CN' });
    });
    await until(() => expect(text('lang')).toBe('zh-CN'));
  });

  it('competitor words that are not a list of strings show nothing; valid ones show', async () => {
    const key = 'marketCompetitorWords:aliexpress:9001:1005001';
    await db.settings.put({ key, value: [1, 2] });
    await act(async () =>
      root.render(
        <I18nProvider override="en">
          <CompetitorWords storeKey="aliexpress:9001" productId="1005001" />
          <LogSize />
        </I18nProvider>,
      ),
    );
    await until(() => expect(text('log')).toBe('0 reads'));
    expect(host.querySelector('[data-testid="competitor-words"]')).toBeNull();
    await act(async () => {
      await db.settings.put({ key, value: ['wireless', 'charger'] });
    });
    await until(() => expect(text('competitor-words')).toContain('wireless charger'));
  });
});
