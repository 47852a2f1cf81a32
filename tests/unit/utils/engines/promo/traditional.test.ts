import { describe, expect, it } from 'vitest';
import { parseAnnouncement } from '../../../../../utils/engines/promo/announcement';
import { foldForMatching, toSimplified } from '../../../../../utils/engines/promo/traditional';

// The September festival as a Traditional Chinese page writes it.
const SEPTEMBER_TW = [
  '2025阿里巴巴國際站九月採購節商家指南',
  '活動節奏:準備期(8.17-8.24)、大促預熱期(8.25-8.31)、大促爆發期(9.1-9.28)',
  '以下時間均為北京時間。',
].join('\n');

describe('Traditional Chinese announcements', () => {
  it('folds Traditional characters to Simplified one for one', () => {
    expect(toSimplified('準備期、預熱期、爆發期、報名截止、報名時間')).toBe(
      '准备期、预热期、爆发期、报名截止、报名时间',
    );
  });

  it('reads the September festival’s three phases with exact dates and keeps the written labels', () => {
    const parsed = parseAnnouncement(SEPTEMBER_TW, {
      fallbackYear: 2030,
      title: '九月採購節 | 商家學習中心',
    });
    expect(parsed.phases).toEqual([
      { id: 'momentum', label: '準備期', start: '2025-08-17', end: '2025-08-24' },
      { id: 'warmup', label: '大促預熱期', start: '2025-08-25', end: '2025-08-31' },
      { id: 'burst', label: '大促爆發期', start: '2025-09-01', end: '2025-09-28' },
    ]);
    expect(parsed.year).toBe(2025);
    expect(parsed.campaignId).toBe('alibaba-september');
    expect(parsed.timeZone).toBe('Asia/Shanghai');
    expect(parsed.name).toBe('九月採購節 | 商家學習中心');
    expect(parsed.warnings.map((w) => w.code)).toEqual(['year-from-text', 'missing-phase']);
  });

  it('reads phases through inline pinyin and quotes them as written', () => {
    const text =
      '準(zhǔn)備(bèi)期(8.17-8.24)、預yù熱rè期qī 8.25-8.31、爆發期（bào fā qī）9.1-9.28';
    expect(parseAnnouncement(text, { year: 2025 }).phases).toEqual([
      { id: 'momentum', label: '準(zhǔn)備(bèi)期', start: '2025-08-17', end: '2025-08-24' },
      { id: 'warmup', label: '預yù熱rè期', start: '2025-08-25', end: '2025-08-31' },
      { id: 'burst', label: '爆發期', start: '2025-09-01', end: '2025-09-28' },
    ]);
  });

  it('leaves English, accents and all, as it is', () => {
    const folded = foldForMatching('Café résumé: Warm-up Oct 28 - Nov 10');
    expect(folded.text).toBe('Café résumé: Warm-up Oct 28 - Nov 10');
    expect(
      parseAnnouncement(
        'Preparation: Aug 17 - Aug 24. Warm-up: Aug 25 - Aug 31. Burst: Sep 1 - Sep 28',
        {
          year: 2025,
        },
      ).phases.map((p) => [p.id, p.label, p.start, p.end]),
    ).toEqual([
      ['momentum', 'Preparation', '2025-08-17', '2025-08-24'],
      ['warmup', 'Warm-up', '2025-08-25', '2025-08-31'],
      ['burst', 'Burst', '2025-09-01', '2025-09-28'],
    ]);
  });

  it.each([
    ['造势期 10月1日起至10月27日止', '2026-10-01', '2026-10-27'],
    ['造勢期 10月1日起到10月27日截止', '2026-10-01', '2026-10-27'],
    ['造勢期:10月1日至27日', '2026-10-01', '2026-10-27'],
  ])('reads the date words 起 / 至 / 到 / 止 / 截止 in %s', (text, start, end) => {
    expect(parseAnnouncement(text, { year: 2026 }).phases.map((p) => [p.start, p.end])).toEqual([
      [start, end],
    ]);
  });
});

describe('registration deadlines', () => {
  it.each([
    ['Simplified', '造势期(10月1日-27日)\n报名截止:10月20日', '报名截止'],
    ['Traditional', '造勢期(10月1日-27日)\n報名截止:10月20日', '報名截止'],
    ['Simplified, date first', '造势期(10月1日-27日)\n10月20日前报名截止', '报名截止'],
    [
      'English',
      'Momentum: Oct 1 - Oct 27\nRegistration closes on October 20',
      'Registration closes',
    ],
    ['English deadline', 'Momentum: Oct 1 - Oct 27\nDeadline: Oct 20, 2026', 'Deadline'],
  ])('finds the deadline in %s', (_lang, text, label) => {
    const parsed = parseAnnouncement(text, { year: 2026 });
    expect(parsed.deadlines).toEqual([{ kind: 'deadline', label, date: '2026-10-20' }]);
    expect(parsed.phases.map((p) => p.id)).toEqual(['momentum']);
  });

  it.each([
    ['报名时间:9月1日-9月20日', '报名时间'],
    ['報名時間:9月1日至9月20日', '報名時間'],
    ['Registration period: Sep 1 - Sep 20', 'Registration period'],
  ])('reads a registration window as opening and closing dates: %s', (text, label) => {
    const parsed = parseAnnouncement(`蓄水期 9月21日-10月19日\n${text}`, { year: 2026 });
    expect(parsed.deadlines).toEqual([
      { kind: 'opens', label, date: '2026-09-01' },
      { kind: 'deadline', label, date: '2026-09-20' },
    ]);
    // The window is not taken for a phase, and no range is left unlabelled.
    expect(parsed.phases).toEqual([
      { id: 'momentum', label: '蓄水期', start: '2026-09-21', end: '2026-10-19' },
    ]);
    expect(parsed.warnings.map((w) => w.code)).not.toContain('unlabelled-ranges');
  });

  it('finds no deadline where registration is only mentioned', () => {
    expect(parseAnnouncement('请尽快完成报名。Register early.', { year: 2026 }).deadlines).toEqual(
      [],
    );
  });
});
