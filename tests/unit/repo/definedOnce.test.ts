import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PLATFORM_TIME_ZONE } from '@/utils/sites/timeZones';
import { timeZoneChoices } from '@/utils/settings/stores';
import { AE_TIME_ZONE, CHINA_TIME_ZONE } from '@/utils/engines/data/campaigns';
import { canonicalHash, canonicalJson } from '@/utils/db/canonical';
import { isStale, STALE_AFTER_DAYS } from '@/utils/engines/staleness';
import { PRODUCT_METRICS } from '@/utils/types';

// Time zones, canonical JSON and its hash, the staleness rule and the product
// metric list each have one home; the others import it.

const ROOT = resolve(import.meta.dirname, '../../..');
const SOURCE_DIRS = ['entrypoints', 'components', 'hooks', 'utils', 'scripts'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(e.name) ? [path] : [];
  });
}

/** Source files (relative) outside `home` whose code matches `re`. */
function elsewhere(re: RegExp, home: string): string[] {
  return SOURCE_DIRS.flatMap((d) => sourceFiles(join(ROOT, d)))
    .map((p) => relative(ROOT, p))
    .filter((rel) => rel !== home && re.test(readFileSync(join(ROOT, rel), 'utf8')));
}

describe('defined once', () => {
  it('the platform time zones live in utils/sites/timeZones.ts only', () => {
    expect(PLATFORM_TIME_ZONE).toEqual({
      aliexpress: 'America/Los_Angeles',
      taobao: 'Asia/Shanghai',
      alibaba: 'Asia/Shanghai',
    });
    expect(AE_TIME_ZONE).toBe('America/Los_Angeles');
    expect(CHINA_TIME_ZONE).toBe('Asia/Shanghai');
    expect(timeZoneChoices().slice(0, 3)).toEqual(['America/Los_Angeles', 'Asia/Shanghai', 'UTC']);
    expect(
      elsewhere(/['"`](America\/Los_Angeles|Asia\/Shanghai)['"`]/, 'utils/sites/timeZones.ts'),
    ).toEqual([]);
  });

  it('canonical JSON sorts keys and drops undefined members; one SHA-256 helper', async () => {
    expect(canonicalJson({ b: 1, a: [{ d: undefined, c: 'x' }, undefined] })).toBe(
      '{"a":[{"c":"x"},null],"b":1}',
    );
    expect(await canonicalHash({ b: 1, a: 2 })).toBe(await canonicalHash({ a: 2, b: 1 }));
    expect(await canonicalHash('abc')).toBe(
      // SHA-256 of the five bytes "abc" (JSON quotes included).
      '6cc43f858fbb763301637b5af970e2a46b46f461f27e5a0f41e009c59b827b25',
    );
    expect(elsewhere(/subtle\.digest\(/, 'utils/db/canonical.ts')).toEqual([]);
  });

  it('staleness: more than three days old', () => {
    const now = new Date('2026-11-24T12:00:00Z');
    expect(STALE_AFTER_DAYS).toBe(3);
    expect(isStale('2026-11-21T11:59:59Z', now)).toBe(true);
    expect(isStale('2026-11-21T12:00:00Z', now)).toBe(false);
    expect(isStale('not a date', now)).toBe(false);
    expect(elsewhere(/STALE_AFTER_(MS|DAYS)\s*=/, 'utils/engines/staleness.ts')).toEqual([]);
  });

  it('the product metrics are the product row fields other than identity', () => {
    expect([...PRODUCT_METRICS].sort()).toEqual([
      'addToCart',
      'buyers',
      'clicks',
      'conversionRate',
      'exposure',
      'inquiries',
      'orders',
      'price',
      'revenue',
      'stock',
      'views',
      'visitors',
      'wishlist',
    ]);
  });
});
