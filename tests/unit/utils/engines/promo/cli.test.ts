import { resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { importCommand } from '../../../../../scripts/cli/import';
import { phaseCommand } from '../../../../../scripts/cli/phase';

const FIXTURES = resolve(import.meta.dirname, '../../../../fixtures/announcements');

async function run(command: (argv: string[]) => Promise<number>, argv: string[]) {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  const err = vi.spyOn(console, 'error').mockImplementation(() => undefined);
  const code = await command(argv);
  const out = log.mock.calls.map((c) => String(c[0])).join('\n');
  return { code, out, err: err.mock.calls.map((c) => String(c[0])).join('\n') };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('cli phase', () => {
  it('prints the phase, its bounds and the next boundary as JSON', async () => {
    const { code, out } = await run(phaseCommand, [
      '--campaign',
      'aliexpress-1111',
      '--at',
      '2026-11-11T00:30:00+08:00',
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toMatchObject({
      campaign: 'aliexpress-1111',
      year: 2026,
      timeZone: 'America/Los_Angeles',
      phase: 'warmup',
      phaseStart: '2026-10-28T07:00:00.000Z',
      phaseEnd: '2026-11-11T08:00:00.000Z',
      next: { phase: 'burst', start: '2026-11-11T08:00:00.000Z' },
    });
  });

  it('honours --year and reports null outside the campaign', async () => {
    const { out } = await run(phaseCommand, [
      '--campaign',
      'alibaba-september',
      '--at',
      '2026-08-01T00:00:00Z',
      '--year',
      '2027',
    ]);
    expect(JSON.parse(out)).toMatchObject({
      year: 2027,
      timeZone: 'Asia/Shanghai',
      phase: null,
      phaseStart: null,
      phaseEnd: null,
      next: { phase: 'momentum', start: '2027-08-18T16:00:00.000Z' },
    });
  });

  it('rejects an unknown campaign or a bad instant with exit code 2', async () => {
    expect(
      (await run(phaseCommand, ['--campaign', 'nope', '--at', '2026-01-01T00:00:00Z'])).code,
    ).toBe(2);
    expect((await run(phaseCommand, ['--campaign', 'taobao-1111', '--at', 'soon'])).code).toBe(2);
  });
});

describe('cli import', () => {
  it('reads the saved HTML page through extractArticle', async () => {
    const { code, out } = await run(importCommand, [
      resolve(FIXTURES, 'aliexpress-1111-2020.html'),
    ]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.name).toBe('2020速卖通双十一核心运营思路--大促营销攻略');
    expect(parsed.phases).toEqual([
      { id: 'momentum', label: '造势期', start: '2020-10-01', end: '2020-10-27' },
      { id: 'warmup', label: '预热期', start: '2020-10-28', end: '2020-11-10' },
      { id: 'burst', label: '正式期', start: '2020-11-11', end: '2020-11-12' },
      { id: 'review', label: '总结复盘期', start: '2020-11-13', end: '2020-11-20' },
    ]);
    expect(Array.isArray(parsed.warnings)).toBe(true);
  });

  it('reads a text file and places the dates in --year', async () => {
    const { out } = await run(importCommand, [
      resolve(FIXTURES, 'aliexpress-1111-2020-seed.txt'),
      '--year',
      '2027',
    ]);
    expect(JSON.parse(out).phases.map((p: { start: string }) => p.start)).toEqual([
      '2027-10-01',
      '2027-10-28',
      '2027-11-11',
      '2027-11-13',
    ]);
  });

  it('import prints the phases and the registration deadline of a Traditional Chinese article', async () => {
    const { code, out } = await run(importCommand, [
      resolve(FIXTURES, 'alibaba-september-zh-tw.txt'),
    ]);
    expect(code).toBe(0);
    const parsed = JSON.parse(out);
    expect(parsed.phases).toEqual([
      { id: 'momentum', label: '準備期', start: '2025-08-17', end: '2025-08-24' },
      { id: 'warmup', label: '大促預熱期', start: '2025-08-25', end: '2025-08-31' },
      { id: 'burst', label: '大促爆發期', start: '2025-09-01', end: '2025-09-28' },
    ]);
    expect(parsed.deadlines).toEqual([{ kind: 'deadline', label: '報名截止', date: '2025-08-20' }]);
    expect(parsed.campaignId).toBe('alibaba-september');
  });
});
