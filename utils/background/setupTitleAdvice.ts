import { onMessage } from '../protocol';
import { getDb } from '../db/db';
import { handleGetTitleAdvice } from '../advice-service/titleAdvice';

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
