// Reads phase names and date ranges out of a campaign announcement or a
// seller-education article (PLAYBOOK §3: "import them from announcements"),
// so the seller can confirm a campaign instead of typing its dates. Works on
// plain text (extractArticle() gives it for a page). Pure and total: any
// string yields a result, never an exception.

import {
  AE_TIME_ZONE,
  CAMPAIGN_KEYWORDS,
  CHINA_TIME_ZONE,
  PHASE_WORDS,
  type CampaignId,
} from '../data/campaigns';
import { PHASE_IDS, type PhaseId } from '../types';
import type { CampaignOverride } from './campaign';
import { isValidDay, toLocalDate, type LocalDate } from './time';

export interface ParsedPhase {
  id: PhaseId;
  /** The phase name as the article writes it (造势期, Warm-up). */
  label: string;
  start: LocalDate;
  end: LocalDate;
}

export type AnnouncementWarningCode =
  | 'no-phases'
  | 'missing-phase'
  | 'conflicting-dates'
  | 'phase-order'
  | 'invalid-date'
  | 'unlabelled-ranges'
  | 'year-from-text'
  | 'year-assumed'
  | 'no-year'
  | 'internal';

export interface AnnouncementWarning {
  code: AnnouncementWarningCode;
  en: string;
  zh: string;
}

export interface ParsedAnnouncement {
  name: string;
  /** Sorted by start date; one entry per phase id (the first mention wins). */
  phases: ParsedPhase[];
  warnings: AnnouncementWarning[];
  /** The year month-day dates were placed in, or null when none could be chosen. */
  year: number | null;
  /** Zone the article states its times in, when it says (以下时刻为美西时刻 → US Pacific). */
  timeZone?: string;
  /** The template this announcement most likely updates. */
  campaignId?: CampaignId;
}

export interface ParseOptions {
  /** The year to place month-day dates in; wins over a year found in the text. */
  year?: number;
  /** Used when neither `year` nor the text gives one (callers pass the current year). */
  fallbackYear?: number;
  /** The page title (from extractArticle), a better campaign name than any line. */
  title?: string;
}

// ---------------------------------------------------------------------------
// Date grammar

const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_INDEX = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];
const ORDINAL = '(?:st|nd|rd|th)?';
const TIME = String.raw`(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?`;

interface Point {
  year?: number;
  month?: number;
  day: number;
}

interface PointPattern {
  re: RegExp;
  read: (m: RegExpExecArray) => Point;
}

const num = (s: string | undefined): number | undefined =>
  s === undefined ? undefined : Number(s);
const monthOf = (name: string | undefined): number =>
  MONTH_INDEX.indexOf((name ?? '').slice(0, 3).toLowerCase()) + 1;

/** Full dates (a month and a day, maybe a year), most specific first. */
const FULL_POINTS: readonly PointPattern[] = [
  {
    // 2026年10月28日
    re: new RegExp(String.raw`(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日号]?` + TIME, 'y'),
    read: (m) => ({ year: num(m[1]), month: num(m[2]), day: Number(m[3]) }),
  },
  {
    // 2026-10-28, 2026/10/28, 2026.10.28
    re: new RegExp(String.raw`(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?!\d)\s*[日号]?` + TIME, 'y'),
    read: (m) => ({ year: num(m[1]), month: num(m[3]), day: Number(m[4]) }),
  },
  {
    // 10月28日
    re: new RegExp(String.raw`(\d{1,2})\s*月\s*(\d{1,2})(?!\d)\s*[日号]?` + TIME, 'y'),
    read: (m) => ({ month: num(m[1]), day: Number(m[2]) }),
  },
  {
    // 8.19, 11.11日, 9/2
    re: new RegExp(String.raw`(\d{1,2})([./])(\d{1,2})(?![\d./])\s*[日号]?` + TIME, 'y'),
    read: (m) => ({ month: num(m[1]), day: Number(m[3]) }),
  },
  {
    // Oct 28, October 28th, Oct. 28, 2026
    re: new RegExp(
      String.raw`(${MONTH_NAMES})\.?\s*(\d{1,2})${ORDINAL}(?!\d)(?:,?\s*(\d{4})(?!\d))?` + TIME,
      'iy',
    ),
    read: (m) => ({ year: num(m[3]), month: monthOf(m[1]), day: Number(m[2]) }),
  },
  {
    // 28 October, 28th of October 2026
    re: new RegExp(
      String.raw`(\d{1,2})${ORDINAL}\s+(?:of\s+)?(${MONTH_NAMES})(?![a-z])\.?(?:,?\s*(\d{4})(?!\d))?` +
        TIME,
      'iy',
    ),
    read: (m) => ({ year: num(m[3]), month: monthOf(m[2]), day: Number(m[1]) }),
  },
];

/** The end of a range may give only the day: 10月1日-27日, 11月13-20日. */
const DAY_ONLY: PointPattern = {
  re: new RegExp(String.raw`(\d{1,2})\s*(?:日|号|st|nd|rd|th)?(?![\d./:年月])` + TIME, 'iy'),
  read: (m) => ({ day: Number(m[1]) }),
};

const SEPARATOR = /\s*(?:-|–|—|~|〜|至|到|to|through|thru|until|till)\s*/iy;

function matchAt(patterns: readonly PointPattern[], text: string, at: number) {
  for (const p of patterns) {
    p.re.lastIndex = at;
    const m = p.re.exec(text);
    if (m) return { point: p.read(m), end: at + m[0].length };
  }
  return undefined;
}

interface RawRange {
  start: Point;
  end: Point;
  from: number;
  to: number;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined) => c !== undefined && /[a-z]/i.test(c);

/** Every "date SEP date" in the text, left to right, not overlapping. */
function findRanges(text: string): RawRange[] {
  const out: RawRange[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const prev = text[i - 1];
    const canStart =
      (isDigit(c) && !isDigit(prev) && prev !== '.' && prev !== '/') ||
      (isLetter(c) && !isLetter(prev));
    if (!canStart) {
      i++;
      continue;
    }
    const start = matchAt(FULL_POINTS, text, i);
    if (!start) {
      i++;
      continue;
    }
    SEPARATOR.lastIndex = start.end;
    const sep = SEPARATOR.exec(text);
    // 'to' must be a word of its own (not the start of "today").
    if (!sep || (isLetter(sep[0].slice(-1)) && isLetter(text[SEPARATOR.lastIndex]))) {
      i = start.end;
      continue;
    }
    const endAt = SEPARATOR.lastIndex;
    const end = matchAt(FULL_POINTS, text, endAt) ?? matchAt([DAY_ONLY], text, endAt);
    if (!end) {
      i = start.end;
      continue;
    }
    out.push({ start: start.point, end: end.point, from: i, to: end.end });
    i = end.end;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Phase words

interface PhaseMention {
  phase: PhaseId;
  from: number;
  to: number;
  label: string;
}

const HAN = /\p{Script=Han}/u;
const ASCII_WORD = /^[a-z -]+$/;

function findPhaseMentions(text: string): PhaseMention[] {
  const lower = text.toLowerCase();
  const words = PHASE_IDS.flatMap((phase) => PHASE_WORDS[phase].map((w) => ({ phase, w })));
  // Longer words first, so "warm-up" is not read as "warm".
  words.sort((a, b) => b.w.length - a.w.length);
  const taken = new Uint8Array(text.length);
  const out: PhaseMention[] = [];
  for (const { phase, w } of words) {
    const english = ASCII_WORD.test(w);
    for (let at = lower.indexOf(w); at !== -1; at = lower.indexOf(w, at + 1)) {
      const to = at + w.length;
      if (taken.subarray(at, to).some((x) => x === 1)) continue;
      if (english && (isLetter(text[at - 1]) || isLetter(text[to]))) continue;
      taken.fill(1, at, to);
      out.push({ phase, from: at, to, label: labelAround(text, at, to, english) });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The phase name as written: the run of Han characters around the word (总结复盘期), or the word plus "phase". */
function labelAround(text: string, from: number, to: number, english: boolean): string {
  if (english) {
    const tail = /^\s+(phase|period|stage)\b/i.exec(text.slice(to, to + 8));
    return text.slice(from, to + (tail ? tail[0].length : 0)).trim();
  }
  let a = from;
  let b = to;
  while (a > 0 && from - a < 4 && HAN.test(text[a - 1] ?? '')) a--;
  while (b < text.length && b - to < 2 && HAN.test(text[b] ?? '') && text[b] !== '(') b++;
  // Keep a trailing 期 / 段 but not the start of the next sentence.
  const label = text.slice(a, b);
  const cut = label.search(/[期段](?!$)/u);
  return cut === -1 ? label : label.slice(0, cut + 1);
}

/** How far before / after a date range a phase name may sit. */
const LOOK_BACK = 30;
const LOOK_AHEAD = 20;

// ---------------------------------------------------------------------------
// Names, zones, campaigns

const NAME_WORDS = [
  '双十一',
  '双11',
  '11.11',
  '双十二',
  '双12',
  '12.12',
  '黑五',
  '328',
  '周年',
  '大促',
  '采购节',
  '年货节',
  '618',
  'black friday',
  'campaign',
  'festival',
  'sale',
];
const TITLE_MAX = 80;

const PACIFIC = /美西|太平洋时间|pacific|\bpst\b|\bpdt\b/i;
const CHINA = /北京时间|中国标准时间|china standard time|beijing time/i;

function hasNameWord(line: string): boolean {
  const l = line.toLowerCase();
  return NAME_WORDS.some((w) => l.includes(w));
}

function pickName(lines: string[], anchorLine: number, title: string | undefined): string {
  const t = title?.trim();
  if (t && hasNameWord(t)) return t.slice(0, TITLE_MAX);
  for (let i = anchorLine; i >= 0 && i >= anchorLine - 12; i--) {
    const line = (lines[i] ?? '').trim();
    if (line.length >= 4 && line.length <= TITLE_MAX && hasNameWord(line)) return line;
  }
  if (t) return t.slice(0, TITLE_MAX);
  const first = lines.find((l) => l.trim().length > 0)?.trim() ?? '';
  return first.slice(0, TITLE_MAX);
}

function proposeId(text: string): CampaignId | undefined {
  const l = text.toLowerCase();
  return CAMPAIGN_KEYWORDS.find(
    (k) => k.all.every((w) => l.includes(w)) && k.any.some((w) => l.includes(w)),
  )?.id;
}

const w = (code: AnnouncementWarningCode, en: string, zh: string): AnnouncementWarning => ({
  code,
  en,
  zh,
});

// ---------------------------------------------------------------------------

/** Finds the campaign's phases and their dates in `text`. Never throws. */
export function parseAnnouncement(text: unknown, options: ParseOptions = {}): ParsedAnnouncement {
  try {
    return parse(typeof text === 'string' ? text : '', options);
  } catch (e) {
    // A parser bug must not break the import dialog; the seller can still type the dates.
    return {
      name: '',
      phases: [],
      year: null,
      warnings: [
        w(
          'internal',
          `The article could not be read (${e instanceof Error ? e.message : String(e)}).`,
          '无法解析该文章。',
        ),
      ],
    };
  }
}

function parse(raw: string, options: ParseOptions): ParsedAnnouncement {
  // NFKC folds full-width digits and punctuation (１０月、（、～) to ASCII.
  const text = raw.normalize('NFKC');
  const warnings: AnnouncementWarning[] = [];
  const ranges = findRanges(text);
  const mentions = findPhaseMentions(text);
  const used = new Set<PhaseMention>();

  // Pair each range with the nearest unused phase name before it (Chinese
  // headings: 造势期(10月1日-27日)), else just after it (Oct 1 - 27: momentum).
  const labelled: { range: RawRange; mention: PhaseMention }[] = [];
  let unlabelled = 0;
  ranges.forEach((range, k) => {
    const floor = Math.max(range.from - LOOK_BACK, ranges[k - 1]?.to ?? 0);
    const ceil = Math.min(range.to + LOOK_AHEAD, ranges[k + 1]?.from ?? text.length);
    const before = mentions.filter(
      (m) =>
        !used.has(m) &&
        m.from >= floor &&
        m.to <= range.from &&
        !text.slice(m.to, range.from).includes('\n'),
    );
    const after = mentions.filter(
      (m) =>
        !used.has(m) &&
        m.from >= range.to &&
        m.to <= ceil &&
        !text.slice(range.to, m.from).includes('\n'),
    );
    const mention = before[before.length - 1] ?? after[0];
    if (!mention) {
      unlabelled++;
      return;
    }
    used.add(mention);
    labelled.push({ range, mention });
  });

  // The year: the caller's, else one written in a phase date, else the
  // nearest year mentioned before the first phase (2020速卖通双十一…).
  const firstAt = labelled[0]?.range.from ?? 0;
  let base: number | undefined = options.year;
  if (base === undefined) {
    const explicit = labelled.map((l) => l.range.start.year ?? l.range.end.year).find((y) => y);
    if (explicit !== undefined) base = explicit;
  }
  if (base === undefined && labelled.length > 0) {
    const re = /(?<!\d)(20\d{2})(?!\d)/g;
    let found: number | undefined;
    const before = `${options.title ?? ''}\n${text.slice(Math.max(0, firstAt - 2000), firstAt)}`;
    for (const m of before.matchAll(re)) found = Number(m[1]);
    if (found !== undefined) {
      base = found;
      warnings.push(
        w(
          'year-from-text',
          `Dates placed in ${found}, the year the article mentions; confirm.`,
          `日期按文中年份${found}年处理,请确认。`,
        ),
      );
    }
  }
  if (base === undefined && labelled.length > 0 && options.fallbackYear !== undefined) {
    base = options.fallbackYear;
    warnings.push(
      w(
        'year-assumed',
        `The article gives no year; dates placed in ${base}.`,
        `文章未写年份,日期按${base}年处理。`,
      ),
    );
  }
  if (base === undefined && labelled.length > 0) {
    warnings.push(
      w(
        'no-year',
        'The article gives no year; pass one to place the dates.',
        '文章未写年份,请指定年份。',
      ),
    );
  }

  const phases: ParsedPhase[] = [];
  let carry = 0;
  let prevMonth: number | undefined;
  for (const { range, mention } of labelled) {
    const dates =
      base === undefined && !range.start.year && !range.end.year
        ? undefined
        : place(range, (base ?? 0) + carry);
    if (dates && !range.start.year && prevMonth !== undefined && dates.startMonth + 6 < prevMonth) {
      // A later phase in an earlier month runs into the next year (12月20日 … 1月5日).
      carry++;
      const again = place(range, (base ?? 0) + carry);
      if (again) Object.assign(dates, again);
    }
    if (!dates) {
      if (base !== undefined)
        warnings.push(
          w(
            'invalid-date',
            `"${text.slice(range.from, range.to)}" is not a valid date range.`,
            `"${text.slice(range.from, range.to)}"不是有效的日期范围。`,
          ),
        );
      continue;
    }
    prevMonth = dates.startMonth;
    const existing = phases.find((p) => p.id === mention.phase);
    if (existing) {
      if (existing.start !== dates.start || existing.end !== dates.end)
        warnings.push(
          w(
            'conflicting-dates',
            `${mention.label} appears twice with different dates (${existing.start}…${existing.end}, ${dates.start}…${dates.end}); kept the first.`,
            `${mention.label}出现两次且日期不同(${existing.start}至${existing.end}、${dates.start}至${dates.end}),保留第一次。`,
          ),
        );
      continue;
    }
    phases.push({ id: mention.phase, label: mention.label, start: dates.start, end: dates.end });
  }

  phases.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (phases.length === 0) {
    warnings.push(w('no-phases', 'No phase names with dates were found.', '未找到带日期的阶段。'));
  } else {
    for (const id of PHASE_IDS) {
      if (!phases.some((p) => p.id === id))
        warnings.push(
          w('missing-phase', `No dates found for the ${id} phase.`, `未找到${id}阶段的日期。`),
        );
    }
    const order = phases.map((p) => PHASE_IDS.indexOf(p.id));
    if (order.some((v, k) => k > 0 && v < (order[k - 1] ?? 0)))
      warnings.push(
        w(
          'phase-order',
          'The phases are not in the usual order; check the dates.',
          '阶段顺序与常规不同,请核对日期。',
        ),
      );
  }
  if (unlabelled > 0)
    warnings.push(
      w(
        'unlabelled-ranges',
        `${unlabelled} date range(s) had no phase name nearby and were ignored.`,
        `${unlabelled}个日期范围附近没有阶段名称,已忽略。`,
      ),
    );

  const lines = text.split('\n');
  const firstMention = labelled[0]?.mention.from ?? 0;
  const anchorLine = text.slice(0, firstMention).split('\n').length - 1;
  const name = pickName(lines, anchorLine, options.title);
  const around = (r: number) => text.slice(Math.max(0, firstMention - r), firstMention + r);
  const zoneText = around(500);
  const timeZone = PACIFIC.test(zoneText)
    ? AE_TIME_ZONE
    : CHINA.test(zoneText)
      ? CHINA_TIME_ZONE
      : undefined;
  // The name says which campaign it is; the surrounding text only when the name does not.
  const campaignId = phases.length
    ? (proposeId(`${options.title ?? ''}\n${name}`) ?? proposeId(around(3000)))
    : undefined;

  return {
    name,
    phases,
    warnings,
    year: base ?? null,
    ...(timeZone ? { timeZone } : {}),
    ...(campaignId ? { campaignId } : {}),
  };
}

/** Dates of a range given the year for parts that have none; undefined when not a real date. */
function place(
  range: RawRange,
  year: number,
): { start: LocalDate; end: LocalDate; startMonth: number } | undefined {
  const s = range.start;
  const e = range.end;
  const sm = s.month;
  if (sm === undefined) return undefined;
  let em = e.month ?? sm;
  // 10月28日-10日: a day-only end before the start day is in the next month.
  if (e.month === undefined && e.day < s.day) em = sm + 1;
  if (em === 13) em = 1;
  // A range that ends in an earlier month crosses the new year (Dec 20 - Jan 5).
  const crosses = em < sm ? 1 : 0;
  const sy = s.year ?? (e.year !== undefined ? e.year - crosses : year);
  const ey = e.year ?? sy + crosses;
  if (!isValidDay(sy, sm, s.day) || !isValidDay(ey, em, e.day)) return undefined;
  const start = toLocalDate(sy, sm, s.day);
  const end = toLocalDate(ey, em, e.day);
  if (end < start) return undefined;
  return { start, end, startMonth: sm };
}

/**
 * The seller's edit of a template edition that the parsed phases amount to,
 * ready for resolveCampaign(); the UI shows it for confirmation first.
 */
export function announcementToOverride(parsed: ParsedAnnouncement): CampaignOverride {
  const phases: NonNullable<CampaignOverride['phases']> = {};
  for (const p of parsed.phases) phases[p.id] = { start: p.start, end: p.end };
  return { phases };
}
