import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { readCapture, readDocument } from '../../utils/sites/index';
import type { FailedResult, ReadResult } from '../../utils/types';
import type { Capture } from '../../utils/sites/registry';
import { captureFromRecord, parseBody, type CaptureRecord } from '../../utils/sites/shared/record';

/**
 * What a saved file holds (docs/CONSOLES.md "Recorded responses"): a console
 * page, or a recorded response. A recorded response is the capture record
 * `{ "apiUrl": "<full request URL>", "body": <raw text, or the parsed JSON> }`,
 * or the raw body itself (JSON, JSONP, or anything else) as the API returned
 * it: an mtop envelope names its API in `api`; any other raw body needs the
 * request URL from `--api-url`.
 */
export type Recorded =
  | { kind: 'page'; html: string }
  | {
      kind: 'response';
      record: CaptureRecord;
      /** The API an older `{api, body}` record names instead of its request URL. */
      api?: string;
    };

const isHtml = (file: string) => ['.html', '.htm'].includes(extname(file).toLowerCase());

/** Classifies a saved file's text; `apiUrl` (the --api-url option) names the request of a raw body. */
export function recordedFrom(file: string, text: string, apiUrl?: string): Recorded {
  if (isHtml(file)) return { kind: 'page', html: text };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: a raw JSONP (or other) body as the wire carried it.
    return { kind: 'response', record: { apiUrl: apiUrl ?? '', body: text } };
  }
  const rec = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : {};
  if ('body' in rec && typeof rec.apiUrl === 'string')
    return { kind: 'response', record: { apiUrl: apiUrl ?? rec.apiUrl, body: rec.body } };
  if ('body' in rec && typeof rec.api === 'string')
    return { kind: 'response', record: { apiUrl: apiUrl ?? '', body: rec.body }, api: rec.api };
  return { kind: 'response', record: { apiUrl: apiUrl ?? '', body: parsed } };
}

/**
 * The capture of a recorded-response JSON value: a capture record (body as
 * text or parsed), an older `{api, body}` record, or a bare mtop envelope.
 */
export function toCapture(parsed: unknown): Capture | undefined {
  if (!parsed || typeof parsed !== 'object') return undefined;
  const rec = parsed as Record<string, unknown>;
  if ('body' in rec && typeof rec.apiUrl === 'string') {
    return captureFromRecord({ apiUrl: rec.apiUrl, body: rec.body });
  }
  if ('body' in rec && typeof rec.api === 'string') {
    return { api: rec.api, apiUrl: '', body: rec.body };
  }
  if (typeof rec.api === 'string') return { api: rec.api, apiUrl: '', body: parsed };
  return undefined;
}

function unrecognized(url: URL, reason: string): FailedResult {
  return { status: 'unrecognized', url: url.href, reason };
}

/** Reads a recorded response the way the content script reads a posted one. */
export function readRecord(
  record: CaptureRecord,
  url: URL,
  now: Date,
  legacyApi?: string,
): ReadResult {
  // A relative request URL is the page's own request, as the browser would resolve it.
  const apiUrl = record.apiUrl ? new URL(record.apiUrl, url).href : '';
  const body = typeof record.body === 'string' ? parseBody(record.body) : record.body;
  const capture =
    captureFromRecord({ apiUrl, body: record.body }) ??
    (legacyApi && body !== undefined ? { api: legacyApi, apiUrl, body } : undefined);
  if (capture) return readCapture(capture, url, now);
  if (body === undefined) return unrecognized(url, 'the recorded body is neither JSON nor JSONP');
  return unrecognized(
    url,
    'the recorded response names no API: give the record an "apiUrl", or pass --api-url <request URL>',
  );
}

export async function parseHtml<T>(html: string, url: URL, read: (doc: Document) => T): Promise<T> {
  const window = new Window({
    url: url.href,
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  try {
    window.document.write(html);
    return read(window.document as unknown as Document);
  } finally {
    await window.happyDOM.close();
  }
}

/**
 * Reads a saved console page (.html) or a recorded API response with the same
 * readers the content scripts use. `apiUrl` names the request of a raw body.
 */
export async function readFileAsResult(
  file: string,
  pageUrl: string,
  now: Date = new Date(),
  apiUrl?: string,
): Promise<ReadResult> {
  const url = new URL(pageUrl);
  const recorded = recordedFrom(file, await readFile(file, 'utf8'), apiUrl);
  switch (recorded.kind) {
    case 'page':
      return parseHtml(recorded.html, url, (doc) => readDocument(doc, url, now));
    case 'response':
      return readRecord(recorded.record, url, now, recorded.api);
  }
}
