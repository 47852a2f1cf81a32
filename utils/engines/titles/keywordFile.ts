import { KEYWORD_COLUMN_ALIASES, type KeywordColumn } from '../data/titleKeywordColumns';
import { compact, matchAlias, parseCount, parseRate, unwrapValue } from '../../sites/normalise';
import { keywordRowSchema, okResultSchema, type KeywordRow } from '../../types';

// Keyword rows from a file the seller has: a keyword-report CSV export (header
// labels in English or Chinese), a JSON array of rows, or a saved ReadResult of
// a productKeywords page (docs/CONSOLES.md). Text in, rows out: the CLI reads the
// file, the options page could pass an uploaded file's text.

export interface KeywordFile {
  rows: KeywordRow[];
  /** Rows skipped, and why (1-based data row numbers). */
  warnings: string[];
}

const RATE_COLUMNS: ReadonlySet<KeywordColumn> = new Set(['ctr', 'conversionRate']);

function toRow(cells: Record<string, unknown>): KeywordRow | string {
  const out: Record<string, unknown> = {};
  for (const [label, raw] of Object.entries(cells)) {
    const col = matchAlias(label, KEYWORD_COLUMN_ALIASES);
    if (!col || out[col] !== undefined) continue;
    const value = unwrapValue(raw);
    if (col === 'term' || col === 'productId') {
      const text =
        typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
      out[col] = text || undefined;
    } else {
      out[col] = RATE_COLUMNS.has(col) ? parseRate(value) : parseCount(value);
    }
  }
  const parsed = keywordRowSchema.safeParse(compact(out));
  if (!parsed.success)
    return parsed.error.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');
  return parsed.data;
}

function collect(records: readonly unknown[], warnings: string[]): KeywordRow[] {
  const rows: KeywordRow[] = [];
  records.forEach((rec, i) => {
    if (!rec || typeof rec !== 'object' || Array.isArray(rec)) {
      warnings.push(`row ${i + 1}: not an object`);
      return;
    }
    const row = toRow(rec as Record<string, unknown>);
    if (typeof row === 'string') warnings.push(`row ${i + 1}: ${row}`);
    else rows.push(row);
  });
  return rows;
}

export function parseKeywordJson(text: string): KeywordFile {
  const warnings: string[] = [];
  const parsed: unknown = JSON.parse(text);
  if (Array.isArray(parsed)) return { rows: collect(parsed, warnings), warnings };
  const result = okResultSchema.safeParse(parsed);
  if (result.success) {
    if (result.data.pageKind !== 'productKeywords') {
      throw new Error(`a ${result.data.pageKind} snapshot holds no keyword rows`);
    }
    return { rows: result.data.rows, warnings };
  }
  if (parsed && typeof parsed === 'object' && 'status' in parsed && parsed.status !== 'ok') {
    const reason = 'reason' in parsed ? String(parsed.reason) : 'no rows';
    throw new Error(`the snapshot was not read (${String(parsed.status)}): ${reason}`);
  }
  if (parsed && typeof parsed === 'object' && 'rows' in parsed && Array.isArray(parsed.rows)) {
    return { rows: collect(parsed.rows, warnings), warnings };
  }
  throw new Error('expected an array of keyword rows or a productKeywords ReadResult');
}

/** Splits CSV text into records: quoted fields, doubled quotes, CRLF, a BOM, comma or tab. */
export function parseCsv(text: string): string[][] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes('\t') && !firstLine.includes(',') ? '\t' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records.filter((r) => r.some((c) => c.trim() !== ''));
}

export function parseKeywordCsv(text: string): KeywordFile {
  const [header, ...data] = parseCsv(text);
  if (!header) return { rows: [], warnings: [] };
  const columns = header.map((h) => matchAlias(h, KEYWORD_COLUMN_ALIASES));
  if (!columns.includes('term')) {
    throw new Error(`no search-term column in the header (${header.join(', ')})`);
  }
  const warnings: string[] = [];
  const records = data.map((cells) =>
    Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''] as const)),
  );
  return { rows: collect(records, warnings), warnings };
}

/** Keyword rows from a file's text; `format` from the file name's extension. */
export function parseKeywordFile(text: string, format: 'json' | 'csv'): KeywordFile {
  return format === 'json' ? parseKeywordJson(text) : parseKeywordCsv(text);
}
