import type { Capture } from '../sites/registry';

// The MAIN-world script posts `{ source: CAPTURE_SOURCE, api, body }` to the
// isolated script through window.postMessage, `body` being the response text.
// The page can post anything on that channel, so this is untrusted input:
// shape-checked here (by hand: zod would triple the content script), then read
// by the same readers that read any page data, then validated again by the
// background before anything is stored.

export const CAPTURE_SOURCE = 'storewise-capture';

const MAX_API_CHARS = 300;
const MAX_BODY_CHARS = 20_000_000;

/** A capture from a window message, or undefined when the message is not one of ours or is malformed. */
export function parseCaptureMessage(data: unknown): Capture | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { source, api, body } = data as Record<string, unknown>;
  if (source !== CAPTURE_SOURCE) return undefined;
  if (typeof api !== 'string' || api.length === 0 || api.length > MAX_API_CHARS) return undefined;
  if (typeof body !== 'string' || body.length > MAX_BODY_CHARS) return undefined;
  try {
    return { api, apiUrl: '', body: JSON.parse(body) as unknown };
  } catch {
    return undefined;
  }
}
