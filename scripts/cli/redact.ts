import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { captureSample, documentSample } from '../../utils/redact/sample';
import { parseHtml, readFileAsResult, recordedFrom } from './read';

export const REDACT_USAGE = 'cli redact [--url <page URL>] [--api-url <request URL>] <file>';

/**
 * The redacted sample of a saved page or recorded response, as the side
 * panel's "Copy a redacted sample" gives it: keys, structure and console
 * labels, every value replaced by its type and size class. With --url the
 * file is also read, and the sample names the read's status and the page.
 */
export async function redactFile(
  file: string,
  pageUrl?: string,
  apiUrl?: string,
  now: Date = new Date(),
): Promise<string> {
  const recorded = recordedFrom(file, await readFile(file, 'utf8'), apiUrl);
  const of = pageUrl ? await readFileAsResult(file, pageUrl, now, apiUrl) : undefined;
  if (recorded.kind === 'page') {
    const url = new URL(pageUrl ?? 'https://localhost/');
    return parseHtml(recorded.html, url, (doc) => documentSample(doc, of, pageUrl));
  }
  const { record } = recorded;
  const requestUrl =
    record.apiUrl && pageUrl ? new URL(record.apiUrl, pageUrl).href : record.apiUrl;
  return captureSample({ ...record, apiUrl: requestUrl }, of, pageUrl);
}

export async function redactCommand(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { url: { type: 'string' }, 'api-url': { type: 'string' } },
    allowPositionals: true,
  });
  const file = positionals[0];
  if (!file) {
    console.error(`usage: ${REDACT_USAGE}`);
    return 2;
  }
  console.log(await redactFile(file, values.url, values['api-url']));
  return 0;
}
