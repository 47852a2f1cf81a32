import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { sendMessage } from '../protocol';
import type {
  OverlayStrings,
  TitleAdviceItem,
  TitleAdviceReply,
} from '../../entrypoints/background/titleAdvice';
import { createBadge, type Badge } from '@/utils/overlay/badge';
import { createApplyBar } from '@/utils/overlay/applyBar';
import { TitlePopover } from '@/utils/overlay/popover';
import { pageFor, type EditPage, type ListPage, type OverlayPage } from './find';
import { foreignChange, inSlices, primeDom, readInSlices } from '../capture/domPrime';

// The title overlays' loop in the isolated content script: find the product
// titles (list, ranking and analysis pages) or the title field (edit page),
// ask the background for their advice, and place a badge beside each title.
// Placed again when the console re-renders (pagination, sorting: a debounced
// MutationObserver), removed on SPA navigation and when the extension goes
// away. Every listener, observer and timer is tied to `ctx`.

const SETTLE_MS = 400;

type Ask = (
  request: Parameters<typeof sendMessage<'getTitleAdvice'>>[1],
) => Promise<TitleAdviceReply>;

interface Placed {
  host: HTMLElement;
  badge: Badge;
  item: TitleAdviceItem;
  /** The element the host was placed after; a re-rendered row gets a new one. */
  anchor: Element;
}

export interface OverlayHandle {
  /** Places the overlays now (tests call this instead of waiting for the observer). */
  refresh: () => Promise<void>;
  removeAll: () => void;
}

export function startTitleOverlay(
  ctx: Pick<ContentScriptContext, 'setTimeout' | 'addEventListener' | 'onInvalidated' | 'signal'>,
  pages: readonly OverlayPage[],
  win: Window = window,
  ask: Ask = (request) => sendMessage('getTitleAdvice', request),
): OverlayHandle {
  const doc = win.document;
  const popover = new TitlePopover(doc, ctx.signal);
  const placed = new Map<string, Placed>();
  // Advice by product id and the title it was computed for.
  const advice = new Map<string, TitleAdviceItem>();
  const noAdvice = new Set<string>();
  let strings: OverlayStrings | undefined;
  let lang = 'en';
  let timer: number | undefined;
  let running: Promise<void> | undefined;
  let again = false;

  const keyOf = (productId: string, title: string) => `${productId}\u0000${title}`;

  const removeAll = () => {
    popover.close(false);
    for (const p of placed.values()) p.host.remove();
    placed.clear();
  };

  const fetchAdvice = async (
    page: OverlayPage,
    wanted: { productId: string; title: string }[],
  ): Promise<void> => {
    const missing = wanted.filter(
      (w) => !advice.has(keyOf(w.productId, w.title)) && !noAdvice.has(keyOf(w.productId, w.title)),
    );
    if (missing.length === 0) return;
    const url = new URL(win.location.href);
    const storeId = page.storeId?.(doc, url);
    for (let i = 0; i < missing.length; i += 200) {
      const chunk = missing.slice(i, i + 200);
      const reply = await ask({
        site: page.site,
        ...(storeId ? { storeId } : {}),
        products: chunk.map((w) => ({ productId: w.productId, title: w.title })),
      });
      if (!reply.ok) {
        console.warn('[storewise] title advice refused:', reply.error);
        return;
      }
      strings = reply.strings;
      lang = reply.language;
      const got = new Set<string>();
      for (const item of reply.items) {
        advice.set(keyOf(item.productId, item.title), item);
        got.add(item.productId);
      }
      for (const w of chunk) if (!got.has(w.productId)) noAdvice.add(keyOf(w.productId, w.title));
    }
  };

  const open = (badge: Badge) => {
    const entry = [...placed.values()].find((p) => p.badge === badge);
    if (entry && strings) popover.open(badge, entry.item, strings, lang);
  };

  const placeList = async (page: ListPage, url: URL) => {
    // The table's cells are read in slices first, shared with the page reader.
    await primeDom(doc, win);
    // The product cells are found a slice at a time too (no long task of ours).
    const cells = page.findSteps
      ? await readInSlices(page.findSteps(doc, url), { win, stop: () => ctx.signal.aborted })
      : page.find(doc, url);
    if (!cells) return;
    await fetchAdvice(page, cells);
    if (ctx.signal.aborted || !strings) return;
    const s = strings;
    const seen = new Set<string>();
    // A thousand badges are placed a slice at a time, yielding to the page.
    await inSlices(
      cells,
      (cell) => {
        const item = advice.get(keyOf(cell.productId, cell.title));
        if (!item) return;
        seen.add(cell.productId);
        const current = placed.get(cell.productId);
        if (
          current &&
          current.host.isConnected &&
          current.anchor === cell.anchor &&
          current.host.dataset.title === cell.title
        )
          return;
        current?.host.remove();
        const badge = createBadge(doc, item, s, open);
        badge.host.dataset.title = cell.title;
        cell.anchor.after(badge.host);
        placed.set(cell.productId, { host: badge.host, badge, item, anchor: cell.anchor });
      },
      { win, stop: () => ctx.signal.aborted },
    );
    if (ctx.signal.aborted) return;
    for (const [id, p] of placed) {
      if (seen.has(id)) continue;
      p.host.remove();
      placed.delete(id);
    }
  };

  const placeEdit = async (page: EditPage, url: URL) => {
    const found = page.findField(doc, url);
    const current = found ? placed.get(found.productId) : undefined;
    // The bar stays as long as its field does: the seller's typing (or Apply)
    // changes the title, and re-placing the bar would lose Undo.
    if (found && current?.host.isConnected && current.anchor === found.anchor) return;
    for (const p of placed.values()) p.host.remove();
    placed.clear();
    if (!found) return;
    const title = found.field.value.trim();
    const wanted = title ? [{ productId: found.productId, title }] : [];
    await fetchAdvice(page, wanted);
    const item = title ? advice.get(keyOf(found.productId, title)) : undefined;
    if (!item || !strings || ctx.signal.aborted || !found.anchor.isConnected) return;
    if (placed.get(found.productId)?.host.isConnected) return;
    const bar = createApplyBar(doc, found.field, item, strings, open);
    bar.badge.host.dataset.title = title;
    bar.host.dataset.title = title;
    found.anchor.after(bar.host);
    placed.set(found.productId, { host: bar.host, badge: bar.badge, item, anchor: found.anchor });
  };

  const run = async () => {
    const url = new URL(win.location.href);
    const page = pageFor(pages, url);
    if (!page) {
      removeAll();
      return;
    }
    if (page.kind === 'list') await placeList(page, url);
    else await placeEdit(page, url);
    popover.closeIfDetached();
  };

  // One pass at a time; a change during a pass asks for one more.
  const refresh = async (): Promise<void> => {
    if (running) {
      again = true;
      return running;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await run();
        } catch (e) {
          console.warn('[storewise] title overlay failed', e);
        }
      } while (again && !ctx.signal.aborted);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
  };

  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = ctx.setTimeout(() => {
      timer = undefined;
      void refresh();
    }, SETTLE_MS);
  };

  const Observer = (win as Window & typeof globalThis).MutationObserver;
  const observer = new Observer((records) => {
    // Our own hosts coming and going are not a console re-render.
    if (foreignChange(records)) schedule();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  ctx.onInvalidated(() => {
    observer.disconnect();
    removeAll();
  });
  ctx.addEventListener(win, 'wxt:locationchange', () => {
    removeAll();
    advice.clear();
    noAdvice.clear();
    schedule();
  });

  schedule();
  return { refresh, removeAll };
}
