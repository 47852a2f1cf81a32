import { apiNameFromUrl } from '../apis';
import type { Capture } from '../registry';

// The capture record: what the MAIN-world script posts and what the CLI reads
// from a recorded-response file. `apiUrl` is the full request URL, query
// included (mtop GET requests carry their `data` JSON there); `body` is the
// raw response text. Nothing upstream of the readers assumes the body is JSON:
// it may be JSON, JSONP (`jsonp_123_4({...})`), or already parsed (the CLI
// accepts a record whose body was pasted as JSON). See docs/CONSOLES.md.

export interface CaptureRecord {
  apiUrl: string;
  body: unknown;
}

/** `cb({...})`, `/**\/ cb({...});`, `window.cb && cb({...})`: the callback's single argument. */
const JSONP = /^[\s;]*(?:\/\*\*\/\s*)?(?:[\w$.]+\s*&&\s*)?[\w$.]+\s*\(([\s\S]*)\)\s*;?\s*$/;

/**
 * Parses a raw response text: JSON, else JSONP. Returns undefined when it is
 * neither (the reader then reports `unrecognized`, naming the API).
 */
export function parseBody(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  try {
    return JSON.parse(trimmed) as unknown;
  } catch {
    const m = JSONP.exec(trimmed);
    if (!m?.[1]) return undefined;
    try {
      return JSON.parse(m[1]) as unknown;
    } catch {
      return undefined;
    }
  }
}

/**
 * The capture a reader consumes, from a record: the API named by the request
 * URL (or, for a bare mtop envelope, by its `api` field) and the parsed body.
 * Undefined when the record names no API or the body is not JSON/JSONP.
 */
export function captureFromRecord(record: CaptureRecord): Capture | undefined {
  const body = typeof record.body === 'string' ? parseBody(record.body) : record.body;
  if (body === undefined) return undefined;
  const fromBody =
    body && typeof body === 'object' && typeof (body as { api?: unknown }).api === 'string'
      ? ((body as { api: string }).api.toLowerCase() as string)
      : undefined;
  const api = (record.apiUrl ? apiNameFromUrl(record.apiUrl) : undefined) ?? fromBody;
  if (!api) return undefined;
  return { api, apiUrl: record.apiUrl, body };
}
