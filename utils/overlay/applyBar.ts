import type { OverlayStrings, TitleAdviceItem } from '@/entrypoints/background/titleAdvice';
import { applyWithUndo } from '@/utils/overlay/typeInto';
import { createShadowHost } from './shadowHost';
import { createBadge, type Badge } from './badge';
import { el } from './format';
import { BADGE_CSS } from './styles';

// Beside the title field of a product edit form: the score badge (opens the
// popover), Apply and Undo. Apply writes the suggested title the way a typing
// user would (utils/overlay/typeInto.ts), so the console's own input handler
// and character counter see it. Nothing is saved or submitted: the seller
// reviews and saves in the console.

export interface ApplyBar {
  host: HTMLElement;
  badge: Badge;
  productId: string;
}

export function createApplyBar(
  doc: Document,
  field: HTMLInputElement | HTMLTextAreaElement,
  item: TitleAdviceItem,
  strings: OverlayStrings,
  onOpen: (badge: Badge) => void,
): ApplyBar {
  const { host, root } = createShadowHost(
    doc,
    'span',
    'title-apply',
    // Fixed height, inline, positioned only so the status note can float
    // below it without taking space in the form.
    /* css */ 'display: inline-block; height: 24px; margin: 0 0 0 8px; vertical-align: middle; position: relative;',
    BADGE_CSS,
  );
  host.dataset.productId = item.productId;
  const badge = createBadge(doc, item, strings, onOpen);
  const apply = el(
    doc,
    'button',
    { type: 'button', class: 'action', 'data-testid': 'overlay-apply' },
    strings['overlay.apply'],
  );
  const undo = el(
    doc,
    'button',
    { type: 'button', class: 'action', 'data-testid': 'overlay-undo', disabled: '' },
    strings['overlay.undo'],
  );
  const status = el(doc, 'span', {
    class: 'status',
    role: 'status',
    'data-testid': 'overlay-apply-status',
  });
  const unchanged = item.suggestion.trim() === item.title.trim();
  if (unchanged) apply.setAttribute('disabled', '');

  let pending: { undo: () => boolean } | undefined;
  apply.addEventListener('click', () => {
    pending = applyWithUndo(field, item.suggestion);
    undo.removeAttribute('disabled');
    status.textContent = strings['overlay.applied'];
    undo.focus();
  });
  undo.addEventListener('click', () => {
    if (!pending) return;
    const restored = pending.undo();
    pending = undefined;
    undo.setAttribute('disabled', '');
    status.textContent = strings[restored ? 'overlay.undone' : 'overlay.undoBlocked'];
    apply.focus();
  });

  root.append(el(doc, 'span', { class: 'bar' }, badge.host, apply, undo, status));
  return { host, badge, productId: item.productId };
}
