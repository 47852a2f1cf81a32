import { isBuyerPageKind, readResultSchema, type ReadResult } from '../../utils/types';
import { ingest, storeKeyOf } from '../../utils/db/ingest';
import { logRead } from '../../utils/db/readLog';
import { StorageFullError, withQuotaRecovery } from '../../utils/db/retention';
import { getSetting } from '../../utils/settings/settings';
import type { StorewiseDB } from '../../utils/db/db';
import type { IngestReply } from '../../utils/protocol';
import { MAX_SAMPLE_CHARS, sampleOf } from '../../utils/redact/sample';
import { MAX_CELLS, MAX_ROWS, MAX_TABLES } from '../../utils/redact/material';
import { z } from 'zod';

export interface SenderInfo {
  /** The sending extension's id; only our own contexts are accepted. */
  id?: string;
  url?: string;
  tab?: { id?: number };
}

const tableMaterial = z.object({
  headers: z.array(z.string()).max(MAX_CELLS),
  rows: z.array(z.array(z.string()).max(MAX_CELLS)).max(MAX_ROWS),
  more: z.boolean(),
});

/**
 * What a report carries beside the read (utils/protocol.ts ReadReport). Each
 * field is checked on its own: a bad or oversized one is dropped, and the read
 * is still stored or logged. The sample material (utils/redact/material.ts)
 * is raw page data: it is only ever redacted into the sample, never stored.
 */
const reportExtras = {
  apiUrl: z.url({ protocol: /^https?$/ }).max(4000),
  material: z.discriminatedUnion('from', [
    // The limits of utils/capture/captureMessage.ts.
    z.object({
      from: z.literal('capture'),
      apiUrl: z.string().max(16_000),
      body: z.string().max(20_000_000),
    }),
    z.object({
      from: z.literal('page'),
      tables: z.array(tableMaterial).max(MAX_TABLES),
      moreTables: z.boolean(),
    }),
  ]),
  sample: z.string().min(1).max(MAX_SAMPLE_CHARS),
};

function extrasOf(payload: unknown, sampleFor?: ReadResult): { apiUrl?: string; sample?: string } {
  const raw = payload as { apiUrl?: unknown; material?: unknown };
  const apiUrl = reportExtras.apiUrl.safeParse(raw.apiUrl);
  const material = sampleFor ? reportExtras.material.safeParse(raw.material) : undefined;
  // Redacted here, before the read is logged: the raw material goes no further.
  let sample: string | undefined;
  if (material?.success) {
    try {
      const made = reportExtras.sample.safeParse(
        sampleOf(material.data, sampleFor, sampleFor?.url),
      );
      if (made.success) sample = made.data;
    } catch {
      // no sample: the failure is logged without one
    }
  }
  return {
    ...(apiUrl.success ? { apiUrl: apiUrl.data } : {}),
    ...(sample ? { sample } : {}),
  };
}

/**
 * Handles a `reportRead` message. Only this extension's own contexts may send
 * it; the payload is validated before the database is touched; a malformed
 * payload gets an error reply and nothing is written.
 */
export async function handleReportRead(
  db: StorewiseDB,
  payload: unknown,
  sender: SenderInfo,
  ownId: string,
  now: Date = new Date(),
): Promise<IngestReply> {
  if (sender.id !== ownId)
    return { ok: false, error: 'rejected: message from outside this extension' };
  const parsed = readResultSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return {
      ok: false,
      error: `invalid read result at ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'malformed'}`,
    };
  }
  const result = parsed.data as ReadResult;
  // A shopper's page is never the seller's store data (market watch has its own path).
  if (isBuyerPageKind(result.pageKind))
    return { ok: false, error: 'rejected: a buyer-side page is not console data' };
  if (result.status !== 'ok') {
    await logRead(db, {
      status: result.status,
      ...(result.site ? { site: result.site } : {}),
      ...(result.pageKind ? { pageKind: result.pageKind } : {}),
      url: result.url,
      at: now.toISOString(),
      reason: result.reason,
      ...extrasOf(payload, result.status !== 'blocked' ? result : undefined),
    });
    return { ok: true, status: 'logged' };
  }
  try {
    // Storage full: raw snapshots past retention go first, history never (utils/db/retention.ts).
    const { value: outcome } = await withQuotaRecovery(db, () => ingest(db, result, now), {
      retentionDays: await getSetting(db, 'retentionDays'),
      now,
    });
    await logRead(db, {
      status: outcome.status === 'stored' ? 'ok' : 'duplicate',
      site: result.site,
      pageKind: result.pageKind,
      storeKey: storeKeyOf(result),
      url: result.url,
      at: now.toISOString(),
      rowCount: outcome.rowCount,
      ...extrasOf(payload),
    });
    return {
      ok: true,
      status: outcome.status,
      storeKey: outcome.storeKey,
      rowCount: outcome.rowCount,
    };
  } catch (e) {
    if (e instanceof StorageFullError) {
      // Best effort: the status line tells the seller, unless even this small write is refused.
      await logRead(db, {
        status: 'invalid',
        site: result.site,
        pageKind: result.pageKind,
        url: result.url,
        at: now.toISOString(),
        reason: e.message,
      }).catch(() => undefined);
      return { ok: false, error: e.message };
    }
    const error = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { ok: false, error: `could not store the read: ${error}` };
  }
}
