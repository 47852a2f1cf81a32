import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { Window } from 'happy-dom';
import { readCapture, readDocument } from '../../utils/sites/index';
import type { ReadResult } from '../../utils/types';
import type { Capture } from '../../utils/sites/registry';
import { captureFromRecord } from '../../utils/sites/shared/record';

/**
 * Reads a saved console page (.html) or a recorded API response (.json) with
 * the same readers the content scripts use. A recorded response is either the
 * raw body (an mtop envelope names its API in `api`) or the capture record
 * `{ "api" | "apiUrl": "...", "body": <raw body> }` (CONSOLES.md).
 */
export async function readFileAsResult(
  file: string,
  pageUrl: string,
  now: Date = new Date(),
): Promise<ReadResult> {
  const url = new URL(pageUrl);
  const text = await readFile(file, 'utf8');
  if (extname(file).toLowerCase() === '.json') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(text);
    } catch (e) {
      return {
        status: 'unrecognized',
        url: url.href,
        reason: `not JSON: ${e instanceof Error ? e.message : String(e)}`,
      };
    }
    const capture = toCapture(parsed);
    if (!capture)
      return {
        status: 'unrecognized',
        url: url.href,
        reason: 'recorded response names no API (expected "api", "apiUrl" or an mtop envelope)',
      };
    return readCapture(capture, url, now);
  }
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
    window.document.write(text);
    return readDocument(window.document as unknown as Document, url, now);
  } finally {
    await window.happyDOM.close();
  }
}

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
