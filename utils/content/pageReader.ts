import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readCapture, readDocument } from '../sites/registry';
import { sendMessage } from '../protocol';
import type { ReadResult } from '../types';
import { parseCaptureMessage } from './captureMessage';
import { forgetDom, memoiseDom, stopMemoisingDom } from '../sites/dom';
import { digestOf, foreignChange, primeDom } from './domPrime';

// The isolated content script's loop: read the page now, again when the DOM
// settles after pagination / sorting / virtual scroll, afresh on SPA route
// changes, and whenever the MAIN-world script hands over an allowlisted API
// response. Every listener, observer and timer is tied to `ctx`.
// The DOM read runs after the table's cells are read in slices that yield to
// the page (primeDom), so no task of ours is long; the title overlay shares
// that one parse of the table.

const SETTLE_MS = 600;

export function startPageReader(ctx: ContentScriptContext, win: Window = window): void {
  let lastKey = '';
  let jsonOkFor = '';
  let timer: number | undefined;

  const report = (result: ReadResult) => {
    const key = digestOf(
      result.status === 'ok'
        ? [result.pageKind, result.storeId, result.rows]
        : [result.status, result.reason],
    );
    if (key === lastKey) return;
    lastKey = key;
    // A read that did not get stored (worker stopped mid-message, storage
    // error) must not count as sent, or the page's next change would skip it.
    const forget = () => {
      if (lastKey === key) lastKey = '';
    };
    sendMessage('reportRead', result).then(
      (reply) => {
        if (reply.ok) return;
        forget();
        console.warn('[storewise] read not stored:', reply.error);
      },
      (e: unknown) => {
        forget();
        console.warn('[storewise] background unreachable', e);
      },
    );
  };

  const readDom = async () => {
    timer = undefined;
    try {
      await primeDom(win.document, win);
      if (ctx.isInvalid || timer !== undefined) return;
      const url = new URL(win.location.href);
      const result = readDocument(win.document, url);
      // The JSON path already read this page: a DOM miss must not shadow it.
      if (result.status !== 'ok' && jsonOkFor === url.href) return;
      // Hand over in a task of its own: comparing and cloning a 1,000-row read
      // right after reading it would make one long main-thread task.
      ctx.setTimeout(() => report(result), 0);
    } catch (e) {
      console.warn('[storewise] read failed', e);
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => void readDom(), SETTLE_MS);
  };

  memoiseDom();
  const observer = new MutationObserver((records) => {
    // Our own overlays (shadow hosts marked data-storewise) coming and going
    // are not a page change: a badge beside every title must not re-read.
    if (!foreignChange(records)) return;
    forgetDom();
    schedule();
  });
  observer.observe(win.document.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
  });
  ctx.onInvalidated(() => {
    observer.disconnect();
    stopMemoisingDom();
  });

  ctx.addEventListener(win, 'wxt:locationchange', () => {
    lastKey = '';
    jsonOkFor = '';
    schedule();
  });

  ctx.addEventListener(win, 'message', (event: MessageEvent) => {
    if (event.source !== win) return;
    const capture = parseCaptureMessage(event.data);
    if (!capture) return;
    try {
      const pageUrl = new URL(win.location.href);
      const result = readCapture(capture, pageUrl, new Date(), win.document);
      if (result.status === 'ok') jsonOkFor = pageUrl.href;
      report(result);
    } catch (e) {
      console.warn('[storewise] capture read failed', e);
    }
  });

  schedule();
}
