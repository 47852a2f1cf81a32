import { onMessage } from '../protocol';
import { getDb } from '../db/db';
import { handleReportRead } from './ingestHandler';

/** Accepts reads from the content scripts and stores them. */
export function setupIngest(): void {
  onMessage('reportRead', ({ data, sender }) =>
    handleReportRead(
      getDb(),
      data,
      { id: sender.id, url: sender.url, tab: sender.tab },
      browser.runtime.id,
    ),
  );
}
