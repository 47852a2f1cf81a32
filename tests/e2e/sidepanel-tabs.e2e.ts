import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { e2eTest } from './fixture';
import { SCREENSHOTS_DIR } from './harness';

// The side panel's Tier and Keywords tabs in Chromium, filled by the readers
// from saved AliExpress console pages served under their real host names.
// Screenshots of both tabs in English and Chinese go to __screenshots__.

const HOST = 'csp.aliexpress.com';
const SHOTS = SCREENSHOTS_DIR;
const PAGES: [route: string, file: string, query: string][] = [
  [
    '/m_apps/productManage/list-manage',
    'aliexpress/productList/list-zh.html',
    '?channelId=2001234',
  ],
  [
    '/m_apps/store-assessment-new/assessment',
    'aliexpress/abilityModel/assessment-zh.html',
    '?channelId=2001234',
  ],
  [
    '/m_apps/customer-manage/customer-list',
    'aliexpress/customers/customers-zh.html',
    '?channelId=2001234',
  ],
  [
    '/m_apps/sycm/product-analyse',
    'aliexpress/productKeywords/keywords-en-reordered.html',
    '?productId=1005006123456789&channelId=2001234',
  ],
];

async function shoot(panel: Page, file: string) {
  await panel.screenshot({ path: join(SHOTS, file), fullPage: true });
}

// A private copy of the build, when given, keeps a parallel rebuild of .output from
// swapping the extension out under a running browser.
const extensionDir = process.env.STOREWISE_E2E_EXTENSION_DIR;

const test = e2eTest({
  routes: Object.fromEntries(PAGES.map(([route, file]) => [`${HOST}${route}`, { file }])),
  launch: extensionDir ? { extensionDir } : {},
  async ready({ browser, server }) {
    await mkdir(SHOTS, { recursive: true });
    // Each console page in its own tab, as a seller would open them.
    for (const [route, , query] of PAGES) {
      const page = await browser.context.newPage();
      await page.goto(server.url(HOST, `${route}${query}`));
    }
  },
});

describe('side panel Tier and Keywords tabs in Chromium', () => {
  test('English: the Tier tab shows the dimension levels, segments and roles read from the fixtures', async ({
    extension,
  }) => {
    const sidePanel = await extension.sidePanel('en');
    const panel = sidePanel.page;
    await panel.setViewportSize({ width: 420, height: 900 });
    const product = panel.getByTestId('capability-dimension').filter({ hasText: 'Product' });
    await expect
      .poll(() => product.textContent(), { timeout: 30_000 })
      .toMatch(/^ProductBelow average/);
    expect(await panel.getByTestId('weakest').textContent()).toContain('爆品数');
    await expect
      .poll(() => panel.getByText('2 customers read', { exact: true }).count(), { timeout: 30_000 })
      .toBe(1);
    expect(await panel.getByTestId('segment-repeat-count').textContent()).toBe('1');
    await expect.poll(() => panel.getByTestId('role-row').count(), { timeout: 30_000 }).toBe(3);
    expect(await panel.getByTestId('capability-source').textContent()).toMatch(
      /^capability model, \d{1,2} \w{3} \d{2}:\d{2}/,
    );
    await shoot(panel, 'sidepanel-tier-en.png');

    await sidePanel.showTab(/Keywords/);
    const first = panel.getByTestId('listing').first();
    await expect
      .poll(() => first.getAttribute('data-product-id'), { timeout: 30_000 })
      .toBe('1005006123456789');
    await first.getByTestId('listing-details').click();
    // "linen" comes from the keyword fixture's "linen shirt men" term.
    expect(await first.getByTestId('suggestion').textContent()).toMatch(/Linen/);
    expect(await first.locator('[data-hint="add"]').textContent()).toMatch(/^Add: .*linen/i);
    await shoot(panel, 'sidepanel-keywords-en.png');
    await panel.close();
  });

  test('Chinese: both tabs speak zh-CN', async ({ extension }) => {
    const sidePanel = await extension.sidePanel('zh-CN');
    const panel = sidePanel.page;
    await panel.setViewportSize({ width: 420, height: 900 });
    await expect
      .poll(() => panel.locator('#tier-capability').textContent(), { timeout: 30_000 })
      .toBe('运营能力模型');
    await expect
      .poll(
        () =>
          panel.getByTestId('capability-dimension').filter({ hasText: '商品能力' }).textContent(),
        { timeout: 30_000 },
      )
      .toMatch(/低于同行平均/);
    await shoot(panel, 'sidepanel-tier-zh.png');

    await sidePanel.showTab(/关键词/);
    await expect
      .poll(() => panel.getByTestId('listing-summary').textContent(), { timeout: 30_000 })
      .toBe('3 个商品，可争取曝光最多的在前');
    await panel.getByTestId('listing-details').first().click();
    await shoot(panel, 'sidepanel-keywords-zh.png');
    await panel.close();
  });
});
