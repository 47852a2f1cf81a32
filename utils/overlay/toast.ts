import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowHost } from '@/utils/overlay/shadowHost';
import { sendMessage, type PromoToastReply } from '../protocol';
import type { Site } from '../types';

// The big-sale toast on console pages. It lives in a Shadow DOM root whose
// host is fixed-position and zero-size, so the console's layout and styles are
// untouched; it is removed when the content script's context is invalidated
// (extension reload or update). It shares the overlays' shadow host rather than
// WXT's createShadowRootUi, whose loader would push the content script past its
// 60 KB budget. The background decides whether a toast is due
// and records the showing (at most once per phase boundary per day).

export const TOAST_ELEMENT = 'storewise-sale-toast';

const HOST_STYLE =
  /* css */ 'position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important;';

const CSS = /* css */ `
.toast {
  position: fixed; right: 16px; bottom: 16px; z-index: 2147483647;
  max-width: 360px; display: flex; gap: 12px; align-items: flex-start;
  padding: 12px 14px; border-radius: 8px; border-left: 4px solid #e65a28;
  background: #fff; color: #1f2328; box-shadow: 0 4px 16px rgba(0,0,0,.18);
  font: 14px/1.45 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
}
.text { flex: 1; margin: 0; }
button {
  font: inherit; border: 1px solid #c8ccd0; border-radius: 4px; background: #f6f8fa;
  color: #1f2328; padding: 2px 8px; cursor: pointer;
}
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
`;

/** Builds the toast's content; text is set as text, never parsed as HTML. */
export function renderToast(
  container: HTMLElement | ShadowRoot,
  reply: NonNullable<PromoToastReply>,
  onDismiss: () => void,
): HTMLElement {
  const doc = container.ownerDocument;
  const box = doc.createElement('div');
  box.className = 'toast';
  box.setAttribute('role', 'status');
  box.setAttribute('aria-label', reply.label);
  box.dataset.testid = 'sale-toast';
  const text = doc.createElement('p');
  text.className = 'text';
  text.textContent = reply.text;
  const close = doc.createElement('button');
  close.type = 'button';
  close.textContent = reply.dismissLabel;
  close.setAttribute('aria-label', `${reply.dismissLabel}: ${reply.label}`);
  close.dataset.testid = 'sale-toast-dismiss';
  close.addEventListener('click', onDismiss, { once: true });
  box.append(text, close);
  container.append(box);
  return box;
}

export async function startSaleToast(ctx: ContentScriptContext, site: Site): Promise<void> {
  // Only the top frame: consoles embed iframes that would each ask otherwise.
  if (window.top !== window) return;
  let reply: PromoToastReply;
  try {
    reply = await sendMessage('getPromoToast', { site });
  } catch {
    return; // The worker was restarting; the next page load asks again.
  }
  if (!reply || ctx.isInvalid) return;
  const toast = reply;
  const { host, root } = createShadowHost(document, 'div', TOAST_ELEMENT, HOST_STYLE, CSS);
  renderToast(root, toast, () => host.remove());
  document.body.append(host);
  ctx.onInvalidated(() => host.remove());
}
