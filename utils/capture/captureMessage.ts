import { apiNameFromUrl } from '../sites/apis';
import type { CaptureRecord } from '../sites/shared/record';

// The MAIN-world script posts `{ source: CAPTURE_SOURCE, apiUrl, body }` to the
// isolated script through window.postMessage: `apiUrl` the full request URL,
// `body` the raw response text (docs/CONSOLES.md "How to read a page"). The
// page can post anything on that channel, so this is untrusted input:
// shape-checked here (by hand: zod would triple the content script), then
// parsed and read by the same readers that read any page data, then validated
// again by the background before anything is stored.

export const CAPTURE_SOURCE = 'storewise-capture';

/** mtop GET URLs carry their request JSON in the query; longer than this is not a console request. */
const MAX_URL_CHARS = 16_000;
const MAX_BODY_CHARS = 20_000_000;

/** A posted capture record with its body as text. */
export interface PostedRecord extends CaptureRecord {
  body: string;
  /** The allowlisted API the URL names. */
  api: string;
}

/**
 * The capture record of a window message, or undefined when the message is not
 * ours, is malformed, oversized, or names an API that `reads` refuses: the
 * content script's own readers (registry.ts readsApi), whose APIs are on the
 * allowlist (utils/sites/apis.ts), so a site's script carries only its part.
 */
export function parseCaptureMessage(
  data: unknown,
  reads: (api: string) => boolean,
): PostedRecord | undefined {
  if (!data || typeof data !== 'object') return undefined;
  const { source, apiUrl, body } = data as Record<string, unknown>;
  if (source !== CAPTURE_SOURCE) return undefined;
  if (typeof apiUrl !== 'string' || apiUrl.length > MAX_URL_CHARS) return undefined;
  if (typeof body !== 'string' || body.length > MAX_BODY_CHARS) return undefined;
  if (!/^https?:\/\//i.test(apiUrl)) return undefined;
  const api = apiNameFromUrl(apiUrl);
  if (!api || !reads(api)) return undefined;
  return { api, apiUrl, body };
}
