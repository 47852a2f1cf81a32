import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadResult } from './types';

// Every message the extension sends, in one typed protocol (STYLE.md practice 5).
// Payloads are typed for the sender; the background still treats them as
// unknown and validates them with zod before touching the database.

export type IngestReply =
  | { ok: true; status: 'stored' | 'duplicate' | 'logged'; storeKey?: string; rowCount?: number }
  | { ok: false; error: string };

export interface ProtocolMap {
  /** A content script's read of a console page or API response: stored when ok, logged when not. */
  reportRead(result: ReadResult): IngestReply;
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
