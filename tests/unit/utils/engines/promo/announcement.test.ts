import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import fc from 'fast-check';
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import {
  announcementToOverride,
  parseAnnouncement,
} from '../../../../../utils/engines/promo/announcement';
import { getTemplate, resolveCampaign } from '../../../../../utils/engines/promo/campaign';
import { extractArticle } from '../../../../../utils/engines/promo/extract';
import { isLocalDate } from '../../../../../utils/engines/promo/time';

const fixture = (name: string) =>
  readFileSync(resolve(import.meta.dirname, '../../../../fixtures/announcements', name), 'utf8');

const phasesOf = (text: string, year = 2026) =>
  parseAnnouncement(text, { year }).phases.map((p) => [p.id, p.start, p.end]);

describe('parseAnnouncement: date formats', () => {
  it.each([
    ['造势期(10月1日-27日)', 'momentum', '2026-10-01', '2026-10-27'],
    ['预热期(10月28日-10日)', 'warmup', '2026-10-28', '2026-11-10'],
    ['正式期(11.11日-12日)', 'burst', '2026-11-11', '2026-11-12'],
    ['总结复盘期(11月13日-20日)', 'review', '2026-11-13', '2026-11-20'],
    ['总结复盘 ( 11月13-20日)', 'review', '2026-11-13', '2026-11-20'],
    ['准备期 8.19-8.25', 'momentum', '2026-08-19', '2026-08-25'],
    ['爆发期:9.2-9.30', 'burst', '2026-09-02', '2026-09-30'],
    ['Warm-up: Oct 28 - Nov 10', 'warmup', '2026-10-28', '2026-11-10'],
    ['Warm-up phase: October 28th to November 10th', 'warmup', '2026-10-28', '2026-11-10'],
    ['Launch: Nov. 11 – Nov. 12', 'burst', '2026-11-11', '2026-11-12'],
    ['Review: 13th November to 20th November', 'review', '2026-11-13', '2026-11-20'],
    ['蓄水期 10月20日至10月31日', 'momentum', '2026-10-20', '2026-10-31'],
    ['备战期:9月20日~10月19日', 'momentum', '2026-09-20', '2026-10-19'],
    ['返场 11月12号-18号', 'review', '2026-11-12', '2026-11-18'],
    ['Preparation 8/19-8/25', 'momentum', '2026-08-19', '2026-08-25'],
    ['Official sale period: Nov 11 - 12', 'burst', '2026-11-11', '2026-11-12'],
    ['Return: Nov 13 until Nov 20', 'review', '2026-11-13', '2026-11-20'],
    ['预热 10月28日 00:00 - 11月10日 23:59', 'warmup', '2026-10-28', '2026-11-10'],
    // Full-width digits and punctuation, as Chinese announcements often write them.
    ['预热期（１０月２８日－１１月１０日）', 'warmup', '2026-10-28', '2026-11-10'],
  ])('reads %s', (text, id, start, end) => {
    expect(phasesOf(text)).toEqual([[id, start, end]]);
  });

  it.each([
    ['预热期 2025年10月28日-2025年11月10日', '2025-10-28', '2025-11-10'],
    ['预热期 2025年10月28日-11月10日', '2025-10-28', '2025-11-10'],
    ['warm-up 2025-10-28 to 2025-11-10', '2025-10-28', '2025-11-10'],
    ['预热 2025/10/28-2025/11/10', '2025-10-28', '2025-11-10'],
    ['Warm-up: Oct 28 - Nov 10, 2025', '2025-10-28', '2025-11-10'],
    ['Warm-up: October 28th, 2025 to November 10th, 2025', '2025-10-28', '2025-11-10'],
    // A range across the new year: the start is in the year before the written end year.
    ['造势期 2025年12月20日-2026年1月5日', '2025-12-20', '2026-01-05'],
    ['造势期 Dec 20 - Jan 5, 2026', '2025-12-20', '2026-01-05'],
  ])('takes the year written in %s over the year option', (text, start, end) => {
    expect(parseAnnouncement(text, { year: 2030 }).phases.map((p) => [p.start, p.end])).toEqual([
      [start, end],
    ]);
  });

  it('rolls a later phase in an earlier month into the next year', () => {
    expect(phasesOf('造势期 12月1日-25日,预热期 12月26日-1月5日,爆发期 1月6日-10日', 2026)).toEqual(
      [
        ['momentum', '2026-12-01', '2026-12-25'],
        ['warmup', '2026-12-26', '2027-01-05'],
        ['burst', '2027-01-06', '2027-01-10'],
      ],
    );
  });

  it('pairs an English name written after its dates', () => {
    expect(phasesOf('Oct 1 - Oct 27 momentum; Oct 28 - Nov 10 warm-up')).toEqual([
      ['momentum', '2026-10-01', '2026-10-27'],
      ['warmup', '2026-10-28', '2026-11-10'],
    ]);
  });

  it('does not read words that merely contain a phase name, or "to" inside a word', () => {
    expect(phasesOf('Reviewed items Oct 1 - Oct 27')).toEqual([]);
    expect(phasesOf('Warm-up Oct 28 today')).toEqual([]);
  });

  it('rejects impossible dates with a warning', () => {
    const r = parseAnnouncement('预热期 2月30日-3月2日', { year: 2026 });
    expect(r.phases).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('invalid-date');
  });

  it('warns about missing phases, conflicts and a missing year', () => {
    const r = parseAnnouncement('预热期(10月28日-10日) 正式期(11.11日-12日) 预热期 10月27日-10日');
    expect(r.year).toBeNull();
    expect(r.phases).toEqual([]);
    expect(r.warnings.map((w) => w.code)).toContain('no-year');

    const r2 = parseAnnouncement(
      '预热期(10月28日-10日) 正式期(11.11日-12日) 预热期 10月27日-10日',
      {
        fallbackYear: 2026,
      },
    );
    expect(r2.phases.map((p) => p.id)).toEqual(['warmup', 'burst']);
    const codes = r2.warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining(['year-assumed', 'conflicting-dates', 'missing-phase']),
    );
    expect(r2.warnings.filter((w) => w.code === 'missing-phase')).toHaveLength(2);
  });

  it('never throws on arbitrary text and only returns real, ordered dates (property)', () => {
    const token = fc.constantFrom(
      '10',
      '28',
      '2026',
      '1',
      '31',
      '12',
      '.',
      '/',
      '-',
      '~',
      ' ',
      '月',
      '日',
      '号',
      '年',
      '至',
      'to',
      'Oct',
      'November',
      'th',
      '预热',
      '造势期',
      '正式',
      '复盘',
      'warm-up',
      'review',
      '(',
      ')',
      '\n',
      ':',
      '00:00',
      '期',
      '１',
      '－',
    );
    const text = fc.oneof(
      // Any code point, lone surrogates included (unit: 'binary' is slow to build).
      fc.string({
        unit: fc.integer({ min: 0, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
        maxLength: 200,
      }),
      fc.array(token, { maxLength: 60 }).map((t) => t.join('')),
    );
    fc.assert(
      fc.property(
        text,
        fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: undefined }),
        (t, year) => {
          const r = parseAnnouncement(t, year === undefined ? {} : { year });
          return (
            typeof r.name === 'string' &&
            r.warnings.every((w) => w.code !== 'internal') &&
            r.phases.every((p) => isLocalDate(p.start) && isLocalDate(p.end) && p.start <= p.end) &&
            new Set(r.phases.map((p) => p.id)).size === r.phases.length
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('returns an empty result for non-string input', () => {
    expect(parseAnnouncement(undefined).phases).toEqual([]);
    expect(parseAnnouncement(42 as unknown as string).phases).toEqual([]);
  });
});

describe('parseAnnouncement: the seed article (2020 AliExpress 11.11)', () => {
  const seed = fixture('aliexpress-1111-2020-seed.txt');

  it('yields the four 11.11 phases with the right dates, the name, the zone and the template', () => {
    const r = parseAnnouncement(seed);
    expect(r.name).toBe('2020速卖通双十一核心运营思路--大促营销攻略');
    expect(r.phases).toEqual([
      { id: 'momentum', label: '造势期', start: '2020-10-01', end: '2020-10-27' },
      { id: 'warmup', label: '预热期', start: '2020-10-28', end: '2020-11-10' },
      { id: 'burst', label: '正式期', start: '2020-11-11', end: '2020-11-12' },
      { id: 'review', label: '总结复盘期', start: '2020-11-13', end: '2020-11-20' },
    ]);
    expect(r.year).toBe(2020);
    expect(r.warnings.map((w) => w.code)).toEqual(['year-from-text']);
    expect(r.timeZone).toBe('America/Los_Angeles');
    expect(r.campaignId).toBe('aliexpress-1111');
  });

  it('places the dates in the year the seller asks for', () => {
    expect(parseAnnouncement(seed, { year: 2026 }).phases.map((p) => [p.start, p.end])).toEqual([
      ['2026-10-01', '2026-10-27'],
      ['2026-10-28', '2026-11-10'],
      ['2026-11-11', '2026-11-12'],
      ['2026-11-13', '2026-11-20'],
    ]);
  });

  it('becomes the seller’s edit of the template edition', () => {
    const parsed = parseAnnouncement(seed, { year: 2026 });
    const c = resolveCampaign(
      getTemplate('aliexpress-1111')!,
      2026,
      announcementToOverride(parsed),
    );
    expect(c.phases.every((p) => p.basis === 'seller' && !p.estimate)).toBe(true);
    expect(c.warnings).toEqual([]);
  });
});

describe('extractArticle', () => {
  const windows: Window[] = [];
  afterAll(async () => {
    for (const w of windows) await w.happyDOM.close();
  });
  const load = (html: string) => {
    const window = new Window({
      url: 'https://www.6180.cn/news/aliexpress-1111.html',
      settings: {
        disableJavaScriptEvaluation: true,
        disableJavaScriptFileLoading: true,
        disableCSSFileLoading: true,
      },
    });
    windows.push(window);
    window.document.write(html);
    return window.document as unknown as Document;
  };

  it('reads the article of a saved page without its navigation, sidebar or footer', () => {
    const doc = load(fixture('aliexpress-1111-2020.html'));
    const before = doc.body.innerHTML;
    const article = extractArticle(doc);
    expect(article.fallback).toBe(false);
    expect(article.title).toBe('2020速卖通双十一核心运营思路--大促营销攻略');
    expect(article.text).toContain('1. 造势期(10月1日-27日)');
    expect(article.text).toContain('3. 正式期(11月11日-12日)');
    expect(article.text).not.toContain('黑五预热 11.20-11.25');
    expect(article.text).not.toContain('粤ICP备');
    expect(article.text.split('\n').length).toBeGreaterThan(20);
    // Readability worked on a clone: the seller's page is untouched.
    expect(doc.body.innerHTML).toBe(before);
  });

  it('feeds the parser the same four phases, with the year from the title', () => {
    const article = extractArticle(load(fixture('aliexpress-1111-2020.html')));
    const r = parseAnnouncement(article.text, { title: article.title });
    expect(r.name).toBe('2020速卖通双十一核心运营思路--大促营销攻略');
    expect(r.phases.map((p) => [p.id, p.start, p.end])).toEqual([
      ['momentum', '2020-10-01', '2020-10-27'],
      ['warmup', '2020-10-28', '2020-11-10'],
      ['burst', '2020-11-11', '2020-11-12'],
      ['review', '2020-11-13', '2020-11-20'],
    ]);
  });

  it('falls back to the body text when there is no article', () => {
    const article = extractArticle(
      load('<html><head><title>x</title></head><body><p>预热期 8.26-9.1</p></body></html>'),
    );
    expect(article.text).toContain('预热期 8.26-9.1');
  });
});
