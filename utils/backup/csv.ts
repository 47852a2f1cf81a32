// CSV for spreadsheets (RFC 4180): one header row with every field any row
// has, fields quoted when they hold a quote, comma or line break, nested
// objects written as JSON text. Product titles and buyer ids come from web
// pages, so a text cell starting with a formula character is prefixed with an
// apostrophe: a spreadsheet shows it as text instead of running it.

const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  let text: string;
  if (typeof value === 'string') text = FORMULA_START.test(value) ? `'${value}` : value;
  else if (typeof value === 'number' || typeof value === 'boolean') text = String(value);
  else text = JSON.stringify(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Columns in first-seen order across all rows. */
export function csvColumns(rows: readonly unknown[]): string[] {
  const seen = new Set<string>();
  for (const row of rows)
    if (row && typeof row === 'object') for (const k of Object.keys(row)) seen.add(k);
  return [...seen];
}

export function toCsv(rows: readonly unknown[]): string {
  const columns = csvColumns(rows);
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) {
    const record = (row ?? {}) as Record<string, unknown>;
    lines.push(columns.map((c) => csvCell(record[c])).join(','));
  }
  // CRLF line ends as RFC 4180 and Excel expect.
  return `${lines.join('\r\n')}\r\n`;
}
