import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import { handleGetTitleAdvice } from '@/entrypoints/background/titleAdvice';
import { startTitleOverlay, type OverlayHandle } from '@/utils/overlay/startTitleOverlay';
import { ALIEXPRESS_OVERLAY_PAGES } from '@/utils/overlay/pages/aliexpress';
import { freshDb } from '../db/testDb';
import { fixtureHtml, keywordsUrl, LIST_URL, readFixture, SHIRT_ID } from './helpers';

const NOW = new Date('2026-11-21T12:00:00Z');
const OWN = 'own-id';

/** A content-script context whose lifetime the test controls (as WXT's ctx). */
function fakeCtx() {
  const abort = new AbortController();
  const invalidated: (() => void)[] = [];
  return {
    signal: abort.signal,
    setTimeout: (fn: () => void, ms?: number) => window.setTimeout(fn, ms),
    addEventListener: (target: EventTarget, type: string, fn: (e: Event) => void) =>
      target.addEventListener(type, fn, { signal: abort.signal }),
    onInvalidated: (cb: () => void) => {
      invalidated.push(cb);
      return () => undefined;
    },
    invalidate: () => {
      abort.abort();
      for (const cb of invalidated) cb();
    },
  };
}

/** happy-dom's test hook: moves the window to a console URL without loading anything. */
const setUrl = (href: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(href);

const badges = () => Array.from(document.querySelectorAll('[data-storewise="title-badge"]'));

describe('title overlay on the product list', () => {
  let db: StorewiseDB;
  let ctx: ReturnType<typeof fakeCtx>;
  let handle: OverlayHandle;
  let asked: number;

  beforeEach(async () => {
    db = freshDb();
    await ingest(
      db,
      readFixture(
        'aliexpress/productKeywords/keywords-en-reordered.html',
        keywordsUrl(SHIRT_ID),
        NOW,
      ),
      NOW,
    );
    setUrl(LIST_URL);
    document.body.innerHTML = /<body>([\s\S]*)<\/body>/.exec(
      fixtureHtml('aliexpress/productList/list-zh.html'),
    )![1]!;
    ctx = fakeCtx();
    asked = 0;
    handle = startTitleOverlay(ctx as never, ALIEXPRESS_OVERLAY_PAGES, window, (request) => {
      asked += 1;
      return handleGetTitleAdvice(db, request, { id: OWN }, OWN, NOW);
    });
  });
  afterEach(async () => {
    ctx.invalidate();
    document.body.innerHTML = '';
    await db.delete();
  });

  it('places one badge right after each product title link, with the product’s score', async () => {
    await handle.refresh();
    const placed = badges();
    expect(placed.map((b) => (b as HTMLElement).dataset.productId)).toEqual([
      '1005006123456789',
      SHIRT_ID,
      '1005005555000111',
    ]);
    for (const b of placed) expect(b.previousElementSibling?.tagName).toBe('A');
    const shirt = placed[1]!.shadowRoot!.querySelector('button')!;
    expect(shirt.getAttribute('aria-label')).toMatch(/Repeated words: Shirt/);
    // A second pass over an unchanged page neither asks again nor duplicates badges.
    await handle.refresh();
    expect(badges()).toHaveLength(3);
    expect(asked).toBe(1);
  });

  it('re-places the badges after the console re-renders its rows (pagination, sorting)', async () => {
    await handle.refresh();
    const tbody = document.querySelector('tbody')!;
    const rows = Array.from(tbody.querySelectorAll('tr'));
    // A sort: the console renders fresh rows in another order (our hosts are not in its markup).
    const fresh = rows.reverse().map((r) => {
      const copy = r.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('[data-storewise]').forEach((n) => n.remove());
      return copy;
    });
    tbody.replaceChildren(...fresh);
    expect(badges()).toHaveLength(0);
    await handle.refresh();
    expect(badges().map((b) => (b as HTMLElement).dataset.productId)).toEqual([
      '1005005555000111',
      SHIRT_ID,
      '1005006123456789',
    ]);
    expect(asked).toBe(1);
  });

  it('removes every badge on SPA navigation away and when the extension goes away', async () => {
    await handle.refresh();
    expect(badges()).toHaveLength(3);
    setUrl('https://csp.aliexpress.com/m_apps/campaign/list');
    window.dispatchEvent(new Event('wxt:locationchange'));
    await handle.refresh();
    expect(badges()).toHaveLength(0);

    setUrl(LIST_URL);
    await handle.refresh();
    expect(badges()).toHaveLength(3);
    ctx.invalidate();
    expect(badges()).toHaveLength(0);
  });
});
