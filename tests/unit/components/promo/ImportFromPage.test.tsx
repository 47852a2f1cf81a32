import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { setClockOffset } from '@/utils/settings/clock';
import {
  draftFromProposal,
  matchDeadlines,
  proposalFromPage,
} from '@/utils/engines/promo/importAnnouncement';
import { renderToast } from '@/utils/overlay/toast';
import { I18nProvider } from '@/components/i18n';
import { PromoTab } from '@/entrypoints/sidepanel/promo/PromoTab';
import { freshDb } from '../../utils/db/testDb';
import { addStore, at } from '../../entrypoints/sidepanel/promo/fixtures';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const ANNOUNCEMENT = readFileSync(
  resolve(import.meta.dirname, '../../../fixtures/announcements/aliexpress-1111-2020.html'),
  'utf8',
);

describe('import from an announcement page', () => {
  it('proposes AliExpress 11.11 2020 with the four phases of the article', async () => {
    const p = await proposalFromPage(
      { html: ANNOUNCEMENT, title: '', url: 'https://example.test/a' },
      at('2026-11-05T12:00:00Z'),
      'aliexpress',
    );
    expect(p.campaignId).toBe('aliexpress-1111');
    expect(p.year).toBe(2020);
    expect(p.phases.map((x) => [x.id, x.start, x.end])).toEqual([
      ['momentum', '2020-10-01', '2020-10-27'],
      ['warmup', '2020-10-28', '2020-11-10'],
      ['burst', '2020-11-11', '2020-11-12'],
      ['review', '2020-11-13', '2020-11-20'],
    ]);
    const draft = draftFromProposal(p, {});
    expect(draft?.phases.find((x) => x.id === 'warmup')).toEqual({
      id: 'warmup',
      start: '2020-10-28',
      end: '2020-11-10',
    });
    expect(draft?.deadlines).toEqual([{ id: 'register', date: '2020-10-27' }]);
  });

  it('finds nothing on a page without phase dates, and does not run the page’s scripts', async () => {
    (globalThis as { pwned?: boolean }).pwned = false;
    const p = await proposalFromPage(
      {
        html: '<html><body><p>Shipping policy</p><script>globalThis.pwned = true</script></body></html>',
        title: 'Policy',
        url: 'https://example.test/b',
      },
      at('2026-11-05T12:00:00Z'),
    );
    expect(p.phases).toEqual([]);
    expect(p.warnings.map((w) => w.code)).toContain('no-phases');
    expect((globalThis as { pwned?: boolean }).pwned).toBe(false);
  });
});

describe('import: registration deadlines', () => {
  const page = (body: string) => ({
    html: `<html><head><title>九月採購節</title></head><body><article><h1>九月採購節</h1>${body}</article></body></html>`,
    title: '九月採購節',
    url: 'https://example.test/tw',
  });

  it('proposes a Traditional Chinese page’s phases and fills the deadline slot with its 報名截止', async () => {
    const p = await proposalFromPage(
      page(
        '<p>準備期(8.17-8.24)、大促預熱期(8.25-8.31)、大促爆發期(9.1-9.28)</p><p>報名截止:8月20日</p>',
      ),
      at('2026-07-01T00:00:00Z'),
      'alibaba',
    );
    expect(p.campaignId).toBe('alibaba-september');
    expect(p.year).toBe(2026);
    expect(p.phases.map((x) => [x.label, x.start, x.end])).toEqual([
      ['準備期', '2026-08-17', '2026-08-24'],
      ['大促預熱期', '2026-08-25', '2026-08-31'],
      ['大促爆發期', '2026-09-01', '2026-09-28'],
    ]);
    expect(p.deadlines).toEqual([{ kind: 'deadline', label: '報名截止', date: '2026-08-20' }]);
    expect(draftFromProposal(p, {})?.deadlines).toEqual([{ id: 'register', date: '2026-08-20' }]);
  });

  it('matches found dates to the template’s slots by kind and order', () => {
    expect([
      ...matchDeadlines(
        [
          { id: 'store-discounts', kind: 'deadline', date: '2026-10-30' },
          { id: 'platform-campaigns', kind: 'deadline', date: '2026-10-21' },
          { id: 'registration-opens', kind: 'opens', date: '2026-09-20' },
        ],
        [
          { kind: 'opens', label: '报名时间', date: '2026-09-18' },
          { kind: 'deadline', label: '报名截止', date: '2026-10-19' },
          { kind: 'deadline', label: 'Deadline', date: '2026-10-29' },
          { kind: 'deadline', label: 'Deadline', date: '2026-11-02' },
        ],
      ),
    ]).toEqual([
      ['platform-campaigns', '2026-10-19'],
      ['store-discounts', '2026-10-29'],
      ['registration-opens', '2026-09-18'],
    ]);
  });
});

describe('toast content', () => {
  it('renders page-independent text as text and dismisses on click', () => {
    const host = document.createElement('div');
    const onDismiss = vi.fn();
    renderToast(
      host,
      { text: '<b>11.11</b> warm-up starts in 2 days', dismissLabel: 'Dismiss', label: 'Reminder' },
      onDismiss,
    );
    expect(host.querySelector('b')).toBeNull();
    expect(host.querySelector('[data-testid="sale-toast"]')?.textContent).toContain(
      '<b>11.11</b> warm-up',
    );
    host.querySelector<HTMLButtonElement>('button')!.click();
    expect(onDismiss).toHaveBeenCalledTimes(1);
  });
});

describe('Promo tab', () => {
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
    setClockOffset(0);
    setDb(undefined);
    await db.delete();
  });
  const until = (check: () => void) =>
    vi.waitFor(
      async () => {
        await act(async () => {});
        check();
      },
      // The machine is shared and IndexedDB answers late; a generous poll, not a timing assertion.
      { timeout: 10_000, interval: 50 },
    );
  const q = (id: string) => host.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('shows the warm-up under an injected clock and persists a tick', async () => {
    const store = await addStore(db, 'aliexpress', '2001234');
    await db.settings.put({
      key: 'clockOffsetMs',
      value: Date.parse('2026-11-05T12:00:00Z') - Date.now(),
    });
    await act(async () =>
      root.render(
        <I18nProvider override="en">
          <PromoTab storeKey={store} />
        </I18nProvider>,
      ),
    );
    await until(() =>
      expect(q('promo-campaign-aliexpress-1111:2026')?.textContent).toContain('Now: Warm-up'),
    );
    expect(q('promo-campaign-aliexpress-1111:2026')?.textContent).toMatch(
      /Burst \(official\) starts in 5 d (19|20) h/,
    );
    await until(() => expect(q('promo-progress')?.textContent).toBe('0 of 12 done'));
    const box = host.querySelector<HTMLInputElement>(
      '[data-testid="promo-item-ae1111.warmup.visual.event-pages"] input',
    )!;
    await act(async () => box.click());
    await until(() => expect(q('promo-progress')?.textContent).toBe('1 of 12 done'));
    expect(
      await db.checklistProgress.get([
        store,
        'aliexpress-1111',
        2026,
        'ae1111.warmup.visual.event-pages',
      ]),
    ).toMatchObject({ done: true });
  });

  it('tells the seller which page to open when there is no store', async () => {
    await act(async () =>
      root.render(
        <I18nProvider override="zh-CN">
          <PromoTab storeKey={undefined} />
        </I18nProvider>,
      ),
    );
    expect(q('promo-empty')?.textContent).toContain('商品列表');
  });
});
