import { apiNameFromUrl, isAllowlisted } from '../sites/apis';
import { CAPTURE_SOURCE } from '../content/captureMessage';

// The MAIN-world capture (CONSOLES.md "How to read a page", step 1). It runs in
// the page's own JavaScript world at document_start, so it obeys three rules:
// - the page gets exactly what it would get without us: the same Response
//   object / promise, the same XHR state; we only read a clone or the text
//   after the page's own request has completed;
// - nothing we do may throw into the page: every hook body is in try/catch and
//   every promise we attach swallows its own rejection;
// - only allowlisted API responses leave the page's world (no cookies, tokens,
//   request bodies or other APIs), posted to our isolated script only.
// Imports stay to utils/sites/apis.ts and the message tag: this bundle ships
// into every console page.

/** Where captures go: `window.postMessage` to the page's own origin in the extension. */
export type CaptureSink = (api: string, body: string) => void;

/** The subset of `window` the hooks touch, so tests can pass a fake. */
export interface CaptureWindow {
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
  location: { href: string; origin: string };
  postMessage(message: unknown, targetOrigin: string): void;
}

const noop = () => undefined;

/** The allowlisted API name of a request, or undefined. */
export function allowlistedApi(requestUrl: string | undefined, base: string): string | undefined {
  if (!requestUrl) return undefined;
  const api = apiNameFromUrl(requestUrl, base);
  return api && isAllowlisted(api) ? api : undefined;
}

export function postingSink(win: CaptureWindow): CaptureSink {
  return (api, body) => {
    try {
      win.postMessage({ source: CAPTURE_SOURCE, api, body }, win.location.origin);
    } catch {
      // a closed or navigating window: nothing to deliver to
    }
  };
}

function requestUrlOf(input: unknown): string | undefined {
  if (typeof input === 'string') return input;
  if (input && typeof input === 'object') {
    // URL objects and Request objects, possibly from another realm: no instanceof.
    const { href, url } = input as { href?: unknown; url?: unknown };
    if (typeof url === 'string') return url;
    if (typeof href === 'string') return href;
  }
  return undefined;
}

/** Wraps `win.fetch`: the page receives the original promise itself; a clone's text goes to `sink`. */
export function wrapFetch(win: CaptureWindow, sink: CaptureSink): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const result = Reflect.apply(original, this, args) as Promise<Response>;
    try {
      const api = allowlistedApi(requestUrlOf(args[0]), win.location.href);
      if (api) {
        // Attached before the page's own continuations run, so the body is still unread.
        result.then((response) => {
          try {
            if (!response.ok) return;
            response
              .clone()
              .text()
              .then((text) => {
                try {
                  sink(api, text);
                } catch {
                  // a failing sink must not surface as an unhandled rejection in the page
                }
              }, noop);
          } catch {
            // body already used or not clonable: the page keeps its response
          }
        }, noop);
      }
    } catch {
      // never let a capture problem reach the page
    }
    return result;
  };
  win.fetch = wrapped as typeof fetch;
}

/** Wraps XMLHttpRequest open/send: records the URL, and reads the text once the page's request loads. */
export function wrapXhr(win: CaptureWindow, sink: CaptureSink): void {
  const proto = win.XMLHttpRequest?.prototype;
  if (!proto) return;
  const urls = new WeakMap<XMLHttpRequest, string>();
  const open = proto.open;
  const send = proto.send;
  proto.open = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const url = requestUrlOf(args[1]);
      if (url) urls.set(this, url);
    } catch {
      // keep the page's request going
    }
    return Reflect.apply(open, this, args) as void;
  } as typeof proto.open;
  proto.send = function (this: XMLHttpRequest, ...args: unknown[]) {
    try {
      const api = allowlistedApi(urls.get(this), win.location.href);
      if (api) {
        this.addEventListener('load', (event) => {
          const xhr = event.currentTarget as XMLHttpRequest;
          try {
            if (xhr.status < 200 || xhr.status >= 300) return;
            const type = xhr.responseType;
            // Reading responseText is only allowed for '' and 'text'; 'json' hands out the parsed value.
            const text =
              type === '' || type === 'text'
                ? xhr.responseText
                : type === 'json'
                  ? JSON.stringify(xhr.response)
                  : undefined;
            if (typeof text === 'string') sink(api, text);
          } catch {
            // an unreadable response stays the page's business
          }
        });
      }
    } catch {
      // keep the page's request going
    }
    return Reflect.apply(send, this, args) as void;
  } as typeof proto.send;
}

interface MtopLib {
  request?: (params: unknown, ...rest: unknown[]) => unknown;
}

const wrappedMtop = new WeakSet<object>();

/**
 * Wraps `lib.mtop.request(params, ...)` (the mtop SDK, which may use JSONP and
 * so bypass fetch/XHR): the page gets the SDK's own promise back.
 */
export function wrapMtop(mtop: MtopLib, sink: CaptureSink): boolean {
  const original = mtop.request;
  if (typeof original !== 'function' || wrappedMtop.has(mtop)) return false;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const result = Reflect.apply(original, this, args) as unknown;
    try {
      const params = args[0] as { api?: unknown } | undefined;
      const api = typeof params?.api === 'string' ? params.api.toLowerCase() : undefined;
      if (
        api &&
        isAllowlisted(api) &&
        result &&
        typeof (result as Promise<unknown>).then === 'function'
      ) {
        (result as Promise<unknown>).then((res) => {
          try {
            sink(api, typeof res === 'string' ? res : JSON.stringify(res));
          } catch {
            // unserialisable result: skip it
          }
        }, noop);
      }
    } catch {
      // never let a capture problem reach the page
    }
    return result;
  };
  mtop.request = wrapped;
  wrappedMtop.add(mtop);
  return true;
}

/** Copies the store id from the page config into a data attribute the isolated reader can see. */
export function copyChannelId(win: { mtopConfig?: unknown }, root: HTMLElement | null): boolean {
  try {
    const config = win.mtopConfig as
      { queryStringParameters?: Record<string, unknown> } | undefined;
    const id = config?.queryStringParameters?.['__channel-id__'];
    const text = typeof id === 'number' ? String(id) : id;
    if (!root || typeof text !== 'string' || !/^\d{1,20}$/.test(text)) return false;
    root.dataset.storewiseChannelId = text;
    return true;
  } catch {
    return false;
  }
}

export interface PollWindow {
  lib?: { mtop?: MtopLib };
  mtopConfig?: unknown;
  setTimeout(handler: () => void, ms: number): unknown;
}

/**
 * `lib.mtop` and `mtopConfig` appear after document_start, when the page's own
 * scripts run. A short bounded poll (no property traps on `window`, which the
 * page's scripts may define themselves) picks them up.
 */
export function pollForPageGlobals(
  win: PollWindow,
  root: HTMLElement | null,
  sink: CaptureSink,
  { everyMs = 250, tries = 120 } = {},
): void {
  let haveMtop = false;
  let haveChannel = false;
  let left = tries;
  const tick = () => {
    try {
      if (!haveMtop && win.lib?.mtop)
        haveMtop = wrapMtop(win.lib.mtop, sink) || wrappedMtop.has(win.lib.mtop);
      if (!haveChannel) haveChannel = copyChannelId(win, root);
    } catch {
      // keep polling; the page is still setting itself up
    }
    if ((!haveMtop || !haveChannel) && --left > 0) win.setTimeout(tick, everyMs);
  };
  tick();
}

const installedOn = new WeakSet<object>();

/** Installs every hook once per window. */
export function installCapture(win: CaptureWindow & PollWindow, root: HTMLElement | null): void {
  if (installedOn.has(win)) return;
  installedOn.add(win);
  const sink = postingSink(win);
  wrapFetch(win, sink);
  wrapXhr(win, sink);
  pollForPageGlobals(win, root, sink);
}
