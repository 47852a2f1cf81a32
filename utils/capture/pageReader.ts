import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { readDocumentSteps, readsApi } from '../sites/registry';
import { sendMessage } from '../protocol';
import type { ReadResult } from '../types';
import { documentMaterial, type SampleMaterial } from '../redact/material';
import { parseCaptureMessage } from './captureMessage';
import { readPosted } from './readPosted';
import { domEpoch, forgetDom, memoiseDom, stopMemoisingDom } from '../sites/dom';
import { digestOf, foreignChange, primeDom, readInSlices } from './domPrime';

// The isolated content script's loop: read the page now, again when the DOM
// settles after pagination / sorting / virtual scroll, afresh on SPA route
// changes, and whenever the MAIN-world script hands over an allowlisted API
// response. Every listener, observer and timer is tied to `ctx`. A read that
// fails as unrecognized or empty carries the material of what could not be
// read (utils/redact/material.ts); the background redacts it into the sample
// for the side panel's "Copy a redacted sample" before logging the read.
// The DOM read runs after the table's cells are read in slices that yield to
// the page (primeDom), and assembles its rows in such slices too
// (readInSlices), so no task of ours is long; the title overlay shares that
// one parse of the table.

const SETTLE_MS = 600;
/** The request URL logged with a read; longer ones (mtop data in the query) are cut. */
const MAX_LOGGED_URL = 2_000;

/** Failures a sample helps with: the response or table was there but not understood. */
const wantsSample = (r: ReadResult) => r.status === 'unrecognized' || r.status === 'empty';

export function startPageReader(ctx: ContentScriptContext, win: Window = window): void {
  // The last read sent per path: a DOM re-read that says what the last DOM
  // read said is no news, even when a captured response was read in between
  // (and must not push that more telling read out of the status line).
  const lastKey = { dom: '', json: '' };
  let jsonOkFor = '';
  let timer: number | undefined;

  const report = (
    path: keyof typeof lastKey,
    result: ReadResult,
    extra: { apiUrl?: string; material?: () => SampleMaterial } = {},
  ) => {
    const key = digestOf(
      result.status === 'ok'
        ? [result.pageKind, result.storeId, result.rows]
        : [result.status, result.reason],
    );
    if (key === lastKey[path]) return;
    lastKey[path] = key;
    // A read that did not get stored (worker stopped mid-message, storage
    // error) must not count as sent, or the page's next change would skip it.
    const forget = () => {
      if (lastKey[path] === key) lastKey[path] = '';
    };
    let material: SampleMaterial | undefined;
    try {
      material = wantsSample(result) ? extra.material?.() : undefined;
    } catch (e) {
      console.warn('[storewise] sample failed', e);
    }
    sendMessage('reportRead', {
      ...result,
      ...(extra.apiUrl ? { apiUrl: extra.apiUrl.slice(0, MAX_LOGGED_URL) } : {}),
      ...(material ? { material } : {}),
    }).then(
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
      // The rows are assembled in slices too; a DOM change or a newer read ends this one.
      const epoch = domEpoch();
      const result = await readInSlices(readDocumentSteps(win.document, url), {
        win,
        stop: () => ctx.isInvalid || timer !== undefined || domEpoch() !== epoch,
      });
      if (!result) return;
      // The JSON path already read this page: a DOM miss must not shadow it.
      if (result.status !== 'ok' && jsonOkFor === url.href) return;
      // Hand over in a task of its own: comparing and cloning a 1,000-row read
      // right after reading it would make one long main-thread task.
      ctx.setTimeout(
        () => report('dom', result, { material: () => documentMaterial(win.document) }),
        0,
      );
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
    lastKey.dom = '';
    lastKey.json = '';
    jsonOkFor = '';
    schedule();
  });

  ctx.addEventListener(win, 'message', (event: MessageEvent) => {
    if (event.source !== win) return;
    const record = parseCaptureMessage(event.data, readsApi);
    if (!record) return;
    try {
      const pageUrl = new URL(win.location.href);
      const result = readPosted(record, pageUrl, new Date(), win.document);
      if (result.status === 'ok') jsonOkFor = pageUrl.href;
      report('json', result, {
        apiUrl: record.apiUrl,
        material: () => ({ ...record, from: 'capture' }),
      });
    } catch (e) {
      console.warn('[storewise] capture read failed', e);
    }
  });

  schedule();
}
