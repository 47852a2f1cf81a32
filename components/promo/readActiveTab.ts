import type { PageCopy } from '@/utils/engines/promo/importAnnouncement';

// "Import from this page" reads the active tab once, when the seller asks
// (chrome.scripting: activeTab after a toolbar click, host permissions on
// console pages). The proposal itself is pure: utils/engines/promo/importAnnouncement.ts.

/** Copies the active tab's document. Needs `scripting` plus activeTab or a host permission. */
export async function readActiveTab(): Promise<PageCopy> {
  const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
  if (tab?.id === undefined) throw new Error('no active tab');
  const [result] = await browser.scripting.executeScript({
    target: { tabId: tab.id },
    func: () => ({
      html: document.documentElement.outerHTML,
      title: document.title,
      url: location.href,
    }),
  });
  const copy = result?.result as Partial<PageCopy> | undefined;
  if (!copy || typeof copy.html !== 'string') throw new Error('the page gave no content');
  return { html: copy.html, title: String(copy.title ?? ''), url: String(copy.url ?? '') };
}
