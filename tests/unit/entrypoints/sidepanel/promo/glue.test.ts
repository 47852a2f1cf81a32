import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { setDb, type StorewiseDB } from '@/utils/db/db';
import { checklistFor } from '@/utils/engines/promo/checklist';
import { getTemplate, resolveCampaign } from '@/utils/engines/promo/campaign';
import {
  InvalidOverrideError,
  loadOverrides,
  overrideKey,
  overrideMapFrom,
  resetOverride,
  saveOverride,
  validateDraft,
  type OverrideDraft,
} from '@/utils/db/promo/overrides';
import { doneItemIds, progressOf, setItemDone } from '@/utils/db/promo/progress';
import {
  clockOffset,
  loadClockOffset,
  now,
  parseClockOffset,
  setClockOffset,
  toRealTime,
} from '@/utils/settings/clock';
import { freshDb } from '../../../utils/db/testDb';
import { at } from './fixtures';

let db: StorewiseDB;
beforeEach(() => {
  db = freshDb();
  setDb(db);
});
afterEach(async () => {
  setClockOffset(0);
  setDb(undefined);
  await db.delete();
});

const draft = (phases: [string, string, string][], deadlines: [string, string][] = []) =>
  ({
    phases: phases.map(([id, start, end]) => ({ id, start, end })),
    deadlines: deadlines.map(([id, date]) => ({ id, date })),
  }) as OverrideDraft;

describe('seller’s campaign dates', () => {
  it('accepts phases in order without shared days', () => {
    expect(
      validateDraft(
        draft(
          [
            ['momentum', '2026-10-01', '2026-10-27'],
            ['warmup', '2026-10-28', '2026-11-10'],
            ['burst', '2026-11-11', '2026-11-12'],
          ],
          [['register', '2026-10-27']],
        ),
      ),
    ).toEqual([]);
  });

  it('names each problem: bad date, end before start, overlap, out of order', () => {
    expect(validateDraft(draft([['momentum', '2026-02-30', '2026-03-01']]))).toEqual([
      { code: 'invalid-date', field: 'momentum.start' },
    ]);
    expect(validateDraft(draft([['warmup', '2026-11-10', '2026-11-01']]))).toEqual([
      { code: 'end-before-start', field: 'warmup' },
    ]);
    expect(
      validateDraft(
        draft([
          ['momentum', '2026-10-01', '2026-10-28'],
          ['warmup', '2026-10-28', '2026-11-10'],
        ]),
      ),
    ).toEqual([{ code: 'overlap', field: 'warmup', other: 'momentum' }]);
    expect(
      validateDraft(
        draft([
          ['momentum', '2026-10-10', '2026-10-20'],
          ['warmup', '2026-10-01', '2026-10-05'],
        ]),
      ),
    ).toEqual([{ code: 'out-of-order', field: 'warmup' }]);
    expect(validateDraft(draft([], [['register', '']]))).toEqual([
      { code: 'invalid-date', field: 'deadline.register' },
    ]);
  });

  it('saves a valid edit as a settings row the engine resolves, and resets it', async () => {
    await saveOverride(
      db,
      'aliexpress-1111',
      2026,
      draft(
        [
          ['momentum', '2026-10-01', '2026-10-25'],
          ['warmup', '2026-10-26', '2026-11-10'],
        ],
        [['register', '2026-10-24']],
      ),
    );
    const map = await loadOverrides(db);
    const c = resolveCampaign(
      getTemplate('aliexpress-1111')!,
      2026,
      map['aliexpress-1111']?.[2026],
    );
    expect(c.phases.find((p) => p.id === 'warmup')).toMatchObject({
      start: '2026-10-26',
      basis: 'seller',
    });
    expect(c.deadlines[0]).toMatchObject({ id: 'register', date: '2026-10-24', basis: 'seller' });
    await resetOverride(db, 'aliexpress-1111', 2026);
    expect(await loadOverrides(db)).toEqual({});
  });

  it('refuses an invalid edit and writes nothing', async () => {
    await expect(
      saveOverride(db, 'aliexpress-1111', 2026, draft([['burst', '2026-11-12', '2026-11-11']])),
    ).rejects.toBeInstanceOf(InvalidOverrideError);
    expect(await db.settings.count()).toBe(0);
  });

  it('skips stored rows of unknown campaigns or bad shape', () => {
    expect(
      overrideMapFrom([
        { key: overrideKey('taobao-1111', 2026), value: { phases: {} } },
        { key: 'promoOverride:not-a-campaign:2026', value: {} },
        { key: overrideKey('taobao-1212', 2026), value: { phases: { burst: 'soon' } } },
        { key: 'language', value: 'en' },
      ]),
    ).toEqual({ 'taobao-1111': { 2026: { phases: {} } } });
  });
});

describe('checklist progress', () => {
  const c = resolveCampaign(getTemplate('aliexpress-1111')!, 2026);
  const scope = { storeKey: 'aliexpress:2001234', campaignId: c.id, year: 2026 };

  it('persists ticks per store, campaign and year, and unticks', async () => {
    const [first, second] = checklistFor(c, { phase: 'warmup' });
    await setItemDone(db, scope, first!.id, true, at('2026-11-05T12:00:00Z'));
    await setItemDone(db, scope, second!.id, true, at('2026-11-05T12:01:00Z'));
    await setItemDone(db, scope, second!.id, false, at('2026-11-05T12:02:00Z'));
    expect([...(await doneItemIds(db, scope))]).toEqual([first!.id]);
    expect(await doneItemIds(db, { ...scope, year: 2027 })).toEqual(new Set());
    expect(await doneItemIds(db, { ...scope, storeKey: 'aliexpress:other' })).toEqual(new Set());
  });

  it('counts done / total per area and overall, ignoring retired item ids', async () => {
    const items = checklistFor(c, { phase: 'warmup' });
    const visual = items.filter((i) => i.area === 'visual');
    for (const i of visual) await setItemDone(db, scope, i.id, true, at('2026-11-05T12:00:00Z'));
    await setItemDone(db, scope, 'ae1111.warmup.retired.item', true, at('2026-11-05T12:00:00Z'));
    const p = await progressOf(db, scope, items);
    expect(p.done).toBe(visual.length);
    expect(p.total).toBe(items.length);
    expect(p.byArea.find((a) => a.area === 'visual')).toEqual({
      area: 'visual',
      done: visual.length,
      total: visual.length,
    });
    expect(p.byArea.find((a) => a.area === 'operations')?.done).toBe(0);
  });
});

describe('app clock', () => {
  it('adds the stored offset to real time and converts back for alarms', async () => {
    const offset = Date.parse('2026-11-05T12:00:00Z') - Date.now();
    await db.settings.put({ key: 'clockOffsetMs', value: offset });
    expect(await loadClockOffset(db)).toBe(Math.trunc(offset));
    expect(Math.abs(now().getTime() - Date.parse('2026-11-05T12:00:00Z'))).toBeLessThan(60_000);
    const appInstant = at('2026-11-11T08:00:00Z');
    expect(toRealTime(appInstant)).toBe(appInstant.getTime() - clockOffset());
  });

  it('ignores a malformed or absurd offset', () => {
    expect(parseClockOffset('5000')).toBe(0);
    expect(parseClockOffset(Number.NaN)).toBe(0);
    expect(parseClockOffset(50 * 365 * 86_400_000)).toBe(0);
    expect(parseClockOffset(-86_400_000)).toBe(-86_400_000);
  });
});
