import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import { Database, e2eTest } from './fixture';

const LIST = 'gsp.aliexpress.com/m_apps/productManage/list-manage';

const counts = Database.counts;

const test = e2eTest({ routes: { [LIST]: { file: 'aliexpress/productList/list-zh.html' } } });

describe('options: export → delete all → import in Chromium', () => {
  test('restores the same rows, and refuses a cut-off file without changing anything', async ({
    browser,
    extension,
    visit,
  }) => {
    const consolePage = await visit(
      'gsp.aliexpress.com',
      '/m_apps/productManage/list-manage?channelId=2001234',
    );
    const options = await extension.options('en');
    const db = await extension.database(options);
    const dumpDatabase = () => db.dump();
    await expect
      .poll(() => options.getByTestId('count-products').textContent(), { timeout: 15_000 })
      .toBe('3');
    // No later reads may change the data while it is compared.
    await consolePage.close();

    await expect.poll(() => options.getByTestId('store-aliexpress:2001234').isVisible()).toBe(true);
    const before = await dumpDatabase();
    expect(counts(before)).toMatchObject({ stores: 1, snapshots: 1, products: 3, productDaily: 3 });

    // Export: a real download through <a download>.
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByTestId('export').click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^storewise-backup-\d{4}-\d{2}-\d{2}\.json$/);
    const file = join(browser.userDataDir, 'backup.json');
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    const backup = JSON.parse(text) as { format: string; counts: Record<string, number> };
    expect(backup.format).toBe('storewise-backup');
    // The compact rows (made from the others) are not in the file; a restore rebuilds them.
    const compact = ['storePacks', 'keywordLatest', 'storeSummary'];
    // One products pack and one history pack for the store's one read.
    expect(counts(before)).toMatchObject({ storePacks: 2, storeSummary: 1 });
    expect(backup.counts).toEqual(
      Object.fromEntries(Object.entries(counts(before)).filter(([t]) => !compact.includes(t))),
    );

    // Delete all, with its confirmation step.
    await options.getByTestId('delete-all').click();
    await expect.poll(() => options.getByTestId('delete-all-confirm').isVisible()).toBe(true);
    await options.getByTestId('delete-all-confirm').click();
    await expect.poll(() => options.getByTestId('count-products').textContent()).toBe('0');
    expect(Object.values(counts(await dumpDatabase())).every((n) => n === 0)).toBe(true);
    await expect.poll(() => options.getByTestId('stores-empty').isVisible()).toBe(true);

    // A truncated copy is refused with a reason; nothing is written.
    const cut = join(browser.userDataDir, 'cut.json');
    await writeFile(cut, text.slice(0, Math.floor(text.length / 2)));
    await options.getByTestId('import-file').setInputFiles(cut);
    await expect
      .poll(() => options.getByTestId('data-notice').textContent())
      .toMatch(/cut off or damaged\. Nothing was changed/);
    expect(await options.getByTestId('import-confirm').count()).toBe(0);
    expect(Object.values(counts(await dumpDatabase())).every((n) => n === 0)).toBe(true);

    // The real file restores every row.
    await options.getByTestId('import-file').setInputFiles(file);
    await options.getByTestId('import-confirm').click();
    await expect.poll(() => options.getByTestId('count-products').textContent()).toBe('3');
    await expect
      .poll(() => options.getByTestId('data-notice').textContent())
      .toMatch(/Backup restored/);
    const after = await dumpDatabase();
    expect(counts(after)).toEqual(counts(before));
    expect(after).toEqual(before);
    const product = (after.products as { productId: string; title: string; storeKey: string }[])[0];
    expect(product).toMatchObject((before.products as object[])[0] as object);
    expect(product?.storeKey).toBe('aliexpress:2001234');
    expect(product?.title.length).toBeGreaterThan(0);
  });

  test('the options page, filled and in zh-CN, has no serious accessibility violations', async ({
    extension,
  }) => {
    const options = await extension.options('zh-CN');
    await expect.poll(() => options.getByTestId('count-products').textContent()).toBe('3');
    // Open the threshold groups so their inputs are checked too.
    for (const summary of await options.locator('summary').all()) await summary.click();
    // evaluate() runs through the debugger protocol, which the page's CSP does not block.
    const axeSource = await readFile(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8',
    );
    await options.evaluate(axeSource);
    const violations = await options.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: () => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run();
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    // Every form control has a label.
    const unlabelled = await options.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, button'))
        .filter(
          (el) =>
            !(el as HTMLInputElement).labels?.length &&
            !el.getAttribute('aria-label') &&
            !el.textContent?.trim(),
        )
        .map((el) => el.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    // Keyboard: Tab reaches the export button.
    let reached = false;
    for (let i = 0; i < 200 && !reached; i++) {
      await options.keyboard.press('Tab');
      reached = await options.evaluate(
        () => document.activeElement?.getAttribute('data-testid') === 'export',
      );
    }
    expect(reached).toBe(true);
  });
});
