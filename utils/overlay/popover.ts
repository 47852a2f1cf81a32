import type { OverlayStrings, TitleAdviceItem } from '@/entrypoints/background/titleAdvice';
import { wordDiff } from '@/utils/engines/titles/wordDiff';
import { createShadowHost, type ShadowHost } from './shadowHost';
import { copyText } from './copy';
import { el, say } from './format';
import { POPOVER_CSS } from './styles';

// The title advice popover: suggested title, a word diff against the current
// title (added and removed words carry a +/− sign and a hidden word, not
// colour alone), the reasons with their numbers, where the data came from,
// and Copy. One per page, in a zero-size absolutely positioned layer at the
// document root, so opening it never moves the console's content.

export interface PopoverAnchor {
  button: HTMLButtonElement;
}

export function renderDiff(
  doc: Document,
  before: string,
  after: string,
  strings: OverlayStrings,
): HTMLElement {
  const box = el(doc, 'p', { class: 'diff', 'data-testid': 'overlay-diff' });
  wordDiff(before, after).forEach((op, i) => {
    if (i > 0) box.append(' ');
    if (op.kind === 'same') box.append(op.text);
    else if (op.kind === 'added')
      box.append(
        el(
          doc,
          'ins',
          { 'data-op': 'added' },
          el(doc, 'span', { class: 'sr' }, `${strings['overlay.added']}: `),
          `+${op.text}`,
        ),
      );
    else
      box.append(
        el(
          doc,
          'del',
          { 'data-op': 'removed' },
          el(doc, 'span', { class: 'sr' }, `${strings['overlay.removed']}: `),
          `−${op.text}`,
        ),
      );
  });
  return box;
}

const SR_CSS = /* css */ `.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }`;

export class TitlePopover {
  private layer: ShadowHost | undefined;
  private anchor: PopoverAnchor | undefined;
  private readonly doc: Document;
  private readonly signal: AbortSignal;

  constructor(doc: Document, signal: AbortSignal) {
    this.doc = doc;
    this.signal = signal;
    // A click anywhere outside the popover and its badge closes it.
    doc.addEventListener(
      'pointerdown',
      (e) => {
        if (!this.layer || !this.anchor) return;
        const path = e.composedPath();
        if (path.includes(this.layer.host) || path.includes(this.anchor.button)) return;
        this.close(false);
      },
      { signal, capture: true },
    );
    signal.addEventListener('abort', () => this.close(false));
  }

  get isOpen(): boolean {
    return this.layer !== undefined;
  }

  /** Opens the advice for `item` under `anchor`; the same anchor again toggles it closed. */
  open(anchor: PopoverAnchor, item: TitleAdviceItem, strings: OverlayStrings, lang: string): void {
    if (this.anchor === anchor) {
      this.close(true);
      return;
    }
    this.close(false);
    if (this.signal.aborted) return;
    const doc = this.doc;
    const layer = createShadowHost(
      doc,
      'div',
      'title-popover',
      /* css */ 'position: absolute; top: 0; left: 0; width: 0; height: 0; overflow: visible; z-index: 2147483646;',
      POPOVER_CSS + SR_CSS,
    );
    const headingId = 'storewise-pop-title';
    const pop = el(doc, 'div', {
      class: 'pop',
      role: 'dialog',
      'aria-labelledby': headingId,
      'data-testid': 'title-popover',
      lang,
    });
    const close = el(
      doc,
      'button',
      { type: 'button', class: 'secondary', 'data-testid': 'overlay-close' },
      strings['overlay.close'],
    );
    const copy = el(
      doc,
      'button',
      { type: 'button', 'data-testid': 'overlay-copy' },
      strings['overlay.copy'],
    );
    const copied = el(doc, 'span', {
      class: 'copied',
      role: 'status',
      'data-testid': 'overlay-copied',
    });
    const unchanged = item.suggestion.trim() === item.title.trim();
    const unit = strings[item.unit === 'bytes' ? 'overlay.unit.bytes' : 'overlay.unit.chars'];
    const reasons = item.changes.map((c) => el(doc, 'li', {}, c.reason));

    pop.append(
      el(
        doc,
        'h2',
        { id: headingId },
        el(doc, 'span', {}, strings['overlay.title']),
        el(
          doc,
          'span',
          { 'data-testid': 'overlay-score' },
          say(strings, 'overlay.score', { score: item.score }),
        ),
      ),
      el(doc, 'p', { 'data-testid': 'overlay-hint' }, item.topHint),
      el(doc, 'h3', {}, strings['overlay.suggested']),
      el(
        doc,
        'p',
        { class: 'suggestion', 'data-testid': 'overlay-suggestion' },
        unchanged ? item.title : item.suggestion,
      ),
      el(
        doc,
        'p',
        { class: 'legend' },
        say(strings, 'overlay.length', { length: item.suggestionLength, limit: item.limit, unit }),
      ),
    );
    if (unchanged) {
      pop.append(el(doc, 'p', { class: 'legend' }, strings['overlay.noChange']));
    } else {
      pop.append(
        el(doc, 'h3', {}, strings['overlay.diff']),
        renderDiff(doc, item.title, item.suggestion, strings),
        el(doc, 'p', { class: 'legend' }, strings['overlay.diffLegend']),
      );
    }
    if (reasons.length > 0)
      pop.append(
        el(doc, 'h3', {}, strings['overlay.reasons']),
        el(doc, 'ul', { 'data-testid': 'overlay-reasons' }, ...reasons),
      );
    for (const note of item.confidence) pop.append(el(doc, 'p', { class: 'warn' }, note));
    for (const line of item.provenance.lines)
      pop.append(el(doc, 'p', { class: 'source', 'data-testid': 'overlay-source' }, line));
    if (item.provenance.stale)
      pop.append(
        el(doc, 'p', { class: 'warn', 'data-testid': 'overlay-stale' }, strings['overlay.stale']),
      );
    const actions = el(doc, 'div', { class: 'actions' }, copy, close, copied);
    pop.append(actions);

    copy.addEventListener('click', () => {
      copied.textContent = '';
      void copyText(
        unchanged ? item.title : item.suggestion,
        actions.parentElement ?? pop,
        doc,
      ).then((how) => {
        copied.textContent = strings[how === 'copied' ? 'overlay.copied' : 'overlay.copyManual'];
      });
    });
    close.addEventListener('click', () => this.close(true));
    pop.addEventListener('keydown', (e) => {
      if (e.key !== 'Escape') return;
      e.stopPropagation();
      this.close(true);
    });

    layer.root.append(pop);
    // At the document root, after <body>: its absolute box is placed against the
    // initial containing block, whatever positioning the console gives <body>.
    doc.documentElement.append(layer.host);
    this.layer = layer;
    this.anchor = anchor;
    anchor.button.setAttribute('aria-expanded', 'true');
    this.place(pop, anchor.button);
    copy.focus();
  }

  /** Below the badge, kept inside the viewport horizontally (document coordinates). */
  private place(pop: HTMLElement, button: HTMLElement): void {
    const view = this.doc.defaultView;
    const r = button.getBoundingClientRect();
    const scrollX = view?.scrollX ?? 0;
    const scrollY = view?.scrollY ?? 0;
    const width = view?.innerWidth ?? 1024;
    const left = Math.max(8, Math.min(r.left, width - 396));
    pop.style.left = `${Math.round(left + scrollX)}px`;
    pop.style.top = `${Math.round(r.bottom + scrollY + 6)}px`;
  }

  /** Closes the popover; with `returnFocus` the badge that opened it gets the focus back. */
  close(returnFocus: boolean): void {
    const anchor = this.anchor;
    this.layer?.host.remove();
    this.layer = undefined;
    this.anchor = undefined;
    if (!anchor) return;
    anchor.button.setAttribute('aria-expanded', 'false');
    if (returnFocus && anchor.button.isConnected) anchor.button.focus();
  }

  /** Closes it if it belongs to a badge that is gone (row re-rendered, page changed). */
  closeIfDetached(): void {
    if (this.anchor && !this.anchor.button.isConnected) this.close(false);
  }
}
