import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowHost } from '@/utils/overlay/shadowHost';
import { readCapture, readDocument, readsApi } from '../sites/registry';
import { sendMessage, type MarketBarReply, type MarketBarResponse } from '../protocol';
import type { ReadResult } from '../types';
import { parseCaptureMessage } from '../capture/captureMessage';

// Market watch on a buyer-side page (registered only while the seller grants
// the marketplace's pages): read the page, ask the background whether the
// seller watches it (it stores a visit only then), and show a small bar with
// "Track this search" / "Watch this listing". Nothing about an unwatched page
// is stored. Shadow DOM keeps the page's layout and styles untouched; text is
// set as text, never parsed as HTML.

export const MARKET_BAR_ELEMENT = 'storewise-market-bar';
const SETTLE_MS = 800;

const HOST_STYLE =
  /* css */ 'position: fixed !important; top: 0 !important; left: 0 !important; width: 0 !important; height: 0 !important; overflow: visible !important;';

const CSS = /* css */ `
.bar {
  position: fixed; left: 16px; bottom: 16px; z-index: 2147483647;
  display: flex; gap: 8px; align-items: center; max-width: 520px;
  padding: 6px 10px; border-radius: 8px; border-left: 4px solid #1a7f37;
  background: #fff; color: #1f2328; box-shadow: 0 2px 10px rgba(0,0,0,.16);
  font: 13px/1.4 system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif;
}
.text { margin: 0; }
button {
  font: inherit; border: 1px solid #c8ccd0; border-radius: 4px; background: #f6f8fa;
  color: #1f2328; padding: 2px 8px; cursor: pointer;
}
button.primary { background: #1a7f37; border-color: #1a7f37; color: #fff; }
button:focus-visible { outline: 2px solid #0969da; outline-offset: 2px; }
`;

type Choose = (watch: boolean) => void;

/** Renders the bar's content for `reply`; returns the bar element. */
export function renderMarketBar(
  container: HTMLElement | ShadowRoot,
  reply: MarketBarReply,
  onChoose: Choose,
  onHide: () => void,
): HTMLElement {
  const doc = container.ownerDocument ?? document;
  container.querySelector('.bar')?.remove();
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'region');
  bar.setAttribute('aria-label', reply.labels.bar);
  bar.dataset.testid = 'market-bar';
  const button = (text: string, testid: string, onClick: () => void, primary = false) => {
    const b = doc.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.dataset.testid = testid;
    if (primary) b.className = 'primary';
    b.addEventListener('click', onClick);
    return b;
  };
  if (reply.watched) {
    const text = doc.createElement('p');
    text.className = 'text';
    text.dataset.testid = 'market-bar-status';
    text.textContent = reply.labels.chosen;
    bar.append(
      text,
      button(reply.labels.stop, 'market-stop', () => onChoose(false)),
    );
    if (reply.labels.pair) {
      const hint = doc.createElement('p');
      hint.className = 'text';
      hint.textContent = reply.labels.pair;
      bar.append(hint);
    }
  } else {
    bar.append(button(reply.labels.choose, 'market-choose', () => onChoose(true), true));
  }
  bar.append(button(reply.labels.hide, 'market-hide', onHide));
  container.append(bar);
  return bar;
}

export function startMarketBar(ctx: ContentScriptContext, win: Window = window): void {
  if (win.top !== win) return;
  let latest: ReadResult | undefined;
  let lastKey = '';
  let hidden = false;
  let timer: number | undefined;
  let shadow: { host: HTMLElement; root: ShadowRoot } | undefined;

  const show = (response: MarketBarResponse) => {
    if (!response.ok || hidden || ctx.isInvalid) return;
    shadow ??= createShadowHost(win.document, 'div', MARKET_BAR_ELEMENT, HOST_STYLE, CSS);
    if (!shadow.host.isConnected) win.document.body.append(shadow.host);
    renderMarketBar(shadow.root, response.bar, choose, () => {
      hidden = true;
      shadow?.host.remove();
    });
  };

  const choose: Choose = (watch) => {
    if (!latest) return;
    lastKey = '';
    sendMessage('marketChoose', { result: latest, watch }).then(show, (e: unknown) =>
      console.warn('[storewise] market watch unavailable', e),
    );
  };

  const report = (result: ReadResult) => {
    if (result.status !== 'ok') return;
    latest = result;
    const key =
      JSON.stringify(result.rows) + (result.pageKind === 'searchResults' ? result.query : '');
    if (key === lastKey) return;
    lastKey = key;
    sendMessage('marketPageSeen', result).then(show, (e: unknown) =>
      console.warn('[storewise] market watch unavailable', e),
    );
  };

  const readDom = () => {
    timer = undefined;
    try {
      const url = new URL(win.location.href);
      const result = readDocument(win.document, url);
      // A captured item/search response already gave the richer read.
      if (
        result.status === 'ok' &&
        latest?.status === 'ok' &&
        latest.source === 'json' &&
        latest.url === url.href
      )
        return;
      report(result);
    } catch (e) {
      console.warn('[storewise] market read failed', e);
    }
  };
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(readDom, SETTLE_MS);
  };

  const observer = new MutationObserver((records) => {
    if (records.every((r) => (r.target as Element).closest?.('[data-storewise]'))) return;
    schedule();
  });
  observer.observe(win.document.documentElement, { childList: true, subtree: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    shadow?.host.remove();
  });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    latest = undefined;
    lastKey = '';
    schedule();
  });
  ctx.addEventListener(win, 'message', (event: MessageEvent) => {
    if (event.source !== win) return;
    const capture = parseCaptureMessage(event.data, readsApi);
    if (!capture) return;
    try {
      report(readCapture(capture, new URL(win.location.href), new Date(), win.document));
    } catch (e) {
      console.warn('[storewise] market capture read failed', e);
    }
  });
  schedule();
}
