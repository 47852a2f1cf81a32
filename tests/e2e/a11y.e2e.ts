import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect } from 'vitest';
import { e2eTest } from './fixture';

// Accessibility of the side panel and the popup: axe-core
// finds no serious or critical violation on any tab, in English and Chinese,
// empty and filled from the fixture consoles; every control the Tab key reaches
// has an accessible name and a focus ring that differs from its resting look;
// the tabs follow the WAI-ARIA arrow-key pattern.

const GSP = 'gsp.aliexpress.com';
const CSP = 'csp.aliexpress.com';
const STORE = 'channelId=2001234';
const KEYWORDS_PRODUCT = '1005006123456789';
const POLL = { timeout: 30_000, interval: 250 };
const LANGS = ['en', 'zh-CN'] as const;
const TABS = ['tier', 'keywords', 'promo'] as const;

/** The console pages that fill the three tabs, on their real host names. */
const CONSOLE_PAGES: { route: string; file: string; path: string; table: string }[] = [
  {
    route: `${GSP}/m_apps/productManage/list-manage`,
    file: 'aliexpress/productList/list-zh.html',
    path: `/m_apps/productManage/list-manage?${STORE}`,
    table: 'products',
  },
  {
    route: `${CSP}/m_apps/sycm/product-analyse`,
    file: 'aliexpress/productKeywords/keywords-zh.html',
    path: `/m_apps/sycm/product-analyse?productId=${KEYWORDS_PRODUCT}&${STORE}`,
    table: 'keywordDaily',
  },
  {
    route: `${CSP}/m_apps/store-assessment-new/assessment`,
    file: 'aliexpress/abilityModel/assessment-zh.html',
    path: `/m_apps/store-assessment-new/assessment?${STORE}`,
    table: 'abilityScores',
  },
  {
    route: `${CSP}/m_apps/customer-manage/customer-list`,
    file: 'aliexpress/customers/customers-zh.html',
    path: `/m_apps/customer-manage/customer-list?${STORE}`,
    table: 'customers',
  },
  {
    route: `${CSP}/m_apps/campaign-manage/campaign-list`,
    file: 'aliexpress/campaigns/campaigns-zh.html',
    path: `/m_apps/campaign-manage/campaign-list?${STORE}`,
    table: 'campaigns',
  },
];

/** What each tab renders once its data is loaded: the filled view, then the empty one. */
const FILLED: Record<(typeof TABS)[number], string> = {
  tier: '[data-testid="capability-table"]',
  keywords: '[data-testid="listing"]',
  promo: '[data-testid="promo-tab"]',
};
const EMPTY: Record<(typeof TABS)[number], string> = {
  tier: '[role="tabpanel"] .empty',
  keywords: '[role="tabpanel"] .empty',
  promo: '[data-testid="promo-empty"]',
};

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: string[];
}

let axeSource = '';

/** Runs axe-core over the whole page; returns the serious and critical violations with their targets. */
async function seriousViolations(page: Page): Promise<Violation[]> {
  // Extension pages forbid inline scripts, so the library is evaluated, not added as a tag.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    interface AxeResult {
      violations: {
        id: string;
        impact?: string | null;
        help: string;
        nodes: { target: unknown[]; failureSummary?: string }[];
      }[];
    }
    const axe = (window as unknown as { axe: { run: (ctx: Document) => Promise<AxeResult> } }).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const found = await seriousViolations(page);
  if (found.length > 0) console.error(`axe on ${where}:\n${JSON.stringify(found, null, 2)}`);
  expect(found, `axe on ${where}`).toEqual([]);
}

async function showTab(panel: Page, tab: (typeof TABS)[number], filled: boolean): Promise<void> {
  await panel.locator(`#tab-${tab}`).click();
  await expect
    .poll(() => panel.locator(`#tab-${tab}`).getAttribute('aria-selected'), POLL)
    .toBe('true');
  const selector = filled ? FILLED[tab] : EMPTY[tab];
  await panel.locator(selector).first().waitFor({ state: 'visible', timeout: POLL.timeout });
}

interface Stop {
  seq: number;
  tag: string;
  role: string | null;
  name: string;
  focused: { outline: string; shadow: string };
}

/**
 * Presses Tab from the top of the page until focus leaves the page or comes
 * back round, recording at each stop the element, its accessible name (the
 * parts of the accname algorithm our markup uses) and its focused outline.
 */
async function walkTabOrder(page: Page): Promise<Stop[]> {
  // Focus a sentinel before the app (out of the tab order) so the first Tab
  // starts from the top of the page, not from where the last walk ended.
  await page.evaluate(() => {
    document
      .querySelectorAll('[data-a11y-seq]')
      .forEach((el) => el.removeAttribute('data-a11y-seq'));
    const top = document.createElement('span');
    top.id = 'a11y-top';
    top.tabIndex = -1;
    document.body.prepend(top);
    top.focus();
  });
  const stops: Stop[] = [];
  for (let seq = 0; seq < 150; seq++) {
    await page.keyboard.press('Tab');
    const stop = await page.evaluate((seq) => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body || el.hasAttribute('data-a11y-seq')) return null;
      el.setAttribute('data-a11y-seq', String(seq));
      const textOf = (ids: string) =>
        ids
          .split(/\s+/)
          .map((id) => document.getElementById(id)?.textContent ?? '')
          .join(' ');
      const labelled = el.getAttribute('aria-labelledby');
      const control = el as HTMLInputElement;
      const name =
        (labelled ? textOf(labelled) : '') ||
        el.getAttribute('aria-label') ||
        Array.from(control.labels ?? [])
          .map((l) => l.textContent ?? '')
          .join(' ') ||
        (el.tagName === 'SELECT' || el.tagName === 'INPUT' ? '' : el.textContent) ||
        el.getAttribute('title') ||
        '';
      const style = getComputedStyle(el);
      return {
        seq,
        tag: el.tagName.toLowerCase(),
        role: el.getAttribute('role'),
        name: name.replace(/\s+/g, ' ').trim(),
        focused: {
          outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
          shadow: style.boxShadow,
        },
      };
    }, seq);
    if (!stop) break;
    stops.push(stop);
  }
  await page.evaluate(() => document.getElementById('a11y-top')?.remove());
  return stops;
}

/** The resting look of each element the walk marked, with nothing focused. */
async function restingLooks(page: Page): Promise<Map<number, { outline: string; shadow: string }>> {
  const looks = await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    return Array.from(document.querySelectorAll<HTMLElement>('[data-a11y-seq]')).map((el) => {
      const style = getComputedStyle(el);
      return [
        Number(el.getAttribute('data-a11y-seq')),
        {
          outline: `${style.outlineStyle} ${style.outlineWidth} ${style.outlineColor}`,
          shadow: style.boxShadow,
        },
      ] as const;
    });
  });
  return new Map(looks);
}

// STOREWISE_EXTENSION_DIR: a private copy of the build, for runs while others rebuild .output.
const extensionDir = process.env.STOREWISE_EXTENSION_DIR;

const test = e2eTest({
  routes: Object.fromEntries(CONSOLE_PAGES.map((p) => [p.route, { file: p.file }])),
  launch: extensionDir ? { extensionDir } : {},
});

describe('accessibility of the side panel and popup in Chromium', () => {
  beforeAll(async () => {
    axeSource = await readFile(
      createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
      'utf8',
    );
  });

  test('empty state (fresh profile): no serious axe violation on any tab or the popup, en and zh-CN', async ({
    extension,
  }) => {
    for (const lang of LANGS) {
      const panel = (await extension.sidePanel(lang)).page;
      await panel.getByTestId('store-none').waitFor({ timeout: POLL.timeout });
      // The UI language is marked on the app root, so screen readers pronounce it right.
      expect(await panel.locator(`#root > [lang="${lang}"]`).count()).toBe(1);
      for (const tab of TABS) {
        await showTab(panel, tab, false);
        await expectNoSeriousViolations(panel, `empty side panel, ${tab} tab, ${lang}`);
      }
      await panel.close();

      const popup = (await extension.popup(lang)).page;
      await popup.getByTestId('popup').waitFor({ timeout: POLL.timeout });
      await expectNoSeriousViolations(popup, `empty popup, ${lang}`);
      await popup.close();
    }
  });

  test('filled from the fixture consoles: no serious axe violation on any tab or the popup, en and zh-CN', async ({
    extension,
    visit,
  }) => {
    // Each console page stays open until its rows are in the database.
    const probe = (await extension.sidePanel('en')).page;
    const db = await extension.database(probe);
    for (const { path, table } of CONSOLE_PAGES) {
      const host = path.includes('productManage') ? GSP : CSP;
      const page = await visit(host, path);
      await expect.poll(() => db.count(table), POLL).toBeGreaterThan(0);
      await page.close();
    }
    await probe.close();

    for (const lang of LANGS) {
      const panel = (await extension.sidePanel(lang)).page;
      await panel.getByTestId('store-switcher').waitFor({ timeout: POLL.timeout });
      for (const tab of TABS) {
        await showTab(panel, tab, true);
        await expectNoSeriousViolations(panel, `side panel, ${tab} tab, ${lang}`);
      }
      // The listing details (suggested title, reasons, chart) are part of the tab too.
      await panel.locator('#tab-keywords').click();
      await panel.getByTestId('listing-details').first().click();
      await panel.getByTestId('suggestion').first().waitFor({ timeout: POLL.timeout });
      await expectNoSeriousViolations(panel, `side panel, keywords tab with details open, ${lang}`);
      await panel.close();

      const popup = (await extension.popup(lang)).page;
      await popup.getByTestId('popup').waitFor({ timeout: POLL.timeout });
      await expectNoSeriousViolations(popup, `popup, ${lang}`);
      await popup.close();
    }
  });

  test('keyboard: every control the Tab key reaches is named and shows a focus ring; arrows switch tabs', async ({
    extension,
  }) => {
    const panel = (await extension.sidePanel('en')).page;
    await panel.getByTestId('store-switcher').waitFor({ timeout: POLL.timeout });
    await panel.locator(FILLED.tier).first().waitFor({ timeout: POLL.timeout });

    for (const tab of TABS) {
      if (tab !== 'tier') {
        // Arrow keys move selection and focus along the tab list (WAI-ARIA tabs).
        const before = TABS[TABS.indexOf(tab) - 1] as string;
        await panel.locator(`#tab-${before}`).focus();
        await panel.keyboard.press('ArrowRight');
        await expect
          .poll(() => panel.locator(`#tab-${tab}`).getAttribute('aria-selected'), POLL)
          .toBe('true');
        expect(await panel.evaluate(() => document.activeElement?.id)).toBe(`tab-${tab}`);
      }
      await panel.locator(FILLED[tab]).first().waitFor({ timeout: POLL.timeout });

      const stops = await walkTabOrder(panel);
      // The walk reaches the store switcher, the selected tab, the tab panel and the tab's own controls.
      expect(stops.map((s) => s.role)).toContain('tab');
      expect(stops.map((s) => s.role)).toContain('tabpanel');
      expect(stops.some((s) => s.tag === 'select')).toBe(true);
      expect(stops.filter((s) => s.role === 'tab')).toHaveLength(1);

      const unnamed = stops.filter((s) => s.name === '');
      expect(unnamed, `unnamed controls on the ${tab} tab`).toEqual([]);

      const resting = await restingLooks(panel);
      const noRing = stops.filter((s) => {
        const rest = resting.get(s.seq);
        const visible = !s.focused.outline.startsWith('none') && !/ 0px /.test(s.focused.outline);
        return (
          !rest ||
          !(visible || s.focused.shadow !== 'none') ||
          (rest.outline === s.focused.outline && rest.shadow === s.focused.shadow)
        );
      });
      expect(noRing, `controls without a visible focus on the ${tab} tab`).toEqual([]);
    }

    // ArrowLeft wraps from the first tab to the last; Home and End jump.
    await panel.locator('#tab-tier').click();
    await panel.locator('#tab-tier').focus();
    await panel.keyboard.press('ArrowLeft');
    await expect
      .poll(() => panel.locator('#tab-market').getAttribute('aria-selected'))
      .toBe('true');
    await panel.keyboard.press('Home');
    await expect.poll(() => panel.locator('#tab-tier').getAttribute('aria-selected')).toBe('true');
    await panel.keyboard.press('End');
    await expect
      .poll(() => panel.locator('#tab-market').getAttribute('aria-selected'))
      .toBe('true');
    await panel.close();
  });

  test('keyboard: the popup controls are named and show a focus ring', async ({ extension }) => {
    const popup = (await extension.popup('en')).page;
    await popup.getByTestId('popup').waitFor({ timeout: POLL.timeout });
    const stops = await walkTabOrder(popup);
    expect(stops.some((s) => s.tag === 'button')).toBe(true);
    expect(stops.filter((s) => s.name === '')).toEqual([]);
    const resting = await restingLooks(popup);
    expect(
      stops.filter((s) => {
        const rest = resting.get(s.seq);
        return !rest || (rest.outline === s.focused.outline && rest.shadow === s.focused.shadow);
      }),
    ).toEqual([]);
    await popup.close();
  });
});
