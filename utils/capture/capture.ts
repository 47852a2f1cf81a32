import { apiNameFromUrl } from '../sites/apis';
import { CAPTURE_SOURCE } from './captureMessage';

// The MAIN-world capture (docs/CONSOLES.md "How to read a page", step 1). It
// runs in the page's own JavaScript world at document_start, so it obeys three
// rules:
// - the page gets exactly what it would get without us: the same Response
//   object / promise, the same XHR state, the same JSONP argument; we only read
//   a clone, the text after the page's own request has completed, or a JSON
//   copy of the callback's argument;
// - nothing we do may throw into the page: every hook body is in try/catch and
//   every promise we attach swallows its own rejection;
// - only allowlisted API responses leave the page's world (no cookies, tokens,
//   request bodies or other APIs), posted to our isolated script only.
// We never send a request of our own. Imports stay to utils/sites/apis.ts and
// the message tag: this bundle ships into every console page. Each marketplace
// has its own MAIN-world script (entrypoints/capture-*.content.ts) with its
// part of the allowlist and only the hooks its consoles need; the buyer-side
// pages get one with all of them (entrypoints/capture.content.ts).

/** Where captures go: the full request URL (query included) and the raw response text. */
export type CaptureSink = (apiUrl: string, body: string) => void;

/** The subset of `window` the hooks touch, so tests can pass a fake. */
export interface CaptureWindow {
  fetch?: typeof fetch;
  XMLHttpRequest?: typeof XMLHttpRequest;
  location: { href: string; origin: string };
  postMessage(message: unknown, targetOrigin: string): void;
}

const noop = () => undefined;

/** The allowlisted API names this script captures (nothing until installCapture or allowApis says). */
let allowed: (api: string) => boolean = () => false;

/** Sets what allowlistedUrl lets through: the script's part of utils/sites/apis.ts. */
export function allowApis(test: (api: string) => boolean): void {
  allowed = test;
}

/** The request URL resolved against the page when its API is allowlisted, else undefined. */
export function allowlistedUrl(requestUrl: string | undefined, base: string): string | undefined {
  if (!requestUrl) return undefined;
  const api = apiNameFromUrl(requestUrl, base);
  return api && allowed(api) ? new URL(requestUrl, base).href : undefined;
}

export function postingSink(win: CaptureWindow): CaptureSink {
  return (apiUrl, body) => {
    try {
      win.postMessage({ source: CAPTURE_SOURCE, apiUrl, body }, win.location.origin);
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

/** Calls `sink` and keeps whatever it throws away from the page. */
function deliver(sink: CaptureSink, apiUrl: string, body: string): void {
  try {
    sink(apiUrl, body);
  } catch {
    // a failing sink must not surface in the page
  }
}

/** Wraps `win.fetch`: the page receives the original promise itself; a clone's text goes to `sink`. */
export function wrapFetch(win: CaptureWindow, sink: CaptureSink): void {
  const original = win.fetch;
  if (typeof original !== 'function') return;
  const wrapped = function (this: unknown, ...args: Parameters<typeof fetch>) {
    const result = Reflect.apply(original, this, args) as Promise<Response>;
    try {
      const apiUrl = allowlistedUrl(requestUrlOf(args[0]), win.location.href);
      if (apiUrl) {
        // Attached before the page's own continuations run, so the body is still unread.
        result.then((response) => {
          try {
            if (!response.ok) return;
            response
              .clone()
              .text()
              .then((text) => deliver(sink, apiUrl, text), noop);
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
      const apiUrl = allowlistedUrl(urls.get(this), win.location.href);
      if (apiUrl) {
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
            if (typeof text === 'string') deliver(sink, apiUrl, text);
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
  config?: unknown;
}

const wrappedMtop = new WeakSet<object>();

/**
 * The URL the mtop gateway gives a `lib.mtop.request(params)` call:
 * `//<prefix>.<subDomain>.<mainDomain>/h5/<api>/<v>/?data=<json>`, host parts
 * from the call, else the SDK's config, else the SDK's defaults (h5api, m, the
 * page's own domain). A POST sends `data` in its body, which no URL hook sees;
 * naming it here lets readers route on the request's own parameters.
 */
export function mtopApiUrl(params: unknown, config: unknown, pageHref: string): string | undefined {
  const p = (params ?? {}) as Record<string, unknown>;
  const c = (config ?? {}) as Record<string, unknown>;
  const api = p.api;
  if (typeof api !== 'string' || !/^mtop\.[\w.-]+$/i.test(api)) return undefined;
  const part = (key: string, fallback: string) => {
    const v = p[key] ?? c[key];
    return typeof v === 'string' && /^[\w.-]*$/.test(v) ? v : fallback;
  };
  const page = new URL(pageHref);
  const host = [
    part('prefix', 'h5api'),
    part('subDomain', 'm'),
    part('mainDomain', page.hostname.split('.').slice(-2).join('.')),
  ]
    .filter(Boolean)
    .join('.');
  const v = typeof p.v === 'string' && /^[\w.]+$/.test(p.v) ? p.v : '1.0';
  const data = p.data;
  const query =
    data === undefined
      ? ''
      : `?data=${encodeURIComponent(typeof data === 'string' ? data : JSON.stringify(data))}`;
  return new URL(`//${host}/h5/${api.toLowerCase()}/${v.toLowerCase()}/${query}`, page).href;
}

/**
 * Wraps `lib.mtop.request(params, ...)` (the mtop SDK, which may use JSONP and
 * so bypass fetch/XHR): the page gets the SDK's own promise back.
 */
export function wrapMtop(mtop: MtopLib, sink: CaptureSink, pageHref: string): boolean {
  const original = mtop.request;
  if (typeof original !== 'function' || wrappedMtop.has(mtop)) return false;
  const wrapped = function (this: unknown, ...args: unknown[]) {
    const result = Reflect.apply(original, this, args) as unknown;
    try {
      const apiUrl = mtopApiUrl(args[0], mtop.config, pageHref);
      if (
        apiUrl &&
        allowlistedUrl(apiUrl, pageHref) &&
        result &&
        typeof (result as Promise<unknown>).then === 'function'
      ) {
        (result as Promise<unknown>).then((res) => {
          try {
            deliver(sink, apiUrl, typeof res === 'string' ? res : JSON.stringify(res));
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

/** The subset of `window` the JSONP hook touches. */
export interface JsonpWindow {
  location: { href: string };
  Node?: { prototype: Node };
  document?: { currentScript: unknown };
}

const jsonpWrapped = new WeakSet<object>();

/**
 * Wraps the global JSONP callback `name` (once): the page's function gets its
 * argument untouched and returns as it would; a JSON copy of the argument,
 * taken before the page's function runs, goes to `sink`. When the page
 * assigns the callback only later, a setter wraps it then.
 */
export function hookJsonpCallback(
  win: JsonpWindow,
  name: string,
  apiUrl: string,
  sink: CaptureSink,
): void {
  const target = win as unknown as Record<string, unknown>;
  const wrap = (fn: unknown): unknown => {
    if (typeof fn !== 'function' || jsonpWrapped.has(fn)) return fn;
    const wrapped = function (this: unknown, ...args: unknown[]) {
      try {
        // A callback name reused by several scripts: the running script names the request.
        const script = win.document?.currentScript as { src?: unknown } | null | undefined;
        const url =
          typeof script?.src === 'string' && script.src
            ? allowlistedUrl(script.src, win.location.href)
            : apiUrl;
        const text = JSON.stringify(args[0]);
        if (url && typeof text === 'string') deliver(sink, url, text);
      } catch {
        // an argument JSON cannot copy stays the page's business
      }
      return Reflect.apply(fn as (...a: unknown[]) => unknown, this, args);
    };
    jsonpWrapped.add(wrapped);
    return wrapped;
  };
  const desc = Object.getOwnPropertyDescriptor(win, name);
  if (desc && 'value' in desc && typeof desc.value === 'function') {
    if (desc.writable) target[name] = wrap(desc.value);
    return;
  }
  // Not defined yet (or a placeholder): wrap whatever the page assigns.
  if (desc && (!desc.configurable || !('value' in desc))) return;
  let current = wrap(desc?.value);
  Object.defineProperty(win, name, {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (v: unknown) => {
      current = wrap(v);
    },
  });
}

/** A script element the page inserts: when its src is an allowlisted JSONP request, hook its callback. */
export function watchScript(win: JsonpWindow, node: unknown, sink: CaptureSink): void {
  const el = node as { nodeName?: unknown; src?: unknown } | null;
  if (el?.nodeName !== 'SCRIPT' || typeof el.src !== 'string' || !el.src) return;
  const apiUrl = allowlistedUrl(el.src, win.location.href);
  const callback = apiUrl && new URL(apiUrl).searchParams.get('callback');
  if (apiUrl && callback && /^[\w$]{1,100}$/.test(callback))
    hookJsonpCallback(win, callback, apiUrl, sink);
}

/**
 * JSONP requests (docs/CONSOLES.md: Alibaba.com's data pages) are script
 * elements no fetch/XHR hook sees. Wrapping the two insertion methods JSONP
 * loaders use catches them synchronously, before the script can run.
 */
export function wrapScriptInsertion(win: JsonpWindow, sink: CaptureSink): void {
  const proto = win.Node?.prototype as unknown as Record<string, unknown> | undefined;
  if (!proto) return;
  for (const method of ['appendChild', 'insertBefore']) {
    const original = proto[method];
    if (typeof original !== 'function') continue;
    proto[method] = function (this: unknown, ...args: unknown[]) {
      try {
        watchScript(win, args[0], sink);
      } catch {
        // never let a capture problem reach the page
      }
      return Reflect.apply(original as (...a: unknown[]) => unknown, this, args);
    };
  }
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
  location: { href: string };
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
      const mtop = win.lib?.mtop;
      if (!haveMtop && mtop)
        haveMtop = wrapMtop(mtop, sink, win.location.href) || wrappedMtop.has(mtop);
      if (!haveChannel) haveChannel = copyChannelId(win, root);
    } catch {
      // keep polling; the page is still setting itself up
    }
    if ((!haveMtop || !haveChannel) && --left > 0) win.setTimeout(tick, everyMs);
  };
  tick();
}

const installedOn = new WeakSet<object>();

type CaptureHost = CaptureWindow & PollWindow & JsonpWindow;

/** A hook beyond fetch and XHR: the mtop SDK and page config, or JSONP. */
export type ExtraHook = (win: CaptureHost, root: HTMLElement | null, sink: CaptureSink) => void;

export const mtopHook: ExtraHook = (win, root, sink) => pollForPageGlobals(win, root, sink);
export const jsonpHook: ExtraHook = (win, _root, sink) => wrapScriptInsertion(win, sink);

/**
 * Installs the hooks once per window: fetch and XHR, and `extra` (only the
 * hooks a marketplace's pages need), capturing the APIs `allow` lets through.
 */
export function installCapture(
  win: CaptureHost,
  root: HTMLElement | null,
  allow: (api: string) => boolean,
  extra: readonly ExtraHook[],
): void {
  if (installedOn.has(win)) return;
  installedOn.add(win);
  allowApis(allow);
  const sink = postingSink(win);
  wrapFetch(win, sink);
  wrapXhr(win, sink);
  for (const hook of extra) hook(win, root, sink);
}
