import { afterEach, describe, expect, it } from 'vitest';
import type { AbilityScoreRecord } from '@/utils/db/records';
import type { StorewiseDB } from '@/utils/db/db';
import { latestAbilityScores, loadTierData } from '@/entrypoints/sidepanel/queries';
import { freshDb } from '../../utils/db/testDb';

// The Tier tab reads only the newest ability report, not a year of them
// (scripts/bench/sidepanel.bench.ts: a full year was 4,380 rows per load).

const SK = 'aliexpress:2001234';

function score(
  storeKey: string,
  day: string,
  indicator: string,
  value: number,
): AbilityScoreRecord {
  return {
    storeKey,
    day,
    dimension: '商品能力',
    indicator,
    value,
    higherIsBetter: true,
    updatedAt: `${day}T22:00:00.000Z`,
  };
}

describe('side panel queries', () => {
  let db: StorewiseDB | undefined;
  afterEach(async () => {
    await db?.delete();
    db = undefined;
  });

  it('latestAbilityScores returns every indicator of the newest day of this store only', async () => {
    db = freshDb();
    await db.abilityScores.bulkPut([
      score(SK, '2026-11-23', '动销率', 10),
      score(SK, '2026-11-23', '商品纠纷率', 11),
      score(SK, '2026-11-24', '动销率', 20),
      score(SK, '2026-11-24', '商品纠纷率', 21),
      // A newer report of another store must not decide this store's day.
      score('aliexpress:999', '2026-11-25', '动销率', 30),
    ]);
    const rows = await latestAbilityScores(db, SK);
    expect(rows.map((r) => [r.day, r.indicator, r.value]).sort()).toEqual([
      ['2026-11-24', '动销率', 20],
      ['2026-11-24', '商品纠纷率', 21],
    ]);
    expect(await latestAbilityScores(db, 'aliexpress:none')).toEqual([]);
  });

  it('loadTierData carries the newest ability report', async () => {
    db = freshDb();
    await db.abilityScores.bulkPut([
      score(SK, '2026-10-01', '动销率', 5),
      score(SK, '2026-11-24', '动销率', 20),
    ]);
    const data = await loadTierData(db, SK, new Date('2026-11-25T12:00:00Z'));
    expect(data.abilityScores.map((r) => r.value)).toEqual([20]);
  });
});
