import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { parseAnnouncement } from '../../utils/engines/promo/announcement';
import { extractArticle } from '../../utils/engines/promo/extract';
import { parseHtml } from './read';

export const IMPORT_USAGE = 'cli import <article.html|article.txt> [--year N]';

/** Text and title of a saved article: .html goes through extractArticle, anything else is plain text. */
export async function readArticle(file: string): Promise<{ text: string; title?: string }> {
  const raw = await readFile(file, 'utf8');
  const ext = extname(file).toLowerCase();
  if (ext !== '.html' && ext !== '.htm') return { text: raw };
  return parseHtml(raw, new URL('https://example.invalid/article'), (doc) => {
    const article = extractArticle(doc);
    return { text: article.text, title: article.title };
  });
}

/** `import <file> [--year N]`: the phases and dates an announcement gives. */
export async function importCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { year: { type: 'string' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error(`usage: ${IMPORT_USAGE}`);
    return 2;
  }
  let year: number | undefined;
  if (values.year !== undefined) {
    year = Number(values.year);
    if (!Number.isInteger(year) || year < 1970 || year > 2200) {
      console.error(`--year is not a year: ${values.year}`);
      return 2;
    }
  }
  const { text, title } = await readArticle(file);
  const parsed = parseAnnouncement(text, {
    ...(year !== undefined ? { year } : {}),
    ...(title ? { title } : {}),
    fallbackYear: new Date().getUTCFullYear(),
  });
  console.log(JSON.stringify(parsed, null, 2));
  return 0;
}
