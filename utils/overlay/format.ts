import type { OverlayKey, OverlayStrings } from '@/entrypoints/background/titleAdvice';

/** One overlay string with its `{name}` slots filled. */
export function say(
  strings: OverlayStrings,
  key: OverlayKey,
  vars: Record<string, string | number> = {},
): string {
  return strings[key].replace(/\{(\w+)\}/g, (m, name: string) =>
    name in vars ? String(vars[name]) : m,
  );
}

/** A plain element with text only: page strings are never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  node.append(...children);
  return node;
}
