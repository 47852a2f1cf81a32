// Reads phase names, date ranges and registration deadlines out of a campaign
// announcement or a seller-education article ("import them from
// announcements", docs/ADVICE.md), so the seller can confirm a campaign
// instead of typing its dates. Works on plain text (extractArticle() gives it
// for a page), in Simplified or Traditional Chinese or English: matching runs
// on a folded copy (utils/engines/promo/traditional.ts), labels quote the original.
// Pure and total: any string yields a result, never an exception.

import {
  AE_TIME_ZONE,
  CAMPAIGN_KEYWORDS,
  CHINA_TIME_ZONE,
  DEADLINE_WORDS,
  PHASE_WORDS,
  type CampaignId,
  type DeadlineKind,
} from '../data/campaigns';
import { foldForMatching, sourceSpan, toSimplified } from './traditional';
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

/** A registration date the article states (报名截止 10月20日, Registration closes Oct 20). */
export interface ParsedDeadline {
  /** `opens` for the first day of a registration window, else `deadline`. */
  kind: DeadlineKind;
  /** The words as the article writes them (報名截止, Registration closes). */
  label: string;
  date: LocalDate;
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
  /** Registration dates, sorted by date. */
  deadlines: ParsedDeadline[];
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

// 起 closes the start (10月1日起至10月27日), 止 / 截止 the end (…10月27日止).
const SEPARATOR =
  /\s*(?:起\s*(?:-|–|—|~|〜|至|到)?|-|–|—|~|〜|至|到|to|through|thru|until|till)\s*/iy;
const END_WORD = /\s*(?:截止|止)/y;

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
    END_WORD.lastIndex = end.end;
    const to = END_WORD.exec(text) ? END_WORD.lastIndex : end.end;
    out.push({ start: start.point, end: end.point, from: i, to });
    i = to;
  }
  return out;
}

// ---------------------------------------------------------------------------
// Phase words

interface PhaseMention {
  phase: PhaseId;
  from: number;
  to: number;
  /** The span of the phase name as written (总结复盘期). */
  labelFrom: number;
  labelTo: number;
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
      const [a, b] = labelAround(text, at, to, english);
      out.push({ phase, from: at, to, labelFrom: a, labelTo: b });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

/** The span of the phase name: the run of Han characters around the word (总结复盘期), or the word plus "phase". */
function labelAround(text: string, from: number, to: number, english: boolean): [number, number] {
  if (english) {
    const tail = /^\s+(phase|period|stage)\b/i.exec(text.slice(to, to + 8));
    return [from, to + (tail ? tail[0].length : 0)];
  }
  let a = from;
  let b = to;
  while (a > 0 && from - a < 4 && HAN.test(text[a - 1] ?? '')) a--;
  while (b < text.length && b - to < 2 && HAN.test(text[b] ?? '') && text[b] !== '(') b++;
  // Keep a trailing 期 / 段 but not the start of the next sentence.
  const cut = text.slice(a, b).search(/[期段](?!$)/u);
  return [a, cut === -1 ? b : a + cut + 1];
}

/** How far before / after a date range a phase name may sit. */
const LOOK_BACK = 30;
const LOOK_AHEAD = 20;

// ---------------------------------------------------------------------------
// Registration deadlines

interface DeadlineMention {
  /** `window` words (报名时间) give a range: its first day opens, its last closes. */
  kind: 'deadline' | 'opens' | 'window';
  from: number;
  to: number;
  /** The date range after the word, when there is one. */
  range?: RawRange;
  /** A single date after (or just before) the word. */
  point?: Point;
}

/** How far from a deadline word its date may sit, on the same line. */
const DEADLINE_LOOK_AHEAD = 24;
const DEADLINE_LOOK_BACK = 16;

function findDeadlineMentions(text: string, ranges: readonly RawRange[]): DeadlineMention[] {
  const lower = text.toLowerCase();
  const words = (['window', 'deadline', 'opens'] as const)
    .flatMap((kind) => DEADLINE_WORDS[kind].map((word) => ({ kind, word })))
    .sort((a, b) => b.word.length - a.word.length);
  const taken = new Uint8Array(text.length);
  const out: DeadlineMention[] = [];
  for (const { kind, word } of words) {
    const english = ASCII_WORD.test(word);
    for (let at = lower.indexOf(word); at !== -1; at = lower.indexOf(word, at + 1)) {
      const to = at + word.length;
      if (taken.subarray(at, to).some((x) => x === 1)) continue;
      if (english && (isLetter(text[at - 1]) || isLetter(text[to]))) continue;
      const lineEnd = text.indexOf('\n', to);
      const ceil = Math.min(to + DEADLINE_LOOK_AHEAD, lineEnd === -1 ? text.length : lineEnd);
      const range = ranges.find((r) => r.from >= to && r.from <= ceil);
      const after = range ? undefined : firstPointIn(text, to, ceil);
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const before =
        range || after
          ? undefined
          : lastPointIn(text, Math.max(lineStart, at - DEADLINE_LOOK_BACK), at);
      if (!range && !after && !before) continue;
      taken.fill(1, at, to);
      out.push({ kind, from: at, to, ...(range ? { range } : {}), point: after ?? before });
    }
  }
  return out.sort((a, b) => a.from - b.from);
}

const canStartPoint = (text: string, i: number) => {
  const c = text[i];
  const prev = text[i - 1];
  return (
    (isDigit(c) && !isDigit(prev) && prev !== '.' && prev !== '/') ||
    (isLetter(c) && !isLetter(prev))
  );
};

function firstPointIn(text: string, from: number, to: number): Point | undefined {
  for (let i = from; i < to; i++) {
    if (!canStartPoint(text, i)) continue;
    const m = matchAt(FULL_POINTS, text, i);
    if (m) return m.point;
  }
  return undefined;
}

function lastPointIn(text: string, from: number, to: number): Point | undefined {
  let found: Point | undefined;
  for (let i = from; i < to; i++) {
    if (!canStartPoint(text, i)) continue;
    const m = matchAt(FULL_POINTS, text, i);
    // Only a date that ends right before the word (10月20日报名截止).
    if (m && /^\s*(?:前|之前)?\s*$/.test(text.slice(m.end, to))) found = m.point;
  }
  return found;
}

function pointDate(p: Point, year: number | undefined): LocalDate | undefined {
  const y = p.year ?? year;
  if (y === undefined || p.month === undefined || !isValidDay(y, p.month, p.day)) return undefined;
  return toLocalDate(y, p.month, p.day);
}

function placeDeadlines(
  mentions: readonly DeadlineMention[],
  year: number | undefined,
  original: (from: number, to: number) => string,
): ParsedDeadline[] {
  const out: ParsedDeadline[] = [];
  const push = (kind: DeadlineKind, label: string, date: LocalDate | undefined) => {
    if (date && !out.some((d) => d.kind === kind && d.date === date))
      out.push({ kind, label, date });
  };
  for (const m of mentions) {
    const label = original(m.from, m.to);
    if (m.range) {
      const dates = place(m.range, year ?? 0);
      if (!dates || (year === undefined && !m.range.start.year && !m.range.end.year)) continue;
      if (m.kind === 'window') push('opens', label, dates.start);
      push('deadline', label, dates.end);
    } else if (m.point) {
      push(m.kind === 'opens' ? 'opens' : 'deadline', label, pointDate(m.point, year));
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

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

/** A line that names the campaign, matched on the folded `lines`, returned as the source writes it. */
function pickName(
  lines: string[],
  sourceLines: string[],
  anchorLine: number,
  title: string | undefined,
): string {
  const t = title?.trim();
  if (t && hasNameWord(toSimplified(t))) return t.slice(0, TITLE_MAX);
  for (let i = anchorLine; i >= 0 && i >= anchorLine - 12; i--) {
    const line = (lines[i] ?? '').trim();
    const shown = (sourceLines[i] ?? '').trim();
    if (line.length >= 4 && shown.length <= TITLE_MAX && hasNameWord(line)) return shown;
  }
  if (t) return t.slice(0, TITLE_MAX);
  const first = sourceLines.find((l) => l.trim().length > 0)?.trim() ?? '';
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
      deadlines: [],
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
  // NFKC folds full-width digits and punctuation (１０月、（、～) to ASCII;
  // folding turns Traditional characters into Simplified and drops inline pinyin.
  const source = raw.normalize('NFKC');
  const folded = foldForMatching(source);
  const text = folded.text;
  const original = (from: number, to: number) => sourceSpan(source, folded, from, to).trim();
  const warnings: AnnouncementWarning[] = [];
  const allRanges = findRanges(text);
  const deadlineMentions = findDeadlineMentions(text, allRanges);
  // A registration window (报名时间 10月1日-10月20日) is not a phase.
  const claimed = new Set(deadlineMentions.flatMap((d) => (d.range ? [d.range] : [])));
  const ranges = allRanges.filter((r) => !claimed.has(r));
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
            `"${original(range.from, range.to)}" is not a valid date range.`,
            `"${original(range.from, range.to)}"不是有效的日期范围。`,
          ),
        );
      continue;
    }
    prevMonth = dates.startMonth;
    const label = original(mention.labelFrom, mention.labelTo);
    const existing = phases.find((p) => p.id === mention.phase);
    if (existing) {
      if (existing.start !== dates.start || existing.end !== dates.end)
        warnings.push(
          w(
            'conflicting-dates',
            `${label} appears twice with different dates (${existing.start}…${existing.end}, ${dates.start}…${dates.end}); kept the first.`,
            `${label}出现两次且日期不同(${existing.start}至${existing.end}、${dates.start}至${dates.end}),保留第一次。`,
          ),
        );
      continue;
    }
    phases.push({ id: mention.phase, label, start: dates.start, end: dates.end });
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

  const deadlines = placeDeadlines(deadlineMentions, base ?? options.fallbackYear, original);
  if (deadlines.length === 0 && deadlineMentions.length > 0 && base === undefined)
    warnings.push(
      w(
        'no-year',
        'The article gives no year; pass one to place the dates.',
        '文章未写年份,请指定年份。',
      ),
    );

  // Folding keeps line breaks, so line k of the folded text is line k of the source.
  const lines = text.split('\n');
  const sourceLines = source.split('\n');
  const firstMention = labelled[0]?.mention.from ?? 0;
  const anchorLine = text.slice(0, firstMention).split('\n').length - 1;
  const name = pickName(lines, sourceLines, anchorLine, options.title);
  const around = (r: number) => text.slice(Math.max(0, firstMention - r), firstMention + r);
  const zoneText = around(500);
  const timeZone = PACIFIC.test(zoneText)
    ? AE_TIME_ZONE
    : CHINA.test(zoneText)
      ? CHINA_TIME_ZONE
      : undefined;
  // The name says which campaign it is; the surrounding text only when the name does not.
  const campaignId = phases.length
    ? (proposeId(toSimplified(`${options.title ?? ''}\n${name}`)) ?? proposeId(around(3000)))
    : undefined;

  return {
    name,
    phases,
    warnings,
    deadlines,
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
