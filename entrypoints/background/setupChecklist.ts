import { z } from 'zod';
import { getDb, type StorewiseDB } from '../../utils/db/db';
import { loadClockOffset, now } from '../../utils/settings/clock';
import { onMessage, type ChecklistTickReply } from '../../utils/protocol';
import { parseStoreKey } from '../../utils/db/storeKey';
import { CAMPAIGN_TEMPLATES } from '../../utils/engines/data/campaigns';
import { CHECKLIST_ITEMS } from '../../utils/engines/data/checklists';
import { setItemDone } from '../../utils/db/promo/progress';
import type { SenderInfo } from './ingestHandler';

// Stores a checklist tick the toolbar popup asks for. The popup reads the
// database without Dexie to stay small (utils/db/lite.ts); the write goes
// through Dexie here, whose change broadcast updates the side panel's Promo
// tab and the popup itself. The payload is checked where it enters.

const CAMPAIGN_IDS = new Set<string>(CAMPAIGN_TEMPLATES.map((t) => t.id));
const ITEM_IDS = new Set<string>(CHECKLIST_ITEMS.map((i) => i.id));

const requestSchema = z.object({
  storeKey: z.string().refine((k) => parseStoreKey(k) !== undefined, 'not a store key'),
  campaignId: z.string().refine((id) => CAMPAIGN_IDS.has(id), 'not a campaign'),
  year: z.number().int().min(2000).max(2100),
  itemId: z.string().refine((id) => ITEM_IDS.has(id), 'not a checklist item'),
  done: z.boolean(),
});

/** Only the extension's own pages may tick: never a content script (a console page's tab). */
function fromOwnPage(sender: SenderInfo, ownId: string, ownOrigin: string): boolean {
  return sender.id === ownId && (sender.url ?? '').startsWith(ownOrigin);
}

export async function handleChecklistTick(
  db: StorewiseDB,
  payload: unknown,
  sender: SenderInfo,
  own: { id: string; origin: string },
  instant: Date,
): Promise<ChecklistTickReply> {
  if (!fromOwnPage(sender, own.id, own.origin))
    return { ok: false, error: 'not an extension page' };
  const parsed = requestSchema.safeParse(payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, error: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'invalid'}` };
  }
  const { itemId, done, ...scope } = parsed.data;
  await setItemDone(db, scope, itemId, done, instant);
  return { ok: true };
}

export function setupChecklist(): void {
  onMessage('setChecklistItem', async ({ data, sender }) => {
    const db = getDb();
    // The worker may have just woken: the tick's time is the app clock's.
    await loadClockOffset(db);
    return handleChecklistTick(
      db,
      data,
      { id: sender.id, url: sender.url, tab: sender.tab },
      { id: browser.runtime.id, origin: browser.runtime.getURL('/') },
      now(),
    );
  });
}
