import { textOf } from '../sites/dom';
import { redactBody, redactText, redactUrl, type RedactOptions } from './redact';

// The redacted sample a failed read carries to the read log, for the side
// panel's "Copy a redacted sample" (utils/redact/redact.ts says what redaction
// keeps). Built in the content script, where the unreadable response or table
// is; validated and size-checked again by the background.

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

const MAX_TABLES = 8;
const MAX_CELLS = 40;
const CELL = 'th, td, [role="columnheader"], [role="gridcell"], [role="cell"]';
const MAX_LABEL_CHARS = 40;

/**
 * The sample of a rendered page: each table's header labels as they read
 * (console labels, not seller data) and its first rows with every cell
 * redacted. Labels come from rows made of header cells only, so a data row
 * (or a row-header cell holding a product name) never passes as a label.
 */
export function documentSample(doc: Document, of?: SampleOf, pageUrl?: string): string {
  const tables = Array.from(
    doc.querySelectorAll('table, [role="table"], [role="grid"], [role="treegrid"]'),
  ).filter((t) => !t.parentElement?.closest('table, [role="table"], [role="grid"]'));
  return fit(({ maxItems = 3 }) => ({
    ...head(of, pageUrl),
    tables: tables.slice(0, MAX_TABLES).map((table) => {
      const headers: string[] = [];
      const rows: unknown[] = [];
      // Stops at the first row past the ones shown: a 1,000-row table costs no more than a small one.
      for (const row of Array.from(table.querySelectorAll('tr, [role="row"]'))) {
        const cells = Array.from(row.querySelectorAll(CELL))
          .filter((c) => c.closest('tr, [role="row"]') === row)
          .slice(0, MAX_CELLS);
        if (cells.length === 0) continue;
        if (cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')) {
          headers.push(...cells.map((c) => textOf(c).slice(0, MAX_LABEL_CHARS)));
          continue;
        }
        if (rows.length === maxItems) {
          rows.push('<more rows>');
          break;
        }
        rows.push(cells.map((c) => redactText(textOf(c))));
      }
      return { headers: headers.slice(0, MAX_CELLS), rows };
    }),
    ...(tables.length > MAX_TABLES ? { moreTables: true } : {}),
  }));
}
