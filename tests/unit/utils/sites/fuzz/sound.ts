import { ROW_SCHEMAS, readResultSchema, type ReadResult } from '@/utils/types';
import type { PageReader } from '@/utils/sites/registry';

// What "a reader handled bad input" means: a result the
// background would accept, never a throw, never a NaN/Infinity or a negative
// count. Throws with the offending result so fast-check reports and shrinks it.

const STATUSES = new Set(['ok', 'unrecognized', 'blocked', 'empty']);

/** Paths of every number in `value` that is not finite (NaN, ±Infinity). */
export function nonFiniteNumbers(value: unknown, path = '$'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => nonFiniteNumbers(v, `${path}.${k}`));
}

export function assertSound(result: ReadResult, reader: Pick<PageReader, 'site'>): void {
  const show = () => JSON.stringify(result).slice(0, 1500);
  if (!STATUSES.has(result.status)) throw new Error(`unknown status: ${show()}`);
  const bad = nonFiniteNumbers(result);
  if (bad.length > 0) throw new Error(`non-finite numbers ${bad.join(', ')}: ${show()}`);
  const parsed = readResultSchema.safeParse(result);
  if (!parsed.success) {
    throw new Error(`breaks the ReadResult contract: ${parsed.error.message}\n${show()}`);
  }
  if (result.site !== undefined && result.site !== reader.site) {
    throw new Error(`a ${reader.site} page read as ${result.site}: ${show()}`);
  }
  if (result.status === 'ok') {
    if (result.rows.length === 0) throw new Error(`ok without rows: ${show()}`);
    const rowSchema = ROW_SCHEMAS[result.pageKind];
    for (const row of result.rows) rowSchema.parse(row);
  } else if (result.reason.startsWith('reader failed:')) {
    // The registry turns a throw into `unrecognized`; a throw is still a bug.
    throw new Error(`the reader threw: ${result.reason}`);
  }
}
