import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { TITLE_LIMITS } from '../../utils/engines/data/titleLimits';
import { analyseTitle, type TitleAnalysis } from '../../utils/engines/titles/analyse';
import { parseKeywordFile } from '../../utils/engines/titles/keywordFile';
import { readCapture } from '../../utils/sites/index';
import { siteSchema, type TitleWordRow } from '../../utils/types';
import { toCapture } from './read';

// cli title --site <site> --title "<title>" --keywords <file.json|file.csv> [--limit N]
//   [--title-words <getTitleWords.json>]
// The title engine of the side panel (docs/ADVICE.md, titles) on a keyword
// file, and on Taobao's title-word report (a recorded response) when given.

export const TITLE_USAGE =
  'cli title --site <aliexpress|taobao|alibaba> --title "<title>" --keywords <file.json|file.csv> [--limit N] [--title-words <getTitleWords.json>]';

/** Where a recorded title-word report is read as if captured. */
const TITLE_WORDS_PAGE = 'https://sycm.taobao.com/cc/item_archives?activeKey=title';

export type TitleCliOutput = Pick<
  TitleAnalysis,
  | 'length'
  | 'limit'
  | 'unit'
  | 'duplicates'
  | 'suggestion'
  | 'changes'
  | 'suggestionLength'
  | 'attributes'
  | 'score'
  | 'hint'
  | 'opportunity'
  | 'confidence'
  | 'decisions'
> & {
  site: TitleAnalysis['site'];
  title: string;
  add: { word: string; exposure: number }[];
  drop: { word: string; reason: TitleAnalysis['drop'][number]['reason'] }[];
  warnings: string[];
  /** Per-word search traffic of the title-word report; null: the word brought none. */
  titleWords?: { word: string; searchVisitors: number | null; payRate: number | null }[];
};

export class UsageError extends Error {}

/** Parses the arguments, reads the keyword file and runs the engine. */
export async function runTitle(argv: string[]): Promise<TitleCliOutput> {
  const { values } = parseArgs({
    args: argv,
    options: {
      site: { type: 'string' },
      title: { type: 'string' },
      keywords: { type: 'string' },
      limit: { type: 'string' },
      'title-words': { type: 'string' },
    },
  });
  const site = siteSchema.safeParse(values.site);
  if (!site.success || values.title === undefined || !values.keywords) {
    throw new UsageError(TITLE_USAGE);
  }
  let limit: { limit: number; unit: 'chars' | 'bytes' } | undefined;
  if (values.limit !== undefined) {
    const n = Number(values.limit);
    if (!Number.isInteger(n) || n <= 0) throw new UsageError(`--limit must be a positive integer`);
    limit = { limit: n, unit: TITLE_LIMITS[site.data].unit };
  }
  const ext = extname(values.keywords).toLowerCase();
  if (ext !== '.json' && ext !== '.csv') {
    throw new UsageError(`keywords file must be .json or .csv, not "${ext || values.keywords}"`);
  }
  const file = parseKeywordFile(
    await readFile(values.keywords, 'utf8'),
    ext === '.json' ? 'json' : 'csv',
  );
  const titleWords = values['title-words']
    ? await readTitleWords(values['title-words'])
    : undefined;
  const a = analyseTitle(site.data, values.title, file.rows, {
    ...(limit ? { limit } : {}),
    ...(titleWords ? { titleWords } : {}),
  });
  return {
    site: a.site,
    title: a.title,
    length: a.length,
    limit: a.limit,
    unit: a.unit,
    duplicates: a.duplicates,
    add: a.add.map(({ word, exposure }) => ({ word, exposure })),
    drop: a.drop.map(({ word, reason }) => ({ word, reason })),
    suggestion: a.suggestion,
    suggestionLength: a.suggestionLength,
    changes: a.changes,
    attributes: a.attributes,
    score: a.score,
    hint: a.hint,
    opportunity: a.opportunity,
    confidence: a.confidence,
    decisions: a.decisions,
    warnings: file.warnings,
    ...(titleWords
      ? {
          titleWords: titleWords.map((w) => ({
            word: w.word,
            searchVisitors: w.searchVisitors ?? null,
            payRate: w.payRate ?? null,
          })),
        }
      : {}),
  };
}

/** A recorded getTitleWords response ({apiUrl, body}) through the extension's reader. */
async function readTitleWords(path: string): Promise<TitleWordRow[]> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    throw new UsageError(`--title-words must be a JSON file: ${path}`);
  }
  const capture = toCapture(json);
  if (!capture) throw new UsageError(`--title-words is not a recorded response: ${path}`);
  const result = readCapture(capture, new URL(TITLE_WORDS_PAGE), new Date());
  if (result.status !== 'ok' || result.pageKind !== 'titleWords')
    throw new UsageError(
      `--title-words could not be read: ${result.status === 'ok' ? result.pageKind : result.reason}`,
    );
  return result.rows;
}

/** The `title` command: prints the JSON; exit code 2 on bad arguments. */
export async function titleCommand(argv: string[]): Promise<number> {
  try {
    console.log(JSON.stringify(await runTitle(argv), null, 2));
    return 0;
  } catch (e) {
    if (e instanceof UsageError) {
      console.error(e.message);
      return 2;
    }
    throw e;
  }
}
