import { parseCount, parseMoney } from '../normalise';
import type { PageReader, ReadContext } from '../registry';
import { at, idOf, isObject, textValue } from '../shared/console';
import {
  cardPrices,
  cardTitle,
  embeddedJson,
  listingResult,
  plainText,
  priceRange,
  ratingOf,
  searchResult,
  spacedText,
  soldCount,
  soldCountIn,
  type BuyerBase,
} from '../shared/buyer';
import type { ListingRow, ReadResult, SearchResultRow } from '../../types';

// Alibaba.com pages any buyer sees (docs/CONSOLES.md "Buyer-side pages"): search
// (/trade/search) and product-detail pages. Prices are shown in US dollars.

const USD = 'USD';
const DETAIL_PATH = /^\/product-detail\/[^/]*?_?(\d{6,20})\.html$/;

/** `data-aplus-auto-offer` carries the product id and `is_p4p`; its exact format is unknown, so both `k=v` and JSON are read. */
function autoOffer(attr: string | null): { productId?: string; p4p?: boolean } {
  if (!attr) return {};
  const id = /productId["']?\s*[=:]\s*["']?(\d{6,20})/.exec(attr)?.[1];
  const p4p = /is_p4p["']?\s*[=:]\s*["']?(true|1|false|0)/i.exec(attr)?.[1];
  return {
    ...(id ? { productId: id } : {}),
    ...(p4p ? { p4p: p4p === 'true' || p4p === '1' } : {}),
  };
}

function offerRow(
  offer: unknown,
  p4p: ReadonlyMap<string, boolean>,
): Omit<SearchResultRow, 'position'> | undefined {
  if (!isObject(offer)) return undefined;
  const productId = idOf(offer.productId) ?? idOf(offer.id);
  const title = plainText(offer.title);
  if (!productId || !title) return undefined;
  return {
    productId,
    title,
    price: priceRange(offer.price, USD)?.low,
    rating: ratingOf(offer.reviewScore),
    sponsored: p4p.get(productId),
    shop: textValue(offer.companyName),
  };
}

function unique<T extends { productId: string }>(items: readonly (T | undefined)[]): T[] {
  const seen = new Set<string>();
  return items.filter((i): i is T => {
    if (!i || seen.has(i.productId)) return false;
    seen.add(i.productId);
    return true;
  });
}

export const alibabaSearchReader: PageReader = {
  site: 'alibaba',
  pageKind: 'searchResults',
  matchesUrl: (url) => /^\/trade\/search/.test(url.pathname),
  readDom(doc: Document, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'alibaba', url: ctx.url };
    const query = (
      ctx.url.searchParams.get('SearchText') ??
      ctx.url.searchParams.get('keywords') ??
      ''
    ).trim();
    const cards = Array.from(doc.querySelectorAll('[data-aplus-auto-offer]'));
    const p4p = new Map<string, boolean>();
    for (const card of cards) {
      const o = autoOffer(card.getAttribute('data-aplus-auto-offer'));
      if (o.productId && o.p4p !== undefined) p4p.set(o.productId, o.p4p);
    }
    const page = embeddedJson(doc, '__page__data_sse10');
    const offers = at(page, '_offer_list.offerResultData.offers');
    if (Array.isArray(offers)) {
      const rows = unique(offers.map((o) => offerRow(o, p4p)));
      if (rows.length > 0) return searchResult(base, ctx, 'json', query, rows);
    }
    // Rendered cards: each offer element names its product; its heading is the title.
    const rendered = cards.map((card) => {
      const o = autoOffer(card.getAttribute('data-aplus-auto-offer'));
      const link = card.querySelector('a[href*="/product-detail/"]')?.getAttribute('href') ?? '';
      const productId = o.productId ?? /_(\d{6,20})\.html/.exec(link)?.[1];
      const title = cardTitle(card);
      if (!productId || !title) return undefined;
      const { price } = cardPrices(card);
      return {
        productId,
        title,
        price,
        sponsored: o.p4p,
        soldCount: soldCountIn(spacedText(card)),
      };
    });
    return searchResult(base, ctx, 'dom', query, unique(rendered));
  },
};

function detailListing(g: unknown, idFromUrl: string | undefined): ListingRow | undefined {
  const productId = idOf(at(g, 'product.productId')) ?? idFromUrl;
  const title = plainText(at(g, 'product.subject'));
  if (!productId || !title) return undefined;
  const low = parseMoney(at(g, 'price.productRangePrices.dollarPriceRangeLow'), USD);
  const high = parseMoney(at(g, 'price.productRangePrices.dollarPriceRangeHigh'), USD);
  const ladder = at(g, 'price.productLadderPrices');
  const first = Array.isArray(ladder) ? ladder : [];
  const ladderLow = first
    .map((l) => parseMoney(at(l, 'dollarPrice') ?? at(l, 'price'), USD))
    .filter((m) => m !== undefined)
    .sort((a, b) => a.amount - b.amount)[0];
  const price = low ?? ladderLow;
  const moq = textValue(at(g, 'product.moq'));
  return {
    productId,
    title,
    price,
    priceMax: high && price && high.amount > price.amount ? high : undefined,
    soldCount: soldCount(at(g, 'trade.salesVolume')),
    rating: ratingOf(at(g, 'review.productReview.averageStar')),
    reviews: parseCount(at(g, 'review.productReview.totalReviewCount')),
    shop: textValue(at(g, 'seller.companyName')),
    badges: moq ? [`MOQ ${moq}`] : undefined,
  };
}

export const alibabaItemReader: PageReader = {
  site: 'alibaba',
  pageKind: 'listing',
  matchesUrl: (url) => DETAIL_PATH.test(url.pathname),
  readDom(doc: Document, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'alibaba', url: ctx.url };
    const detail = embeddedJson(doc, 'window.detailData');
    const id = DETAIL_PATH.exec(ctx.url.pathname)?.[1];
    return listingResult(base, ctx, 'json', detailListing(at(detail, 'globalData'), id));
  },
};
