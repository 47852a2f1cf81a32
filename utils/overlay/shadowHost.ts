// A shadow host marked data-storewise (the page readers ignore mutations
// inside it). Equivalent to WXT's createShadowRootUi without its CSS loader:
// the content scripts stay plain DOM and small (bundle budget 60 KB).

export interface ShadowHost {
  host: HTMLElement;
  root: ShadowRoot;
}

export function createShadowHost(
  doc: Document,
  tag: 'span' | 'div',
  name: string,
  hostStyle: string,
  css: string,
): ShadowHost {
  const host = doc.createElement(tag);
  host.setAttribute('data-storewise', name);
  // `all: initial` first so no console rule (span { … }) sizes or colours the host.
  host.setAttribute('style', `all: initial; ${hostStyle}`);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  root.append(style);
  return { host, root };
}
