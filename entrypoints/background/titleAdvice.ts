import { z } from 'zod';
import type { StorewiseDB } from '../../utils/db/db';
import type { KeywordLatestRecord, ProductRecord, Provenance } from '../../utils/db/records';
import { analyseTitle, type ChangeKind, type Duplicate } from '../../utils/engines/titles';
import type { TitleUnit } from '../../utils/engines/data/titleLimits';
import { effectiveTitleLimits, getSetting } from '../../utils/settings/settings';
import {
  en,
  resolveLanguage,
  translator,
  type Language,
  type MessageKey,
} from '../../utils/i18n/messages';
import { siteSchema, type Site } from '../../utils/types';
import { isStale } from '../../utils/engines/staleness';

// The title advice the page overlays show,
// built in the background from the stored products and keyword reports: the
// content scripts run in the console's origin and cannot open our IndexedDB.
// Texts come back already in the seller's language, and the overlay's UI
// strings travel with them, so the content scripts carry no string tables.

/** One request covers at most a page of a console list (the largest page size is 200). */
export const MAX_PRODUCTS_PER_REQUEST = 200;

export const titleAdviceRequestSchema = z.object({
  site: siteSchema,
  storeId: z
    .string()
    .regex(/^[\w-]{1,64}$/)
    .optional(),
  products: z
    .array(
      z.object({
        productId: z.string().regex(/^\d{1,24}$/),
        /** The title the page shows now: analysed in preference to the stored one. */
        title: z.string().min(1).max(2000).optional(),
      }),
    )
    .min(1)
    .max(MAX_PRODUCTS_PER_REQUEST),
});
export type TitleAdviceRequest = z.infer<typeof titleAdviceRequestSchema>;

export interface TitleAdviceItem {
  productId: string;
  storeKey: string;
  /** The title analysed. */
  title: string;
  score: number;
  topHint: string;
  suggestion: string;
  suggestionLength: number;
  changes: { kind: ChangeKind; word: string; reason: string }[];
  add: { word: string; exposure: number; orders: number }[];
  drop: { word: string; reason: string }[];
  duplicates: Duplicate[];
  length: number;
  limit: number;
  unit: TitleUnit;
  /** Thin-data notes from the engine, in the reply's language. */
  confidence: string[];
  provenance: {
    title: { from: 'page' } | ({ from: 'stored' } & Provenance);
    keywords?: { day: string; updatedAt: string; terms: number };
    /** Source lines ready to show ("Title from the product list, 20 Nov 18:00"). */
    lines: string[];
    stale: boolean;
  };
}

export type OverlayKey = Extract<MessageKey, `overlay.${string}`>;
export type OverlayStrings = Record<OverlayKey, string>;

export type TitleAdviceReply =
  | {
      ok: true;
      language: Language;
      strings: OverlayStrings;
      items: TitleAdviceItem[];
      /** Ids with neither a stored product nor a page title: nothing to analyse. */
      unknown: string[];
    }
  | { ok: false; error: string };

export const OVERLAY_KEYS = (Object.keys(en) as MessageKey[]).filter((k): k is OverlayKey =>
  k.startsWith('overlay.'),
);

/** The stores a request may mean: the named one, else every store of the site, latest seen first. */
async function storeKeysFor(db: StorewiseDB, site: Site, storeId?: string): Promise<string[]> {
  if (storeId) return [`${site}:${storeId}`];
  const stores = await db.stores.where('site').equals(site).toArray();
  stores.sort((a, b) => b.lastSeenAt.localeCompare(a.lastSeenAt));
  const keys = stores.map((s) => s.id);
  const fallback = `${site}:default`;
  return keys.includes(fallback) ? keys : [...keys, fallback];
}

function whenText(iso: string, lang: Language): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'zh-CN' ? 'zh-CN' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(d);
}

export async function buildTitleAdvice(
  db: StorewiseDB,
  request: TitleAdviceRequest,
  now: Date = new Date(),
  browserLanguage = 'en',
): Promise<Extract<TitleAdviceReply, { ok: true }>> {
  const language = resolveLanguage(await getSetting(db, 'language'), browserLanguage);
  const t = translator(language);
  const pick = language === 'zh-CN' ? 'zh' : 'en';
  const limits = await effectiveTitleLimits(db);
  const storeKeys = await storeKeysFor(db, request.site, request.storeId);

  // One batched read for the whole page: every (store, product) pair's stored
  // product and newest keyword report (schema v2's compact row), in one
  // transaction, instead of two reads per product and store in turn.
  const n = request.products.length;
  const pairs = storeKeys.flatMap((key) =>
    request.products.map((p) => [key, p.productId] as [string, string]),
  );
  const [storedAll, reportsAll] = await db.transaction('r', db.products, db.keywordLatest, () =>
    Promise.all([db.products.bulkGet(pairs), db.keywordLatest.bulkGet(pairs)]),
  );

  const items: TitleAdviceItem[] = [];
  const unknown: string[] = [];
  for (const [i, { productId, title: pageTitle }] of request.products.entries()) {
    let stored: ProductRecord | undefined;
    let report: KeywordLatestRecord | undefined;
    let storeKey = storeKeys[0]!;
    // The first store (latest seen first) that knows the product wins.
    for (const [k, key] of storeKeys.entries()) {
      const p = storedAll[k * n + i];
      const r = reportsAll[k * n + i];
      if (p || r) {
        stored = p;
        report = r;
        storeKey = key;
        break;
      }
    }
    const keywords = report?.rows ?? [];
    const title = pageTitle ?? stored?.title;
    if (!title) {
      unknown.push(productId);
      continue;
    }
    const a = analyseTitle(request.site, title, keywords, {
      limit: limits[request.site],
    });

    const lines: string[] = [];
    const times: string[] = [];
    // The stored read is the source when the page shows the same title.
    const titleSource: TitleAdviceItem['provenance']['title'] =
      stored && (pageTitle === undefined || pageTitle === stored.title)
        ? { from: 'stored', ...stored.from }
        : { from: 'page' };
    if (titleSource.from === 'stored') {
      lines.push(
        t('overlay.source', {
          page: t(`pageKind.${titleSource.pageKind}`),
          when: whenText(titleSource.capturedAt, language),
        }),
      );
      times.push(titleSource.capturedAt);
    } else {
      lines.push(t('overlay.sourcePage'));
    }
    let keywordSource: TitleAdviceItem['provenance']['keywords'];
    if (report && keywords.length > 0) {
      const updatedAt = report.readAt;
      keywordSource = { day: report.day, updatedAt, terms: keywords.length };
      lines.push(
        t('overlay.keywords', { terms: keywords.length, when: whenText(updatedAt, language) }),
      );
      times.push(updatedAt);
    } else {
      lines.push(t('overlay.noKeywords'));
    }
    const stale = times.some((iso) => isStale(iso, now));

    items.push({
      productId,
      storeKey,
      title,
      score: a.score,
      topHint: a.hint[pick],
      suggestion: a.suggestion,
      suggestionLength: a.suggestionLength,
      changes: a.changes.map((c) => ({ kind: c.kind, word: c.word, reason: c.reason[pick] })),
      add: a.add.map((w) => ({ word: w.word, exposure: w.exposure, orders: w.orders })),
      drop: a.drop.map((w) => ({ word: w.word, reason: w.reason[pick] })),
      duplicates: a.duplicates,
      length: a.length,
      limit: a.limit,
      unit: a.unit,
      confidence: a.confidence.map((n) => n.reason[pick]),
      provenance: {
        title: titleSource,
        ...(keywordSource ? { keywords: keywordSource } : {}),
        lines,
        stale,
      },
    });
  }
  const strings = Object.fromEntries(OVERLAY_KEYS.map((k) => [k, t(k)])) as OverlayStrings;
  return { ok: true, language, strings, items, unknown };
}

export interface AdviceSender {
  id?: string;
}

/**
 * Handles a `getTitleAdvice` message: only this extension's own content
 * scripts may ask, and the request is validated before the database is read.
 */
export async function handleGetTitleAdvice(
  db: StorewiseDB,
  payload: unknown,
  sender: AdviceSender,
  ownId: string,
  now: Date = new Date(),
  browserLanguage = 'en',
): Promise<TitleAdviceReply> {
  if (sender.id !== ownId)
    return { ok: false, error: 'rejected: message from outside this extension' };
  const parsed = titleAdviceRequestSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `invalid title advice request at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'malformed'}`,
    };
  }
  try {
    return await buildTitleAdvice(db, parsed.data, now, browserLanguage);
  } catch (e) {
    return { ok: false, error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}
