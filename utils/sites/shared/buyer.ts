import { textOf } from '../dom';
import { clipText, compact, parseCount, parseMoney, parseNumber } from '../normalise';
import type { ReadContext } from '../registry';
import type { ListingRow, Money, ReadResult, SearchResultRow, Site } from '../../types';
import { at, isObject, type Json } from './console';

// Helpers for the buyer-side readers (docs/CONSOLES.md "Buyer-side pages"): the
// data those pages embed in inline <script> text, rendered-card text patterns,
// and the result builders. Pure: script text is parsed, never run.

/** The text of every inline script (no src), in page order. */
export function inlineScripts(doc: Document): string[] {
  return Array.from(doc.querySelectorAll('script:not([src])'), (s) => s.textContent ?? '');
}

/**
 * The source text of the object literal or array that starts at the first `{`
 * (or `[`) at or after `from`, balanced over strings and escapes; undefined
 * when it does not close.
 */
export function balancedAt(text: string, from: number): string | undefined {
  const start = text.slice(from).search(/[{[]/);
  if (start < 0) return undefined;
  const begin = from + start;
  let depth = 0;
  let quote: string | undefined;
  for (let i = begin; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return text.slice(begin, i + 1);
    }
  }
  return undefined;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/**
 * The JSON value assigned after `marker` in some inline script
 * (`window.__ICE_APP_CONTEXT__ = {…}`). With `key`, the value of that
 * unquoted key inside the assigned literal (`_init_data_ = { data: {…} }`),
 * which makes the outer literal no JSON but leaves the inner value JSON.
 */
export function embeddedJson(doc: Document, marker: string, key?: string): unknown {
  for (const text of inlineScripts(doc)) {
    let at = text.indexOf(marker);
    while (at >= 0) {
      let from = at + marker.length;
      if (key) {
        const k = new RegExp(`[{,]\\s*["']?${key}["']?\\s*:`).exec(text.slice(from));
        from = k ? from + k.index + k[0].length : -1;
      }
      if (from >= 0) {
        const value = parseJson(balancedAt(text, from));
        if (value !== undefined) return value;
      }
      at = text.indexOf(marker, at + 1);
    }
  }
  return undefined;
}

/** Schema.org JSON-LD objects of `type` on the page (a `@graph` is searched too). */
export function jsonLd(doc: Document, type: string): Json[] {
  const out: Json[] = [];
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const v = parseJson(s.textContent ?? '');
    const items = Array.isArray(v)
      ? v
      : isObject(v) && Array.isArray(v['@graph'])
        ? v['@graph']
        : [v];
    for (const item of items) {
      if (!isObject(item)) continue;
      const t = item['@type'];
      if (t === type || (Array.isArray(t) && t.includes(type))) out.push(item);
    }
  }
  return out;
}

/** Text without HTML tags and entities (Taobao wraps matched words in `<span class=H>`). */
export function plainText(v: unknown): string | undefined {
  if (typeof v !== 'string') return undefined;
  const text = v
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
  return text || undefined;
}

const SOLD_RE =
  /(\d[\d,.]*\s*(?:万|[kK])?\s*\+?)\s*(?:sold|vendidos?|verkauft|vendus?|продано|件?已售|人付款|人收货|笔成交)|(?:已售|月销|销量)\s*[:：]?\s*(\d[\d,.]*\s*(?:万|[kK])?\s*\+?)/i;

/** The lower bound of a sold count in text: "1,000+ sold" → 1000, "100+人付款" → 100, "已售 3万+" → 30000. */
export function soldCountIn(text: string | undefined): number | undefined {
  if (!text) return undefined;
  const m = SOLD_RE.exec(text);
  const figure = m?.[1] ?? m?.[2];
  return figure === undefined ? undefined : parseCount(figure.replace(/\s+/g, ''));
}

/** A bare sold figure ("3万+", "1,000+") or one in words ("1,000+ sold"). */
export function soldCount(v: unknown): number | undefined {
  if (typeof v === 'number') return parseCount(v);
  if (typeof v !== 'string') return undefined;
  return (
    soldCountIn(v) ?? (/^\s*\d[\d,.]*\s*(?:万|[kK])?\s*\+?\s*$/.test(v) ? parseCount(v) : undefined)
  );
}

/** A star rating 0..5; anything else is no rating. */
export function ratingOf(v: unknown): number | undefined {
  const n = parseNumber(v);
  return n !== undefined && n >= 0 && n <= 5 ? n : undefined;
}

/** `29.90-39.90`, `US$0.50-1.20`: the low and high ends of a price range. */
export function priceRange(
  v: unknown,
  currency: string,
): { low?: Money; high?: Money } | undefined {
  if (typeof v === 'number') {
    const low = parseMoney(v, currency);
    return low ? { low } : undefined;
  }
  if (typeof v !== 'string') return undefined;
  const [a, b] = v.split(/\s*[-~～–—]\s*(?=\D{0,5}\d)/);
  const low = parseMoney(a, currency);
  if (!low) return undefined;
  const high = b === undefined ? undefined : parseMoney(b, low.currency);
  return high && high.amount !== low.amount ? { low, high } : { low };
}

const ITEM_LINK = /\/item\/(\d{6,20})\.html/;

/** An AliExpress item id from a link or page path (`/item/1005….html`). */
export function aliexpressItemId(href: string | null | undefined): string | undefined {
  return href ? ITEM_LINK.exec(href)?.[1] : undefined;
}

// ---------------------------------------------------------- rendered cards

/** The element's text nodes joined by spaces: "4.8" and "1,000+ sold" in sibling spans stay two figures. */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) parts.push(child.textContent ?? '');
      else if (child.nodeType === 1 && !/^(SCRIPT|STYLE)$/.test(child.nodeName)) walk(child);
    }
  };
  walk(el);
  return parts
    .join(' ')
    .replace(/[\s\u00a0]+/g, ' ')
    .trim();
}

/** Text with every whitespace removed: split-digit prices read as one figure. */
const squeezed = (el: Element) => (el.textContent ?? '').replace(/[\s\u00a0]+/g, '');

const PRICE_TEXT =
  /^(?:US\$|[A-Z]{1,3}\$|[A-Z]{3}|[$€£¥￥₽]|R\$)\d[\d,]*(?:\.\d+)?$|^\d[\d,]*(?:[.,]\d+)?(?:€|₽|zł|руб\.?|元)$/;

function struck(el: Element): boolean {
  return el.matches('del, s, strike, [style*="line-through"]');
}

/**
 * The prices a rendered card shows: the first element whose whole text is one
 * price (its digits may be split across several spans), and the struck-through
 * price as the original.
 */
export function cardPrices(card: Element): {
  price?: Money;
  originalPrice?: Money;
  used: Element[];
} {
  const used: Element[] = [];
  let price: Money | undefined;
  let originalPrice: Money | undefined;
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (!PRICE_TEXT.test(squeezed(el))) continue;
    const isStruck = struck(el) || el.closest('del, s, strike, [style*="line-through"]') !== null;
    if (isStruck && !originalPrice) {
      originalPrice = parseMoney(squeezed(el));
      used.push(el);
    } else if (!isStruck && !price && !used.some((u) => u.contains(el))) {
      price = parseMoney(squeezed(el));
      used.push(el);
    }
  }
  return { ...(price ? { price } : {}), ...(originalPrice ? { originalPrice } : {}), used };
}

/** The card's title: its heading, else a title attribute, else its longest text line. */
export function cardTitle(card: Element): string | undefined {
  const heading = card.querySelector('h1, h2, h3, h4, [role="heading"]');
  const fromHeading = textOf(heading) || heading?.getAttribute('title')?.trim();
  if (fromHeading) return fromHeading;
  const titled = card.getAttribute('title') ?? card.querySelector('[title]')?.getAttribute('title');
  return titled?.trim() || undefined;
}

/** A rating is a bare "4.8" leaf outside the prices. */
export function cardRating(card: Element, exclude: readonly Element[]): number | undefined {
  for (const el of Array.from(card.querySelectorAll('*'))) {
    if (el.children.length > 0 || exclude.some((x) => x.contains(el))) continue;
    const t = textOf(el);
    if (/^[0-5](?:\.\d)?$/.test(t) && t.includes('.')) return ratingOf(t);
  }
  return undefined;
}

// ---------------------------------------------------------------- results

export interface BuyerBase {
  site: Site;
  url: URL;
}

/** A failed mtop call's first `ret` code, cut to 200 characters; undefined when the call succeeded or names no code. */
export function mtopFailedCode(body: unknown): string | undefined {
  const ret = at(body, 'ret');
  if (Array.isArray(ret) && typeof ret[0] === 'string' && !ret[0].startsWith('SUCCESS'))
    return ret[0].slice(0, 200);
  return undefined;
}

export function buyerFailed(
  base: BuyerBase,
  pageKind: 'searchResults' | 'listing',
  status: 'empty' | 'unrecognized',
  reason: string,
): ReadResult {
  return { status, site: base.site, pageKind, url: base.url.href, reason };
}

export function searchResult(
  base: BuyerBase,
  ctx: ReadContext,
  source: 'json' | 'dom',
  query: string,
  cards: readonly Omit<SearchResultRow, 'position'>[],
): ReadResult {
  if (cards.length === 0)
    return buyerFailed(base, 'searchResults', 'empty', 'the page shows no search results');
  const rows = cards.map((c, i) => compact({ position: i + 1, ...c }));
  return {
    status: 'ok',
    site: base.site,
    pageKind: 'searchResults',
    url: base.url.href,
    capturedAt: ctx.now.toISOString(),
    source,
    query: clipText(query, 500),
    rows,
  };
}

export function listingResult(
  base: BuyerBase,
  ctx: ReadContext,
  source: 'json' | 'dom',
  row: ListingRow | undefined,
): ReadResult {
  if (!row)
    return buyerFailed(
      base,
      'listing',
      'unrecognized',
      'not recognised: no item data on this page',
    );
  const badges = row.badges
    ?.map((b) => clipText(b, 200))
    .filter((b) => b.length > 0)
    .slice(0, 50);
  const out = compact({
    ...row,
    badges: badges?.length ? badges : undefined,
    shop: row.shop && clipText(row.shop, 500),
  });
  return {
    status: 'ok',
    site: base.site,
    pageKind: 'listing',
    url: base.url.href,
    capturedAt: ctx.now.toISOString(),
    source,
    rows: [out],
  };
}

export { isObject, type Json };
