import { textOf } from '../sites/dom';

// What a failed read hands the background for "Copy a redacted sample": the
// raw material the sample is built from. The content script only gathers it;
// redaction (utils/redact/redact.ts) runs in the background, before anything
// is stored, so the redaction code does not ship in every console page. The
// material goes to the background only (runtime messaging, never the network)
// and is dropped there once the redacted sample is made.

/** A table's header labels and the text of its first data rows, as read. */
export interface TableMaterial {
  headers: string[];
  /** The first rows shown in a sample (at most MAX_ROWS), cell texts in order. */
  rows: string[][];
  /** Whether a data row follows them. */
  more: boolean;
}

export interface PageMaterial {
  from: 'page';
  tables: TableMaterial[];
  /** Whether the page had more tables than a sample shows. */
  moreTables: boolean;
}

export type SampleMaterial = { from: 'capture'; apiUrl: string; body: string } | PageMaterial;

/** Tables and cells a sample shows at most. */
export const MAX_TABLES = 8;
export const MAX_CELLS = 40;
/** Data rows a sample shows at most (the tightest sample shows fewer). */
export const MAX_ROWS = 3;
const MAX_LABEL_CHARS = 40;
const CELL = 'th, td, [role="columnheader"], [role="gridcell"], [role="cell"]';

/**
 * The tables of a rendered page: each one's header labels (console labels,
 * not seller data) and its first rows. Labels come from rows made of header
 * cells only, so a data row (or a row-header cell holding a product name)
 * never passes as a label. Stops at the first row past the ones shown: a
 * 1,000-row table costs no more than a small one.
 */
export function documentMaterial(doc: Document): PageMaterial {
  const tables = Array.from(
    doc.querySelectorAll('table, [role="table"], [role="grid"], [role="treegrid"]'),
  ).filter((t) => !t.parentElement?.closest('table, [role="table"], [role="grid"]'));
  return {
    from: 'page',
    tables: tables.slice(0, MAX_TABLES).map((table) => {
      const headers: string[] = [];
      const rows: string[][] = [];
      let more = false;
      for (const row of Array.from(table.querySelectorAll('tr, [role="row"]'))) {
        const cells = Array.from(row.querySelectorAll(CELL))
          .filter((c) => c.closest('tr, [role="row"]') === row)
          .slice(0, MAX_CELLS);
        if (cells.length === 0) continue;
        if (cells.every((c) => c.tagName === 'TH' || c.getAttribute('role') === 'columnheader')) {
          headers.push(...cells.map((c) => textOf(c).slice(0, MAX_LABEL_CHARS)));
          continue;
        }
        if (rows.length === MAX_ROWS) {
          more = true;
          break;
        }
        rows.push(cells.map((c) => textOf(c)));
      }
      return { headers: headers.slice(0, MAX_CELLS), rows, more };
    }),
    moreTables: tables.length > MAX_TABLES,
  };
}
