import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { TITLE_LIMITS } from '../../utils/advice/data/titleLimits';
import { analyseTitle, type TitleAnalysis } from '../../utils/advice/titles/analyse';
import { parseKeywordFile } from '../../utils/advice/titles/keywordFile';
import { siteSchema } from '../../utils/types';

// cli title --site <site> --title "<title>" --keywords <file.json|file.csv> [--limit N]
// The title engine of the side panel (PLAYBOOK §2) on a keyword file.

export const TITLE_USAGE =
  'cli title --site <aliexpress|taobao|alibaba> --title "<title>" --keywords <file.json|file.csv> [--limit N]';

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
> & {
  site: TitleAnalysis['site'];
  title: string;
  add: { word: string; exposure: number }[];
  drop: { word: string; reason: TitleAnalysis['drop'][number]['reason'] }[];
  warnings: string[];
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
  const a = analyseTitle(site.data, values.title, file.rows, { limit });
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
    warnings: file.warnings,
  };
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
