import { redactBody, redactText, redactUrl, type RedactOptions } from './redact';
import { documentMaterial, MAX_TABLES, type SampleMaterial, type TableMaterial } from './material';

// The redacted sample a failed read carries to the read log, for the side
// panel's "Copy a redacted sample" (utils/redact/redact.ts says what redaction
// keeps). The content script gathers the material where the unreadable
// response or table is (utils/redact/material.ts); the background builds the
// sample from it here, before the read is logged, so only the redacted
// sample is ever stored.

/** The longest sample kept with a read-log entry. */
export const MAX_SAMPLE_CHARS = 16_000;

/** What a sample says about the read it comes from. */
export interface SampleOf {
  status: string;
  site?: string;
  pageKind?: string;
}

// Tighter and tighter until the sample fits.
const STEPS: RedactOptions[] = [
  { maxItems: 3, maxDepth: 24 },
  { maxItems: 1, maxDepth: 24 },
  { maxItems: 1, maxDepth: 10 },
  { maxItems: 1, maxDepth: 5 },
];

function fit(build: (options: RedactOptions) => Record<string, unknown>): string {
  let text = '';
  for (const options of STEPS) {
    text = JSON.stringify(build(options), null, 2);
    if (text.length <= MAX_SAMPLE_CHARS) return text;
  }
  const cut = '\n<cut: longer than the sample limit>';
  return text.slice(0, MAX_SAMPLE_CHARS - cut.length) + cut;
}

/** The read a sample comes from and the page it was on; the CLI may know neither. */
function head(of: SampleOf | undefined, pageUrl: string | undefined): Record<string, unknown> {
  return {
    storewise: 'redacted sample',
    ...(of ? { status: of.status } : {}),
    ...(of?.site ? { site: of.site } : {}),
    ...(of?.pageKind ? { pageKind: of.pageKind } : {}),
    ...(pageUrl ? { page: redactUrl(pageUrl) } : {}),
  };
}

/** The sample of a captured API response: the request URL and the body, redacted. */
export function captureSample(
  record: { apiUrl: string; body: unknown },
  of?: SampleOf,
  pageUrl?: string,
): string {
  return fit((options) => ({
    ...head(of, pageUrl),
    ...(record.apiUrl ? { request: redactUrl(record.apiUrl, options) } : {}),
    body:
      typeof record.body === 'string'
        ? redactBody(record.body, options)
        : redactBody(JSON.stringify(record.body) ?? '', options),
  }));
}

/**
 * The sample of a rendered page: each table's header labels as they read
 * (console labels, not seller data) and its first rows with every cell
 * redacted (utils/redact/material.ts says which rows and labels).
 */
export function pageSample(
  material: { tables: readonly TableMaterial[]; moreTables: boolean },
  of?: SampleOf,
  pageUrl?: string,
): string {
  return fit(({ maxItems = 3 }) => ({
    ...head(of, pageUrl),
    tables: material.tables.slice(0, MAX_TABLES).map((table) => {
      const rows: unknown[] = table.rows
        .slice(0, maxItems)
        .map((cells) => cells.map((text) => redactText(text)));
      if (table.rows.length > maxItems || table.more) rows.push('<more rows>');
      return { headers: table.headers, rows };
    }),
    ...(material.moreTables ? { moreTables: true } : {}),
  }));
}

/** The sample of the tables of `doc` (the CLI and tests; the content script sends the material). */
export function documentSample(doc: Document, of?: SampleOf, pageUrl?: string): string {
  return pageSample(documentMaterial(doc), of, pageUrl);
}

/** The sample of what a content script gathered for a failed read. */
export function sampleOf(material: SampleMaterial, of?: SampleOf, pageUrl?: string): string {
  return material.from === 'capture'
    ? captureSample(material, of, pageUrl)
    : pageSample(material, of, pageUrl);
}
