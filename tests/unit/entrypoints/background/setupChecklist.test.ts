import { afterEach, describe, expect, it } from 'vitest';
import { handleChecklistTick } from '@/entrypoints/background/setupChecklist';
import { doneItemIds } from '@/utils/db/promo/progress';
import type { StorewiseDB } from '@/utils/db/db';
import { EMPTY_COUNTS, freshDb, tableCounts } from '../../utils/db/testDb';

// The popup's checklist ticks, stored by the background: only from the
// extension's own pages, only for a real store, campaign and item.

const OWN = { id: 'storewise-extension-id', origin: 'chrome-extension://storewise-extension-id/' };
const POPUP = { id: OWN.id, url: 'chrome-extension://storewise-extension-id/popup.html' };
const AT = new Date('2026-11-05T12:00:00Z');
const TICK = {
  storeKey: 'aliexpress:2001234',
  campaignId: 'aliexpress-1111',
  year: 2026,
  itemId: 'ae1111.warmup.visual.event-pages',
  done: true,
};
const SCOPE = { storeKey: 'aliexpress:2001234', campaignId: 'aliexpress-1111', year: 2026 };

const dbs: StorewiseDB[] = [];
afterEach(() => {
  for (const db of dbs.splice(0)) db.close();
});
function db(): StorewiseDB {
  const d = freshDb();
  dbs.push(d);
  return d;
}

describe('setChecklistItem (entrypoints/background/setupChecklist.ts)', () => {
  it('stores a tick from the popup with the app clock’s time, and an untick', async () => {
    const d = db();
    expect(await handleChecklistTick(d, TICK, POPUP, OWN, AT)).toEqual({ ok: true });
    expect(await doneItemIds(d, SCOPE)).toEqual(new Set(['ae1111.warmup.visual.event-pages']));
    expect(await d.checklistProgress.toArray()).toEqual([
      { ...TICK, updatedAt: '2026-11-05T12:00:00.000Z' },
    ]);
    expect(await handleChecklistTick(d, { ...TICK, done: false }, POPUP, OWN, AT)).toEqual({
      ok: true,
    });
    expect(await doneItemIds(d, SCOPE)).toEqual(new Set());
  });

  it('refuses a content script (a console tab) and another extension, writing nothing', async () => {
    const d = db();
    const page = { id: OWN.id, url: 'https://gsp.aliexpress.com/x', tab: { id: 3 } };
    expect(await handleChecklistTick(d, TICK, page, OWN, AT)).toEqual({
      ok: false,
      error: 'not an extension page',
    });
    const other = { id: 'other', url: 'chrome-extension://other/popup.html' };
    expect((await handleChecklistTick(d, TICK, other, OWN, AT)).ok).toBe(false);
    expect(await tableCounts(d)).toEqual(EMPTY_COUNTS);
  });

  it.each([
    ['a key of no marketplace', { ...TICK, storeKey: 'ebay:1' }, 'storeKey: not a store key'],
    ['an unknown campaign', { ...TICK, campaignId: 'prime-day' }, 'campaignId: not a campaign'],
    ['an unknown item', { ...TICK, itemId: 'ae1111.warmup.nope' }, 'itemId: not a checklist item'],
    ['a fractional year', { ...TICK, year: 2026.5 }, 'year: '],
    ['a done flag that is not a boolean', { ...TICK, done: 'yes' }, 'done: '],
    ['no payload', undefined, ': '],
  ])('refuses %s, writing nothing', async (_what, payload, error) => {
    const d = db();
    const reply = await handleChecklistTick(d, payload, POPUP, OWN, AT);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error.startsWith(error)).toBe(true);
    expect(await tableCounts(d)).toEqual(EMPTY_COUNTS);
  });
});
