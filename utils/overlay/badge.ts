import type { OverlayStrings, TitleAdviceItem } from '@/entrypoints/background/titleAdvice';
import { createShadowHost } from './shadowHost';
import { el, say } from './format';
import { BADGE_CSS } from './styles';

// The title-score badge beside a product title. Its host is an inline-block
// of fixed height appended right after the title link inside the title cell:
// it travels with its row through sorting, pagination and virtual scrolling
// without any scroll tracking, and it adds only a small inline box of its
// own (no console element is restyled or moved out of its place). The
// popover, which is large, lives in a separate zero-size absolute layer.

/** Score bands for the badge colour; the number itself is always shown. */
export const scoreBand = (score: number): 'good' | 'fair' | 'poor' =>
  score >= 80 ? 'good' : score >= 60 ? 'fair' : 'poor';

export interface Badge {
  host: HTMLElement;
  button: HTMLButtonElement;
  productId: string;
}

export function createBadge(
  doc: Document,
  item: TitleAdviceItem,
  strings: OverlayStrings,
  onOpen: (badge: Badge) => void,
): Badge {
  const { host, root } = createShadowHost(
    doc,
    'span',
    'title-badge',
    /* css */ 'display: inline-block; height: 18px; margin: 0 0 0 4px; vertical-align: middle; line-height: 0;',
    BADGE_CSS,
  );
  host.dataset.productId = item.productId;
  const label = say(strings, 'overlay.badgeLabel', { score: item.score, hint: item.topHint });
  const button = el(
    doc,
    'button',
    {
      type: 'button',
      class: 'badge',
      'data-band': scoreBand(item.score),
      'data-testid': 'title-badge',
      'aria-label': label,
      'aria-haspopup': 'dialog',
      'aria-expanded': 'false',
      title: `${say(strings, 'overlay.badge', { score: item.score })} · ${item.topHint}`,
    },
    String(item.score),
  );
  root.append(button);
  const badge: Badge = { host, button, productId: item.productId };
  button.addEventListener('click', () => onOpen(badge));
  return badge;
}
