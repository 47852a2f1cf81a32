import { afterEach, describe, expect, it } from 'vitest';
import { openLite, readDoneItemIds, readStores, watchTables, type LiteDb } from '@/utils/db/lite';
import { setItemDone } from '@/utils/db/promo/progress';
import type { StorewiseDB } from '@/utils/db/db';
import { freshDb } from './testDb';
import { addStore } from '../../entrypoints/sidepanel/promo/fixtures';

// The popup's Dexie-free reader: it sees what Dexie wrote, never creates the
// database, steps aside for a schema upgrade, and hears every Dexie write.

const open: { close(): void }[] = [];
afterEach(() => {
  for (const db of open.splice(0)) db.close();
});

async function seeded(): Promise<{ dexie: StorewiseDB; lite: LiteDb }> {
  const dexie = freshDb();
  open.push(dexie);
  await addStore(dexie, 'aliexpress', '2001234', '2026-11-02T00:00:00.000Z');
  await addStore(dexie, 'taobao', '88', '2026-11-01T00:00:00.000Z');
  const scope = { storeKey: 'aliexpress:2001234', campaignId: 'aliexpress-1111', year: 2026 };
  const at = new Date('2026-11-05T12:00:00Z');
  await setItemDone(dexie, scope, 'ae1111.warmup.visual.event-pages', true, at);
  await setItemDone(dexie, scope, 'ae1111.warmup.operations.shift-budget', false, at);
  await setItemDone(dexie, { ...scope, year: 2025 }, 'ae1111.warmup.visual.posters', true, at);
  const lite = await openLite(dexie.name);
  if (!lite) throw new Error('the seeded database did not open');
  open.push(lite);
  return { dexie, lite };
}

const nextTick = () => new Promise((ok) => setTimeout(ok, 20));

describe('the popup’s Dexie-free reader (utils/db/lite.ts)', () => {
  it('reads the stores and one edition’s ticked items as Dexie stored them', async () => {
    const { lite } = await seeded();
    expect((await readStores(lite)).map((s) => s.id).sort()).toEqual([
      'aliexpress:2001234',
      'taobao:88',
    ]);
    expect([
      ...(await readDoneItemIds(lite, {
        storeKey: 'aliexpress:2001234',
        campaignId: 'aliexpress-1111',
        year: 2026,
      })),
    ]).toEqual(['ae1111.warmup.visual.event-pages']);
    expect(
      await readDoneItemIds(lite, { storeKey: 'taobao:88', campaignId: 'taobao-1111', year: 2026 }),
    ).toEqual(new Set());
  });

  it('never creates the database: a missing one reads as undefined and stays missing', async () => {
    const name = `storewise-missing-${process.pid}`;
    expect(await openLite(name)).toBeUndefined();
    expect(await openLite(name)).toBeUndefined();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  });

  it('closes its connection when the background upgrades the schema', async () => {
    const { dexie } = await seeded();
    const name = dexie.name;
    dexie.close();
    const upgraded = await new Promise<number>((ok, fail) => {
      const req = indexedDB.open(name, 1000);
      req.onsuccess = () => {
        req.result.close();
        ok(req.result.version);
      };
      req.onerror = () => fail(req.error);
      req.onblocked = () => fail(new Error('blocked by the popup’s connection'));
    });
    expect(upgraded).toBe(1000);
  });

  it('hears Dexie writes to the tables it watches, from this or any other page', async () => {
    const { dexie } = await seeded();
    const heard: string[] = [];
    const stop = watchTables(
      ['checklistProgress', 'stores'],
      () => heard.push('change'),
      dexie.name,
    );
    try {
      await dexie.table('marketWatches').put({ id: 'w1', site: 'aliexpress' });
      await nextTick();
      expect(heard).toEqual([]);
      await setItemDone(
        dexie,
        { storeKey: 'aliexpress:2001234', campaignId: 'aliexpress-1111', year: 2026 },
        'ae1111.warmup.visual.posters',
        true,
        new Date('2026-11-05T12:00:00Z'),
      );
      await nextTick();
      expect(heard).toEqual(['change']);
    } finally {
      stop();
    }
  });
});
