import { onMessage } from '../../utils/protocol';
import { getDb } from '../../utils/db/db';
import { handleGetTitleAdvice } from './titleAdvice';

/** Answers the page overlays' title-advice requests from the local database. */
export function setupTitleAdvice(): void {
  onMessage('getTitleAdvice', ({ data, sender }) =>
    handleGetTitleAdvice(
      getDb(),
      data,
      { id: sender.id },
      browser.runtime.id,
      new Date(),
      navigator.language,
    ),
  );
}
