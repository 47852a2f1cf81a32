import { defineExtensionMessaging } from '@webext-core/messaging';
import type { ReadResult, Site } from './types';
import type { SampleMaterial } from './redact/material';
import type { TitleAdviceReply, TitleAdviceRequest } from '../entrypoints/background/titleAdvice';

// Every message the extension sends, in one typed protocol (docs/ARCHITECTURE.md#message-protocol).
// Payloads are typed for the sender; the background still treats them as
// unknown and validates them with zod before touching the database.

/**
 * A read as a content script reports it: the reader's result, plus, for a
 * captured response, the request URL it came from, and, for a read that
 * failed, the material of its sample (utils/redact/material.ts), which the
 * background validates and redacts (utils/redact/sample.ts) for "Copy a
 * redacted sample" before logging the read: only the redacted sample is stored.
 */
export type ReadReport = ReadResult & { apiUrl?: string; material?: SampleMaterial };

export type IngestReply =
  | { ok: true; status: 'stored' | 'duplicate' | 'logged'; storeKey?: string; rowCount?: number }
  | { ok: false; error: string };

/** Asked by a console page's content script; the background decides and records the showing. */
export interface PromoToastRequest {
  site: Site;
}

export type PromoToastReply = { text: string; dismissLabel: string; label: string } | null;

/** What the in-page market bar shows on a buyer-side page (labels in the seller's language). */
export interface MarketBarReply {
  watched: boolean;
  /** The bar's texts for this page kind; the content script carries no string table. */
  labels: {
    bar: string;
    choose: string;
    chosen: string;
    stop: string;
    hide: string;
    pair?: string;
  };
}

export type MarketBarResponse = { ok: true; bar: MarketBarReply } | { ok: false; error: string };

export interface MarketChooseRequest {
  result: ReadResult;
  /** true: track the search / watch the listing; false: stop. */
  watch: boolean;
}

/** A tick (or untick) of one checklist item, asked by the toolbar popup, which writes nothing itself. */
export interface ChecklistTickRequest {
  storeKey: string;
  campaignId: string;
  year: number;
  itemId: string;
  done: boolean;
}

export type ChecklistTickReply = { ok: true } | { ok: false; error: string };

export interface ProtocolMap {
  /** A content script's read of a console page or API response: stored when ok, logged when not. */
  reportRead(result: ReadReport): IngestReply;
  /** Title advice for the products a console page shows (badges, popover, Apply on the edit page). */
  getTitleAdvice(request: TitleAdviceRequest): TitleAdviceReply;
  /** The big-sale toast for a console page of `site`, or null when none is due (entrypoints/background/setupToast.ts). */
  getPromoToast(request: PromoToastRequest): PromoToastReply;
  /**
   * A buyer-side page's read (market watch): a snapshot is stored only when the
   * seller watches that listing or search; the reply drives the in-page bar.
   */
  marketPageSeen(result: ReadResult): MarketBarResponse;
  /** The seller clicked "Track this search" / "Watch this listing" (or Stop) on the bar. */
  marketChoose(request: MarketChooseRequest): MarketBarResponse;
  /**
   * The toolbar popup ticked a checklist item: the background stores it
   * through Dexie, so the side panel's Promo tab updates live
   * (entrypoints/background/setupChecklist.ts).
   */
  setChecklistItem(request: ChecklistTickRequest): ChecklistTickReply;
}

export const { sendMessage, onMessage, removeAllListeners } =
  defineExtensionMessaging<ProtocolMap>();
