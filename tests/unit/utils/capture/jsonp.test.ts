import { describe, expect, it, vi } from 'vitest';
import {
  hookJsonpCallback,
  allowApis,
  installCapture,
  jsonpHook,
  mtopHook,
  wrapScriptInsertion,
  type JsonpWindow,
} from '@/utils/capture/capture';
import { parseCaptureMessage } from '@/utils/capture/captureMessage';
import { isAllowlisted } from '@/utils/sites/apis';

// The hooks tested one by one capture the whole allowlist (installCapture sets a script's part).
allowApis(isAllowlisted);

// JSONP capture: Alibaba.com's data pages load data through script elements
// whose URL names a `callback=` (docs/CONSOLES.md). The page must get its
// argument untouched, and its callback's own behaviour and errors.

const PAGE = 'https://data.alibaba.com/product/overview';
const WORDS_URL =
  'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=vip/product/360/wordAnalysis/content&productId=1600123456789&callback=jsonp_1714521600000_52731';
const OTHER_URL =
  'https://hz-mydata.alibaba.com/self/.json?action=CommonAction&iName=getUserInfo&callback=jsonp_1714521600000_99';
const PAYLOAD = {
  successed: true,
  value: { list: [{ searchKeyword: 'cotton t shirt', searchImps: 1200 }] },
};

/** A page world: a Node prototype whose insertion methods record what they insert, and a currentScript. */
function fakePage() {
  const inserted: unknown[] = [];
  class FakeNode {
    appendChild(child: unknown) {
      inserted.push(child);
      return child;
    }
    insertBefore(child: unknown, _ref: unknown) {
      inserted.push(child);
      return child;
    }
  }
  const win = {
    location: { href: PAGE },
    Node: FakeNode as unknown as { prototype: Node },
    document: { currentScript: null as unknown },
  } satisfies JsonpWindow;
  const parent = new FakeNode();
  const script = (src: string) => ({ nodeName: 'SCRIPT', src });
  return { win, parent, inserted, script, globals: win as unknown as Record<string, unknown> };
}

describe('JSONP capture', () => {
  it('wraps the callback the page defined before inserting the script, and passes its argument untouched', () => {
    const { win, parent, inserted, script, globals } = fakePage();
    const sink = vi.fn();
    wrapScriptInsertion(win, sink);
    const seen: unknown[] = [];
    const pageCallback = function (this: unknown, data: unknown) {
      seen.push(this, data);
      return 'page result';
    };
    globals.jsonp_1714521600000_52731 = pageCallback;
    const el = script(WORDS_URL);
    expect(parent.appendChild(el)).toBe(el);
    expect(inserted).toEqual([el]);
    // The script runs: it calls the global with the response object.
    win.document.currentScript = el;
    const arg = structuredClone(PAYLOAD);
    const cb = globals.jsonp_1714521600000_52731 as (d: unknown) => unknown;
    expect(cb.call(win, arg)).toBe('page result');
    expect(seen[0]).toBe(win);
    expect(seen[1]).toBe(arg);
    expect(arg).toEqual(PAYLOAD);
    expect(sink).toHaveBeenCalledTimes(1);
    expect(sink).toHaveBeenCalledWith(WORDS_URL, JSON.stringify(PAYLOAD));
  });

  it('wraps a callback the page assigns only after inserting the script (insertBefore)', () => {
    const { win, parent, script, globals } = fakePage();
    const sink = vi.fn();
    wrapScriptInsertion(win, sink);
    parent.insertBefore(script(WORDS_URL), null);
    const pageCallback = vi.fn(() => undefined);
    globals.jsonp_1714521600000_52731 = pageCallback;
    (globals.jsonp_1714521600000_52731 as (d: unknown) => void)(PAYLOAD);
    expect(pageCallback).toHaveBeenCalledWith(PAYLOAD);
    expect(sink).toHaveBeenCalledWith(WORDS_URL, JSON.stringify(PAYLOAD));
    // The page's clean-up works: the global can be deleted or cleared.
    globals.jsonp_1714521600000_52731 = undefined;
    expect(globals.jsonp_1714521600000_52731).toBeUndefined();
    expect(delete globals.jsonp_1714521600000_52731).toBe(true);
    expect('jsonp_1714521600000_52731' in globals).toBe(false);
  });

  it('wraps once: inserting the same request twice posts once per call', () => {
    const { win, parent, script, globals } = fakePage();
    const sink = vi.fn();
    wrapScriptInsertion(win, sink);
    globals.jsonp_1714521600000_52731 = () => undefined;
    parent.appendChild(script(WORDS_URL));
    const once = globals.jsonp_1714521600000_52731;
    parent.appendChild(script(WORDS_URL));
    expect(globals.jsonp_1714521600000_52731).toBe(once);
    (once as (d: unknown) => void)(PAYLOAD);
    expect(sink).toHaveBeenCalledTimes(1);
  });

  it('leaves scripts alone that are off the allowlist, name no callback, or name no plain global', () => {
    const { win, parent, script, globals } = fakePage();
    const sink = vi.fn();
    wrapScriptInsertion(win, sink);
    const mine = () => 'mine';
    globals.jsonp_1714521600000_99 = mine;
    parent.appendChild(script(OTHER_URL));
    parent.appendChild(script(WORDS_URL.replace(/&callback=.*/, '')));
    parent.appendChild(script(WORDS_URL.replace(/callback=\w+/, 'callback=a.b%28%29')));
    parent.appendChild({ nodeName: 'IMG', src: WORDS_URL });
    parent.appendChild(script(''));
    expect(globals.jsonp_1714521600000_99).toBe(mine);
    expect(Object.keys(globals)).not.toContain('a.b()');
    expect(Object.keys(globals)).not.toContain('jsonp_1714521600000_52731');
    expect(sink).not.toHaveBeenCalled();
  });

  it('a failing capture never reaches the page; the page callback’s own error does, unchanged', () => {
    const { win, globals } = fakePage();
    const broken = vi.fn(() => {
      throw new Error('sink broke');
    });
    const failure = new RangeError('page bug');
    globals.cbA = () => {
      throw failure;
    };
    hookJsonpCallback(win, 'cbA', WORDS_URL, broken);
    expect(() => (globals.cbA as (d: unknown) => void)(PAYLOAD)).toThrow(failure);
    globals.cbB = (d: unknown) => d;
    hookJsonpCallback(win, 'cbB', WORDS_URL, broken);
    // An argument JSON cannot copy (a cycle) still reaches the page.
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect((globals.cbB as (d: unknown) => unknown)(cyclic)).toBe(cyclic);
    expect((globals.cbB as (d: unknown) => unknown)(PAYLOAD)).toBe(PAYLOAD);
    // cbA's argument and the second cbB argument were copied; the cycle was not.
    expect(broken).toHaveBeenCalledTimes(2);
  });

  it('a callback name shared by several requests is named by the script that runs', () => {
    const { win, parent, script, globals } = fakePage();
    const sink = vi.fn();
    wrapScriptInsertion(win, sink);
    const second = WORDS_URL.replace('1600123456789', '1600123456790').replace(
      /callback=\w+/,
      'callback=shared',
    );
    const first = WORDS_URL.replace(/callback=\w+/, 'callback=shared');
    globals.shared = () => undefined;
    parent.appendChild(script(first));
    const el = script(second);
    parent.appendChild(el);
    win.document.currentScript = el;
    (globals.shared as (d: unknown) => void)(PAYLOAD);
    // A script off the allowlist calling the same global posts nothing.
    win.document.currentScript = script(OTHER_URL);
    (globals.shared as (d: unknown) => void)(PAYLOAD);
    expect(sink.mock.calls).toEqual([[second, JSON.stringify(PAYLOAD)]]);
  });

  it('installCapture posts a JSONP capture the isolated side accepts, on a real DOM', () => {
    const posted: unknown[] = [];
    const base = {
      location: { href: PAGE, origin: 'https://data.alibaba.com' },
      postMessage: (m: unknown) => posted.push(m),
      setTimeout: () => 0,
      Node: { prototype: Object.create(Node.prototype) as Node },
      document: { currentScript: null },
    };
    const proto = base.Node.prototype as unknown as Record<string, unknown>;
    proto.appendChild = (c: unknown) => c;
    installCapture(base, null, isAllowlisted, [mtopHook, jsonpHook]);
    const globals = base as unknown as Record<string, unknown>;
    globals.jsonp_1714521600000_52731 = () => undefined;
    const el = document.createElement('script');
    el.src = WORDS_URL;
    (proto.appendChild as (c: unknown) => unknown).call({}, el);
    (globals.jsonp_1714521600000_52731 as (d: unknown) => void)(PAYLOAD);
    expect(posted).toHaveLength(1);
    expect(parseCaptureMessage(posted[0], isAllowlisted)).toEqual({
      api: 'vip/product/360/wordAnalysis/content',
      apiUrl: WORDS_URL,
      body: JSON.stringify(PAYLOAD),
    });
  });
});
