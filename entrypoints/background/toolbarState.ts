import type { IngestReply } from '../../utils/protocol';
import type { Translate } from '../../utils/i18n/messages';

// The toolbar button tells, per tab, what became of the last read of that
// tab's console page: a dot once it is stored (or unchanged), "!" when it
// could not be stored. Pages that are not a readable report leave it blank.
// The artwork is the icon's; only the badge changes.

export interface ToolbarBadge {
  text: string;
  color: string;
  title: string;
}

/** The icon's green (public/icon/icon.svg) and an amber that reads as a warning on it. */
export const BADGE_COLORS = { read: '#0E7C66', failed: '#B45309' } as const;

/** The badge for a read's reply, or null to clear it. */
export function toolbarBadge(reply: IngestReply, t: Translate): ToolbarBadge | null {
  if (!reply.ok) {
    return { text: '!', color: BADGE_COLORS.failed, title: t('toolbar.notStored') };
  }
  if (reply.status === 'logged') return null;
  return { text: '●', color: BADGE_COLORS.read, title: t('toolbar.read') };
}

interface ActionApi {
  setBadgeText(details: { tabId: number; text: string }): Promise<void>;
  setBadgeBackgroundColor(details: { tabId: number; color: string }): Promise<void>;
  setBadgeTextColor?(details: { tabId: number; color: string }): Promise<void>;
  setTitle(details: { tabId: number; title: string }): Promise<void>;
}

/** Shows `badge` on the tab's toolbar button; null restores the plain button. */
export async function showToolbarBadge(
  action: ActionApi,
  tabId: number,
  badge: ToolbarBadge | null,
  plainTitle: string,
): Promise<void> {
  await action.setBadgeText({ tabId, text: badge?.text ?? '' });
  await action.setTitle({ tabId, title: badge?.title ?? plainTitle });
  if (!badge) return;
  await action.setBadgeBackgroundColor({ tabId, color: badge.color });
  await action.setBadgeTextColor?.({ tabId, color: '#FFFFFF' });
}
