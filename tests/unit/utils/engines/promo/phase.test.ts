import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CAMPAIGN_TEMPLATES,
  DEFAULT_REMINDER_LEAD_DAYS,
} from '../../../../../utils/engines/data/campaigns';
import {
  blackFriday,
  getTemplate,
  resolveCampaign,
  type ResolvedCampaign,
} from '../../../../../utils/engines/promo/campaign';
import {
  editionAt,
  phaseAt,
  reminders,
  upcomingDeadlines,
} from '../../../../../utils/engines/promo/phase';
import {
  addDays,
  endOfLocalDay,
  localDateOf,
  startOfLocalDay,
} from '../../../../../utils/engines/promo/time';

const template = (id: string) => {
  const t = getTemplate(id);
  if (!t) throw new Error(`no template ${id}`);
  return t;
};
const edition = (id: string, year: number) => resolveCampaign(template(id), year);
const at = (iso: string) => new Date(iso);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Local date by an independent route (the en-CA locale writes YYYY-MM-DD). */
const oracleDate = (instant: Date, timeZone: string) =>
  instant.toLocaleDateString('en-CA', { timeZone });

describe('local days in a time zone', () => {
  it('starts a Pacific day at 07:00Z in summer and 08:00Z in winter', () => {
    expect(startOfLocalDay('2026-07-01', 'America/Los_Angeles').toISOString()).toBe(
      '2026-07-01T07:00:00.000Z',
    );
    expect(startOfLocalDay('2026-12-01', 'America/Los_Angeles').toISOString()).toBe(
      '2026-12-01T08:00:00.000Z',
    );
  });

  it('starts the US DST change days at their own midnight offset', () => {
    // 2026-03-08: clocks jump at 02:00 PST; midnight is still PST (-8).
    expect(startOfLocalDay('2026-03-08', 'America/Los_Angeles').toISOString()).toBe(
      '2026-03-08T08:00:00.000Z',
    );
    // That day is 23 hours long.
    expect(
      endOfLocalDay('2026-03-08', 'America/Los_Angeles').getTime() -
        startOfLocalDay('2026-03-08', 'America/Los_Angeles').getTime(),
    ).toBe(23 * HOUR);
    // 2026-11-01: clocks fall back at 02:00 PDT; that day is 25 hours long.
    expect(startOfLocalDay('2026-11-01', 'America/Los_Angeles').toISOString()).toBe(
      '2026-11-01T07:00:00.000Z',
    );
    expect(
      endOfLocalDay('2026-11-01', 'America/Los_Angeles').getTime() -
        startOfLocalDay('2026-11-01', 'America/Los_Angeles').getTime(),
    ).toBe(25 * HOUR);
  });

  it('starts a China day at 16:00Z the day before, all year', () => {
    expect(startOfLocalDay('2026-11-11', 'Asia/Shanghai').toISOString()).toBe(
      '2026-11-10T16:00:00.000Z',
    );
    expect(startOfLocalDay('2026-06-18', 'Asia/Shanghai').toISOString()).toBe(
      '2026-06-17T16:00:00.000Z',
    );
  });

  it('agrees with toLocaleDateString on any instant (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2020-01-01'), max: new Date('2035-12-31'), noInvalidDate: true }),
        fc.constantFrom('America/Los_Angeles', 'Asia/Shanghai', 'Europe/Berlin', 'UTC'),
        (instant, tz) => {
          const day = localDateOf(instant, tz);
          expect(day).toBe(oracleDate(instant, tz));
          const start = startOfLocalDay(day, tz);
          expect(start.getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(endOfLocalDay(day, tz).getTime()).toBeGreaterThan(instant.getTime());
          expect(oracleDate(new Date(start.getTime() - 1), tz)).toBe(addDays(day, -1));
        },
      ),
    );
  });
});

describe('phaseAt', () => {
  it('is still warm-up in California when it is already 11.11 in China', () => {
    const c = edition('aliexpress-1111', 2026);
    // 2026-11-11 00:30 in Beijing = 2026-11-10 08:30 in Los Angeles.
    const r = phaseAt(c, at('2026-11-11T00:30:00+08:00'));
    expect(r.localDate).toBe('2026-11-10');
    expect(r.phase).toBe('warmup');
    expect(r.next).toEqual({ phase: 'burst', start: at('2026-11-11T08:00:00.000Z') });
    // Taobao counts in China Standard Time: the same instant is its burst already.
    const tb = phaseAt(edition('taobao-1111', 2026), at('2026-11-11T00:30:00+08:00'));
    expect(tb.localDate).toBe('2026-11-11');
    expect(tb.phase).toBe('burst');
  });

  it('switches AliExpress 11.11 to burst at midnight Pacific (PST after the DST change)', () => {
    const c = edition('aliexpress-1111', 2026);
    expect(phaseAt(c, at('2026-11-11T07:59:59.999Z')).phase).toBe('warmup');
    const r = phaseAt(c, at('2026-11-11T08:00:00.000Z'));
    expect(r.phase).toBe('burst');
    expect(r.phaseStart?.toISOString()).toBe('2026-11-11T08:00:00.000Z');
    expect(r.phaseEnd?.toISOString()).toBe('2026-11-13T08:00:00.000Z');
    expect(r.next).toEqual({ phase: 'review', start: at('2026-11-13T08:00:00.000Z') });
  });

  it('gives warm-up across the November DST change its extra hour', () => {
    const r = phaseAt(edition('aliexpress-1111', 2026), at('2026-11-01T09:30:00Z'));
    expect(r.phase).toBe('warmup');
    expect(r.phaseStart?.toISOString()).toBe('2026-10-28T07:00:00.000Z'); // PDT
    expect(r.phaseEnd?.toISOString()).toBe('2026-11-11T08:00:00.000Z'); // PST
    expect(r.phaseEnd!.getTime() - r.phaseStart!.getTime()).toBe(14 * DAY + HOUR);
  });

  it('gives the 3.28 momentum phase across the March DST change one hour less', () => {
    const r = phaseAt(edition('aliexpress-328', 2026), at('2026-03-08T10:00:00Z'));
    expect(r.phase).toBe('momentum');
    expect(r.phaseStart?.toISOString()).toBe('2026-03-01T08:00:00.000Z'); // PST
    expect(r.phaseEnd?.toISOString()).toBe('2026-03-18T07:00:00.000Z'); // PDT
    expect(r.phaseEnd!.getTime() - r.phaseStart!.getTime()).toBe(17 * DAY - HOUR);
  });

  it('reads Alibaba.com September in China Standard Time', () => {
    const c = edition('alibaba-september', 2026);
    expect(phaseAt(c, at('2026-09-01T15:59:59.999Z')).phase).toBe('warmup');
    expect(phaseAt(c, at('2026-09-01T16:00:00.000Z')).phase).toBe('burst');
    expect(phaseAt(c, at('2026-08-18T15:59:59.999Z'))).toMatchObject({
      phase: null,
      next: { phase: 'momentum', start: at('2026-08-18T16:00:00.000Z') },
    });
  });

  it('is null after the last phase, with the campaign end as the last boundary', () => {
    const c = edition('aliexpress-1111', 2026);
    const inReview = phaseAt(c, at('2026-11-20T12:00:00Z'));
    expect(inReview.phase).toBe('review');
    expect(inReview.next).toEqual({ phase: null, start: at('2026-11-21T08:00:00.000Z') });
    expect(phaseAt(c, at('2026-11-21T08:00:00.000Z'))).toMatchObject({ phase: null, next: null });
  });

  const editions: ResolvedCampaign[] = CAMPAIGN_TEMPLATES.flatMap((t) =>
    [2025, 2026, 2027, 2028].map((y) => resolveCampaign(t, y)),
  );

  it.each(editions.map((c) => [`${c.id} ${c.year}`, c] as const))(
    'is right on both sides of every phase boundary of %s',
    (_name, c) => {
      expect(c.phases.map((p) => p.id)).toEqual(['momentum', 'warmup', 'burst', 'review']);
      c.phases.forEach((p, k) => {
        const start = startOfLocalDay(p.start, c.timeZone);
        const end = endOfLocalDay(p.end, c.timeZone);
        // The boundary is local midnight in the campaign's own zone.
        expect(oracleDate(start, c.timeZone)).toBe(p.start);
        expect(oracleDate(new Date(start.getTime() - 1), c.timeZone)).toBe(addDays(p.start, -1));
        expect(phaseAt(c, start).phase).toBe(p.id);
        expect(phaseAt(c, new Date(start.getTime() - 1)).phase).toBe(c.phases[k - 1]?.id ?? null);
        expect(phaseAt(c, new Date(end.getTime() - 1)).phase).toBe(p.id);
        expect(phaseAt(c, end).phase).toBe(c.phases[k + 1]?.id ?? null);
        expect(phaseAt(c, new Date(start.getTime() - 1)).next).toEqual({ phase: p.id, start });
      });
    },
  );

  it('keeps its answer consistent with the phase dates at any instant (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...editions),
        fc.integer({ min: -60, max: 200 }),
        fc.integer({ min: 0, max: DAY - 1 }),
        (c, dayOffset, ms) => {
          const instant = new Date(
            startOfLocalDay(c.phases[0]!.start, 'UTC').getTime() + dayOffset * DAY + ms,
          );
          const r = phaseAt(c, instant);
          const today = oracleDate(instant, c.timeZone);
          const containing = c.phases.filter((p) => p.start <= today && today <= p.end);
          expect(r.phase).toBe(containing.at(-1)?.id ?? null);
          if (r.phase) {
            expect(r.phaseStart!.getTime()).toBeLessThanOrEqual(instant.getTime());
            expect(r.phaseEnd!.getTime()).toBeGreaterThan(instant.getTime());
          }
          if (r.next) expect(r.next.start.getTime()).toBeGreaterThan(instant.getTime());
        },
      ),
    );
  });
});

describe('resolveCampaign', () => {
  it('uses the playbook dates of AliExpress 11.11 as sourced for 2020 and estimates for other years', () => {
    const c2020 = edition('aliexpress-1111', 2020);
    expect(c2020.phases.map((p) => [p.id, p.start, p.end, p.estimate])).toEqual([
      ['momentum', '2020-10-01', '2020-10-27', false],
      ['warmup', '2020-10-28', '2020-11-10', false],
      ['burst', '2020-11-11', '2020-11-12', false],
      ['review', '2020-11-13', '2020-11-20', false],
    ]);
    const c2026 = edition('aliexpress-1111', 2026);
    expect(c2026.phases.every((p) => p.estimate && p.basis === 'playbook')).toBe(true);
    expect(c2026.estimate).toBe(true);
  });

  it('puts Black Friday on the day after the fourth Thursday of November', () => {
    expect([2024, 2025, 2026, 2027, 2028].map(blackFriday)).toEqual([
      '2024-11-29',
      '2025-11-28',
      '2026-11-27',
      '2027-11-26',
      '2028-11-24',
    ]);
    const c = edition('aliexpress-black-friday', 2026);
    expect(c.phases.find((p) => p.id === 'burst')).toMatchObject({
      start: '2026-11-27',
      end: '2026-11-30',
    });
    expect(c.deadlines.map((d) => [d.id, d.date])).toEqual([
      ['platform-campaigns', '2026-10-21'],
      ['store-discounts', '2026-10-30'],
    ]);
  });

  it('anchors the Spring Festival event on the Chinese New Year', () => {
    const c = edition('aliexpress-spring-festival', 2027);
    expect(c.phases.find((p) => p.id === 'burst')).toMatchObject({
      start: '2027-01-30',
      end: '2027-02-13',
    });
    expect(c.phases[0]).toMatchObject({ id: 'momentum', start: '2027-01-02' });
  });

  it('applies the seller’s dates and marks them confirmed', () => {
    const c = resolveCampaign(template('aliexpress-1111'), 2026, {
      phases: { warmup: { start: '2026-10-25', end: '2026-11-10' } },
      deadlines: { register: '2026-10-20' },
    });
    expect(c.phases.find((p) => p.id === 'warmup')).toMatchObject({
      start: '2026-10-25',
      basis: 'seller',
      estimate: false,
    });
    expect(c.deadlines[0]).toMatchObject({ id: 'register', date: '2026-10-20', basis: 'seller' });
    // The edited warm-up now overlaps momentum (Oct 25-27): warned, and the later phase counts.
    expect(c.warnings).toHaveLength(1);
    expect(c.warnings[0]!.en).toContain('overlap by 3 day(s)');
    expect(phaseAt(c, at('2026-10-26T12:00:00Z')).phase).toBe('warmup');
  });

  it('drops a phase the seller set to null and leaves a gap in the boundaries', () => {
    const c = resolveCampaign(template('aliexpress-1111'), 2026, { phases: { burst: null } });
    expect(c.phases.map((p) => p.id)).toEqual(['momentum', 'warmup', 'review']);
    const r = phaseAt(c, at('2026-11-11T12:00:00Z'));
    expect(r.phase).toBeNull();
    expect(r.next).toEqual({ phase: 'review', start: at('2026-11-13T08:00:00.000Z') });
    const inWarmup = phaseAt(c, at('2026-11-10T12:00:00Z'));
    expect(inWarmup.next).toEqual({ phase: null, start: at('2026-11-11T08:00:00.000Z') });
  });

  it('ignores malformed or reversed edits with a warning instead of throwing', () => {
    const bad = resolveCampaign(template('taobao-1212'), 2026, {
      phases: { burst: { start: 'x' } },
    });
    expect(bad.warnings).toHaveLength(1);
    expect(bad.phases.find((p) => p.id === 'burst')).toMatchObject({ start: '2026-12-10' });
    const reversed = resolveCampaign(template('taobao-1212'), 2026, {
      phases: { burst: { start: '2026-12-12', end: '2026-12-10' } },
    });
    expect(reversed.warnings[0]!.en).toContain('before the start');
    expect(reversed.phases.find((p) => p.id === 'burst')).toMatchObject({ basis: 'derived' });
  });

  it('uses the platform time zones of docs/ADVICE.md#promo-phases', () => {
    for (const t of CAMPAIGN_TEMPLATES) {
      expect(t.timeZone).toBe(
        t.platform === 'aliexpress' ? 'America/Los_Angeles' : 'Asia/Shanghai',
      );
    }
  });
});

describe('editionAt', () => {
  it('picks the running edition, else the next one', () => {
    const wc = template('aliexpress-winter-clearance');
    // Winter clearance 2027 starts 2026-12-20 (Pacific).
    expect(editionAt(wc, at('2026-12-22T12:00:00Z')).year).toBe(2027);
    const t = template('aliexpress-1111');
    expect(editionAt(t, at('2026-11-15T12:00:00Z')).year).toBe(2026);
    expect(editionAt(t, at('2026-12-15T12:00:00Z')).year).toBe(2027);
  });

  it('applies the overrides stored for the chosen year', () => {
    const c = editionAt(template('aliexpress-1111'), at('2026-10-05T12:00:00Z'), {
      2026: { phases: { momentum: { start: '2026-09-25', end: '2026-10-27' } } },
    });
    expect(c.phases[0]).toMatchObject({ start: '2026-09-25', basis: 'seller' });
  });
});

describe('upcomingDeadlines', () => {
  const bf = edition('aliexpress-black-friday', 2026);
  const ae = edition('aliexpress-1111', 2026);

  it('lists deadlines within the horizon, soonest first, with days left', () => {
    const list = upcomingDeadlines([ae, bf], at('2026-10-18T20:00:00Z'), 10);
    expect(list.map((d) => [d.campaignId, d.deadlineId, d.date, d.daysLeft])).toEqual([
      ['aliexpress-black-friday', 'platform-campaigns', '2026-10-21', 3],
      ['aliexpress-1111', 'register', '2026-10-27', 9],
    ]);
    expect(list[0]!.due.toISOString()).toBe('2026-10-22T07:00:00.000Z');
  });

  it('keeps a deadline until the end of its day in the campaign zone', () => {
    expect(upcomingDeadlines([bf], at('2026-10-22T06:59:59Z'), 0).map((d) => d.daysLeft)).toEqual([
      0,
    ]);
    expect(upcomingDeadlines([bf], at('2026-10-22T07:00:00Z'), 0)).toEqual([]);
  });
});

describe('reminders', () => {
  it('reminds at each phase start and the default lead before each deadline', () => {
    expect(DEFAULT_REMINDER_LEAD_DAYS).toBe(3);
    const list = reminders(edition('aliexpress-black-friday', 2026));
    expect(list.map((r) => [r.id, r.at.toISOString()])).toEqual([
      ['aliexpress-black-friday:2026:deadline:platform-campaigns', '2026-10-18T07:00:00.000Z'],
      ['aliexpress-black-friday:2026:deadline:store-discounts', '2026-10-27T07:00:00.000Z'],
      ['aliexpress-black-friday:2026:phase:momentum', '2026-11-13T08:00:00.000Z'],
      ['aliexpress-black-friday:2026:phase:warmup', '2026-11-20T08:00:00.000Z'],
      ['aliexpress-black-friday:2026:phase:burst', '2026-11-27T08:00:00.000Z'],
      ['aliexpress-black-friday:2026:phase:review', '2026-12-01T08:00:00.000Z'],
    ]);
  });

  it('takes the lead time as a parameter and drops past moments', () => {
    const list = reminders(edition('alibaba-september', 2026), {
      leadDays: 7,
      after: at('2026-08-20T00:00:00Z'),
    });
    expect(list.map((r) => [r.id, r.at.toISOString()])).toEqual([
      ['alibaba-september:2026:phase:warmup', '2026-08-25T16:00:00.000Z'],
      ['alibaba-september:2026:phase:burst', '2026-09-01T16:00:00.000Z'],
      ['alibaba-september:2026:phase:review', '2026-09-30T16:00:00.000Z'],
    ]);
  });
});
