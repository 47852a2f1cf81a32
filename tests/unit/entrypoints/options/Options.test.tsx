import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '@/components/i18n';
import { Options } from '@/entrypoints/options/Options';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { exportBackup } from '@/utils/backup/backup';
import { getSetting } from '@/utils/settings/settings';
import type { Language } from '@/utils/i18n/messages';
import { freshDb, seed } from '../../utils/backup/seed';

// React's act() only flushes effects when the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let db: StorewiseDB;
let host: HTMLDivElement;
let root: Root;

async function render(lang: Language = 'en') {
  await act(async () => {
    root.render(
      <I18nProvider override={lang}>
        <Options />
      </I18nProvider>,
    );
  });
}

const byTestId = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

async function until(check: () => void | Promise<void>) {
  // Generous: the page runs a dozen live queries on a shared, busy machine.
  await vi.waitFor(
    async () => {
      await act(async () => {});
      await check();
    },
    { timeout: 10_000 },
  );
}

/** Types into a number field and leaves it, as a keyboard user would. */
async function commit(input: HTMLInputElement, value: string) {
  await act(async () => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
  await act(async () => {
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
  });
}

async function chooseFile(text: string) {
  const input = byTestId('import-file') as HTMLInputElement;
  const file = new File([text], 'backup.json', { type: 'application/json' });
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => {
    input.dispatchEvent(new Event('change', { bubbles: true }));
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

describe('Options page', { timeout: 30_000 }, () => {
  it('with no data, says where stores come from and that nothing is stored', async () => {
    await render();
    await until(() => {
      expect(byTestId('stores-empty')?.textContent).toMatch(/Open a page of your seller console/);
      expect(byTestId('data-empty')?.textContent).toBe('No data stored yet.');
    });
    expect((byTestId('delete-all') as HTMLButtonElement).disabled).toBe(true);
  });

  it('labels every control, in zh-CN too', async () => {
    await seed(db);
    await render('zh-CN');
    await until(() => expect(byTestId('count-products')?.textContent).toBe('2'));
    const controls = Array.from(host.querySelectorAll('input, select, button'));
    expect(controls.length).toBeGreaterThan(20);
    for (const el of controls) {
      const labelled =
        (el as HTMLInputElement).labels?.length ||
        el.getAttribute('aria-label') ||
        el.textContent?.trim();
      expect(labelled, el.outerHTML).toBeTruthy();
    }
    expect(host.textContent).toContain('删除全部数据');
    expect(host.textContent).toContain('速卖通');
  });

  it('saves a valid retention and refuses an invalid one with a reason', async () => {
    await render();
    const field = () => byTestId('retention') as HTMLInputElement;
    await until(() => expect(field().value).toBe('30'));
    await commit(field(), '0');
    await until(() => expect(host.textContent).toContain('Enter a number from 1 to 3650.'));
    expect(await getSetting(db, 'retentionDays')).toBe(30);
    await commit(field(), '90');
    await until(async () => expect(await getSetting(db, 'retentionDays')).toBe(90));
  });

  it('refuses a tampered backup with a clear reason and changes nothing', async () => {
    await seed(db);
    const backup = await exportBackup(db);
    (backup.tables.products[0] as { title: string }).title = 'edited';
    await db.products.clear();
    await render();
    await until(() => expect(byTestId('count-products')?.textContent).toBe('0'));
    await chooseFile(JSON.stringify(backup));
    await until(() =>
      expect(byTestId('data-notice')?.textContent).toMatch(
        /^This backup was edited or damaged\. Nothing was changed\. \(the checksum does not match/,
      ),
    );
    expect(byTestId('data-notice')?.getAttribute('role')).toBe('alert');
    expect(byTestId('import-confirm')).toBeNull();
    expect(await db.products.count()).toBe(0);
  });

  it('restores a good backup only after the seller confirms', async () => {
    await seed(db);
    const backup = await exportBackup(db);
    await db.products.clear();
    await render();
    await chooseFile(JSON.stringify(backup));
    await until(() => expect(byTestId('import-confirm')).not.toBeNull());
    expect(await db.products.count()).toBe(0);
    await act(async () => byTestId('import-confirm')?.click());
    await until(() => expect(byTestId('count-products')?.textContent).toBe('2'));
    expect(byTestId('data-notice')?.textContent).toMatch(/Backup restored/);
  });

  it('delete all asks first, then empties every table', async () => {
    await seed(db);
    await render();
    await until(() => expect(byTestId('count-products')?.textContent).toBe('2'));
    await act(async () => byTestId('delete-all')?.click());
    expect(await db.products.count()).toBe(2);
    // The confirm button takes focus so a keyboard user lands on the question.
    expect(document.activeElement).toBe(byTestId('delete-all-confirm'));
    await act(async () => byTestId('delete-all-confirm')?.click());
    await until(() => expect(byTestId('count-products')?.textContent).toBe('0'));
    expect(await db.checklistProgress.count()).toBe(0);
  });

  it('renames a store from the stores list', async () => {
    await seed(db);
    await render();
    await until(() => expect(byTestId('store-aliexpress:2001234')).not.toBeNull());
    const name = byTestId('store-aliexpress:2001234')?.querySelector('input') as HTMLInputElement;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
      setter?.call(name, 'Boho Shop');
      name.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => {
      name.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
      name.dispatchEvent(new FocusEvent('blur'));
    });
    await until(async () =>
      expect((await db.stores.get('aliexpress:2001234'))?.name).toBe('Boho Shop'),
    );
  });
});
