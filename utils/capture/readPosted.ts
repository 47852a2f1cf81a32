import { readCapture } from '../sites/registry';
import { siteOfHost } from '../sites/hosts';
import { captureFromRecord } from '../sites/shared/record';
import type { FailedResult, ReadResult } from '../types';
import type { PostedRecord } from './captureMessage';

/**
 * Reads one posted capture record (utils/capture/captureMessage.ts): parsed,
 * routed and read like any capture. A body that is neither JSON nor JSONP is
 * `unrecognized`, naming its API; this never throws.
 */
export function readPosted(
  record: PostedRecord,
  pageUrl: URL,
  now: Date,
  doc?: Document,
): ReadResult {
  const capture = captureFromRecord(record);
  if (capture) return readCapture(capture, pageUrl, now, doc);
  const failed: FailedResult = {
    status: 'unrecognized',
    url: pageUrl.href,
    reason: `the response of API ${record.api.slice(0, 200)} is neither JSON nor JSONP`,
  };
  const site = siteOfHost(pageUrl.hostname);
  return site ? { ...failed, site } : failed;
}
