import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { StorewiseDB } from '@/utils/db/db';
import { buildTitleAdvice, type TitleAdviceReply } from '@/entrypoints/background/titleAdvice';
import { putSetting } from '@/utils/settings/settings';
import { createBadge, type Badge } from '@/utils/overlay/badge';
import { createApplyBar } from '@/utils/overlay/applyBar';
import { TitlePopover } from '@/utils/overlay/popover';
import { freshDb } from '../db/testDb';
import { fixtureHtml, SHIRT_ID, SHIRT_TITLE } from './helpers';

type Ok = Extract<TitleAdviceReply, { ok: true }>;
const SUGGESTION = 'Men Casual Linen Shirt Long Sleeve Button Down';

/** Real advice from the background builder: the page's title, no keyword report yet. */
async function adviceFor(db: StorewiseDB): Promise<Ok> {
  return buildTitleAdvice(
    db,
    {
      site: 'aliexpress',
      storeId: '2001234',
      products: [{ productId: SHIRT_ID, title: SHIRT_TITLE }],
    },
    new Date('2026-11-21T12:00:00Z'),
  );
}

const shadow = (host: Element) => host.shadowRoot!;
const popoverHost = () => document.querySelector('[data-storewise="title-popover"]');
const inPopover = (testId: string) =>
  popoverHost()?.shadowRoot?.querySelector(`[data-testid="${testId}"]`) ?? null;

describe('title badge and popover', () => {
  let db: StorewiseDB;
  let reply: Ok;
  let abort: AbortController;
  let popover: TitlePopover;
  let badge: Badge;

  beforeEach(async () => {
    db = freshDb();
    reply = await adviceFor(db);
    abort = new AbortController();
    popover = new TitlePopover(document, abort.signal);
    document.body.innerHTML = '<table><tr><td><a href="#">t</a></td></tr></table>';
    const item = reply.items[0]!;
    badge = createBadge(document, item, reply.strings, (b) =>
      popover.open(b, item, reply.strings, reply.language),
    );
    document.querySelector('a')!.after(badge.host);
  });
  afterEach(async () => {
    abort.abort();
    document.body.innerHTML = '';
    document.querySelectorAll('[data-storewise]').forEach((n) => n.remove());
    vi.unstubAllGlobals();
    await db.delete();
  });

  it('the badge is a labelled button showing the score, in a shadow root marked data-storewise', () => {
    const item = reply.items[0]!;
    expect(badge.host.getAttribute('data-storewise')).toBe('title-badge');
    expect(badge.button.textContent).toBe(String(item.score));
    expect(badge.button.getAttribute('aria-label')).toBe(
      `Title score ${item.score} of 100: Repeated words: Shirt. Open title advice`,
    );
    // The console's light DOM text is unchanged: readers see no badge text.
    expect(document.querySelector('td')!.textContent).toBe('t');
  });

  it('opens with the suggestion, a word diff marked by text, the reasons and where the data came from', () => {
    badge.button.click();
    expect(badge.button.getAttribute('aria-expanded')).toBe('true');
    expect(inPopover('overlay-suggestion')?.textContent).toBe(SUGGESTION);
    const diff = inPopover('overlay-diff')!;
    const removed = Array.from(diff.querySelectorAll('del')).map((d) => d.textContent);
    expect(removed).toEqual(['removed: −Shirt']);
    expect(diff.querySelectorAll('ins')).toHaveLength(0);
    expect(inPopover('overlay-reasons')?.textContent).toBe(
      '"Shirt" appears 2 times; a repeated word adds no exposure',
    );
    const sources = popoverHost()!.shadowRoot!.querySelectorAll('[data-testid="overlay-source"]');
    expect(Array.from(sources).map((s) => s.textContent)).toEqual([
      'Title as shown on this page',
      reply.strings['overlay.noKeywords'],
    ]);
    // Focus moves into the dialog.
    expect(popoverHost()!.shadowRoot!.activeElement).toBe(inPopover('overlay-copy'));
  });

  it('Copy writes the suggested title to the clipboard', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    badge.button.click();
    (inPopover('overlay-copy') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(inPopover('overlay-copied')?.textContent).toBe('Copied to the clipboard.'),
    );
    expect(writeText).toHaveBeenCalledWith(SUGGESTION);
  });

  it('Copy falls back to a selected textarea when the clipboard is refused', async () => {
    const writeText = vi.fn().mockRejectedValue(new Error('NotAllowedError'));
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const exec = vi.fn().mockReturnValue(false);
    document.execCommand = exec;
    badge.button.click();
    (inPopover('overlay-copy') as HTMLButtonElement).click();
    await vi.waitFor(() =>
      expect(inPopover('overlay-copied')?.textContent).toBe(
        'Press Ctrl+C to copy the selected title.',
      ),
    );
    expect(exec).toHaveBeenCalledWith('copy');
    const area = inPopover('overlay-copy-fallback') as HTMLTextAreaElement;
    expect(area.value).toBe(SUGGESTION);
  });

  it('Escape closes it and gives the focus back to the badge', () => {
    badge.button.click();
    const dialog = inPopover('title-popover')!;
    dialog.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(popoverHost()).toBeNull();
    expect(badge.button.getAttribute('aria-expanded')).toBe('false');
    expect(shadow(badge.host).activeElement).toBe(badge.button);
  });

  it('a click outside closes it; the content script going away removes it', () => {
    badge.button.click();
    document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
    expect(popoverHost()).toBeNull();
    badge.button.click();
    expect(popoverHost()).not.toBeNull();
    abort.abort();
    expect(popoverHost()).toBeNull();
  });

  it('speaks Chinese when the language setting is zh-CN', async () => {
    await putSetting(db, 'language', 'zh-CN');
    const zh = await adviceFor(db);
    const item = zh.items[0]!;
    const b = createBadge(document, item, zh.strings, (x) =>
      popover.open(x, item, zh.strings, zh.language),
    );
    document.body.append(b.host);
    b.button.click();
    expect(inPopover('title-popover')?.getAttribute('lang')).toBe('zh-CN');
    expect(inPopover('overlay-copy')?.textContent).toBe('复制');
    expect(inPopover('overlay-reasons')?.textContent).toBe(
      '“Shirt”出现 2 次，重复的词不会带来更多曝光',
    );
  });
});

describe('Apply on the product edit form', () => {
  let db: StorewiseDB;
  let reply: Ok;

  beforeEach(async () => {
    db = freshDb();
    reply = await adviceFor(db);
    const html = fixtureHtml('aliexpress/productEdit/edit-en.html');
    document.body.innerHTML = /<body>([\s\S]*)<script>/.exec(html)![1]!;
    // The console's own handler, as the saved page's script does: state + counter.
    const counter = document.querySelector('[data-role="counter"]')!;
    document.getElementById('root')!.addEventListener('input', (e) => {
      const t = e.target as HTMLInputElement;
      counter.textContent = `${t.value.length}/128`;
    });
  });
  afterEach(async () => {
    document.body.innerHTML = '';
    await db.delete();
  });

  it('Apply types the suggestion (the page’s counter follows), Undo restores the original', () => {
    const field = document.getElementById('title-input') as HTMLInputElement;
    const bar = createApplyBar(document, field, reply.items[0]!, reply.strings, () => undefined);
    field.parentElement!.after(bar.host);
    const root = bar.host.shadowRoot!;
    const apply = root.querySelector('[data-testid="overlay-apply"]') as HTMLButtonElement;
    const undo = root.querySelector('[data-testid="overlay-undo"]') as HTMLButtonElement;
    const counter = document.querySelector('[data-role="counter"]')!;
    expect(counter.textContent).toBe('52/128');
    expect(undo.disabled).toBe(true);

    apply.click();
    expect(field.value).toBe(SUGGESTION);
    expect(counter.textContent).toBe(`${SUGGESTION.length}/128`);
    expect(root.querySelector('[data-testid="overlay-apply-status"]')?.textContent).toMatch(
      /Nothing is saved/,
    );

    undo.click();
    expect(field.value).toBe(SHIRT_TITLE);
    expect(counter.textContent).toBe('52/128');
    expect(undo.disabled).toBe(true);
  });

  it('Undo leaves the seller’s own edit alone', () => {
    const field = document.getElementById('title-input') as HTMLInputElement;
    const bar = createApplyBar(document, field, reply.items[0]!, reply.strings, () => undefined);
    field.parentElement!.after(bar.host);
    const root = bar.host.shadowRoot!;
    (root.querySelector('[data-testid="overlay-apply"]') as HTMLButtonElement).click();
    field.value = `${SUGGESTION} Cotton`;
    (root.querySelector('[data-testid="overlay-undo"]') as HTMLButtonElement).click();
    expect(field.value).toBe(`${SUGGESTION} Cotton`);
    expect(root.querySelector('[data-testid="overlay-apply-status"]')?.textContent).toBe(
      'You edited the title since; Undo left your text as it is.',
    );
  });
});
