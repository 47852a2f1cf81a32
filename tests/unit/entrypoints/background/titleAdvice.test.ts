import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { ingest } from '@/utils/db/ingest';
import { putSetting } from '@/utils/settings/settings';
import { analyseTitle } from '@/utils/engines/titles';
import { measureTitle } from '@/utils/engines/titles';
import {
  buildTitleAdvice,
  handleGetTitleAdvice,
  OVERLAY_KEYS,
} from '@/entrypoints/background/titleAdvice';
import type { KeywordRow } from '@/utils/types';
import { freshDb, tableCounts } from '../../utils/db/testDb';
import {
  CHANNEL,
  DRESS_ID,
  keywordsUrl,
  LIST_URL,
  readFixture,
  SHIRT_ID,
  SHIRT_TITLE,
} from '../../utils/overlay/helpers';

const OWN_ID = 'storewise-extension-id';
const READ_AT = new Date('2026-11-21T09:30:00Z');
const NOW = new Date('2026-11-21T12:00:00Z');

describe('title advice built in the background', () => {
  let db: StorewiseDB;
  let keywordRows: KeywordRow[];
  let dressRows: KeywordRow[];

  beforeEach(async () => {
    db = freshDb();
    const list = readFixture('aliexpress/productList/list-zh.html', LIST_URL, READ_AT);
    const shirt = readFixture(
      'aliexpress/productKeywords/keywords-en-reordered.html',
      keywordsUrl(SHIRT_ID),
      READ_AT,
    );
    const dress = readFixture(
      'aliexpress/productKeywords/keywords-zh.html',
      keywordsUrl(DRESS_ID),
      READ_AT,
    );
    keywordRows = shirt.rows as KeywordRow[];
    dressRows = dress.rows as KeywordRow[];
    await ingest(db, list, READ_AT);
    await ingest(db, shirt, READ_AT);
    await ingest(db, dress, READ_AT);
  });
  afterEach(async () => {
    vi.restoreAllMocks();
    await db.delete();
  });

  it('reads a page of 200 products in one batched read, not a read per product', async () => {
    const products = [
      { productId: SHIRT_ID },
      ...Array.from({ length: 199 }, (_, i) => ({ productId: String(900_000 + i), title: 'x y' })),
    ];
    const bulkProducts = vi.spyOn(db.products, 'bulkGet');
    const bulkReports = vi.spyOn(db.keywordLatest, 'bulkGet');
    const getProduct = vi.spyOn(db.products, 'get');
    const keywordRange = vi.spyOn(db.keywordDaily, 'where');
    const reply = await buildTitleAdvice(
      db,
      { site: 'aliexpress', storeId: CHANNEL, products },
      NOW,
    );
    expect(reply.items).toHaveLength(200);
    expect(reply.items[0]?.provenance.keywords?.terms).toBe(keywordRows.length);
    expect(bulkProducts).toHaveBeenCalledTimes(1);
    expect(bulkReports).toHaveBeenCalledTimes(1);
    expect(getProduct).not.toHaveBeenCalled();
    expect(keywordRange).not.toHaveBeenCalled();
  });

  it('analyses the stored title against the product’s stored keyword report, as the engine does', async () => {
    const reply = await buildTitleAdvice(
      db,
      { site: 'aliexpress', storeId: CHANNEL, products: [{ productId: SHIRT_ID }] },
      NOW,
    );
    const expected = analyseTitle('aliexpress', SHIRT_TITLE, keywordRows);
    expect(reply.items).toHaveLength(1);
    const item = reply.items[0]!;
    expect(item.storeKey).toBe(`aliexpress:${CHANNEL}`);
    expect(item.title).toBe(SHIRT_TITLE);
    expect(item.score).toBe(expected.score);
    expect(item.suggestion).toBe(expected.suggestion);
    expect(item.topHint).toBe(expected.hint.en);
    expect(item.changes.map((c) => c.reason)).toEqual(expected.changes.map((c) => c.reason.en));
    expect(item).toMatchObject({ length: 52, limit: 128, unit: 'chars' });
    // The repeated "Shirt" goes: the suggestion is a real edit.
    expect(item.suggestion).toBe('Men Casual Linen Shirt Long Sleeve Button Down');
    expect(item.duplicates).toEqual([{ word: 'Shirt', count: 2 }]);
    expect(item.provenance.title).toMatchObject({ from: 'stored', pageKind: 'productList' });
    expect(item.provenance.keywords).toMatchObject({
      day: '2026-11-20',
      terms: keywordRows.length,
    });
    expect(item.provenance.lines[0]).toMatch(/^Title from the product list, 21 Nov/);
    expect(item.provenance.lines[1]).toMatch(/^Search words: 2 terms from the product keywords/);
    expect(item.provenance.stale).toBe(false);
    // The page showing the stored title still cites the stored read.
    const same = await buildTitleAdvice(
      db,
      {
        site: 'aliexpress',
        storeId: CHANNEL,
        products: [{ productId: SHIRT_ID, title: SHIRT_TITLE }],
      },
      NOW,
    );
    expect(same.items[0]!.provenance.lines).toEqual(item.provenance.lines);
    expect(Object.keys(reply.strings).sort()).toEqual([...OVERLAY_KEYS].sort());
    expect(reply.strings['overlay.copy']).toBe('Copy');
  });

  it('prefers the title the page shows now and uses only the latest keyword report', async () => {
    // An older report of the shirt's terms filed under the dress (day 2026-11-10) must not count.
    const older = readFixture(
      'aliexpress/productKeywords/keywords-en-reordered.html',
      keywordsUrl(DRESS_ID),
      READ_AT,
    );
    await ingest(db, { ...older, period: { from: '2026-11-04', to: '2026-11-10' } }, READ_AT);
    const pageTitle = 'Summer Dress for Women';
    const reply = await buildTitleAdvice(
      db,
      {
        site: 'aliexpress',
        storeId: CHANNEL,
        products: [{ productId: DRESS_ID, title: pageTitle }],
      },
      NOW,
    );
    const item = reply.items[0]!;
    expect(item.title).toBe(pageTitle);
    expect(item.provenance.title).toEqual({ from: 'page' });
    expect(item.provenance.keywords).toMatchObject({ day: '2026-11-20', terms: 3 });
    const expected = analyseTitle('aliexpress', pageTitle, dressRows);
    expect(item.score).toBe(expected.score);
    expect(item.suggestion).toBe(expected.suggestion);
    expect(item.add.map((a) => a.word)).not.toContain('linen');
  });

  it('applies the seller’s title limit for the site', async () => {
    await putSetting(db, 'titleLimits', { aliexpress: { limit: 40, unit: 'chars' } });
    const reply = await buildTitleAdvice(
      db,
      { site: 'aliexpress', storeId: CHANNEL, products: [{ productId: SHIRT_ID }] },
      NOW,
    );
    const item = reply.items[0]!;
    expect(item.limit).toBe(40);
    expect(item.changes.some((c) => c.kind === 'trim')).toBe(true);
    expect(measureTitle(item.suggestion, 'chars')).toBeLessThanOrEqual(40);
  });

  it('answers in Chinese when the language setting is zh-CN', async () => {
    await putSetting(db, 'language', 'zh-CN');
    const reply = await buildTitleAdvice(
      db,
      { site: 'aliexpress', storeId: CHANNEL, products: [{ productId: SHIRT_ID }] },
      NOW,
    );
    expect(reply.language).toBe('zh-CN');
    expect(reply.strings['overlay.copy']).toBe('复制');
    expect(reply.items[0]!.topHint).toBe(
      analyseTitle('aliexpress', SHIRT_TITLE, keywordRows).hint.zh,
    );
    expect(reply.items[0]!.provenance.lines[0]).toMatch(/^标题来自商品列表，11月21日/);
  });

  it('finds the store when the page names none, warns when the data is stale, and names unknown ids', async () => {
    const later = new Date(NOW.getTime() + 5 * 24 * 3600 * 1000);
    const reply = await buildTitleAdvice(
      db,
      {
        site: 'aliexpress',
        products: [{ productId: DRESS_ID }, { productId: '1005009999999999' }],
      },
      later,
    );
    expect(reply.items.map((i) => i.storeKey)).toEqual([`aliexpress:${CHANNEL}`]);
    expect(reply.items[0]!.provenance.stale).toBe(true);
    expect(reply.unknown).toEqual(['1005009999999999']);
  });

  it('refuses a sender outside the extension and a malformed request, reading nothing', async () => {
    const before = await tableCounts(db);
    const request = { site: 'aliexpress', products: [{ productId: DRESS_ID }] };
    expect(await handleGetTitleAdvice(db, request, { id: 'other-extension' }, OWN_ID, NOW)).toEqual(
      {
        ok: false,
        error: 'rejected: message from outside this extension',
      },
    );
    const bad = await handleGetTitleAdvice(
      db,
      { site: 'aliexpress', products: [{ productId: '<img src=x>' }] },
      { id: OWN_ID },
      OWN_ID,
      NOW,
    );
    expect(bad).toMatchObject({ ok: false });
    expect(bad.ok === false && bad.error).toMatch(/products\.0\.productId/);
    const tooMany = await handleGetTitleAdvice(
      db,
      {
        site: 'aliexpress',
        products: Array.from({ length: 201 }, (_, i) => ({ productId: String(i + 1) })),
      },
      { id: OWN_ID },
      OWN_ID,
      NOW,
    );
    expect(tooMany.ok).toBe(false);
    const good = await handleGetTitleAdvice(db, request, { id: OWN_ID }, OWN_ID, NOW);
    expect(good.ok && good.items[0]?.productId).toBe(DRESS_ID);
    expect(await tableCounts(db)).toEqual(before);
  });
});
