import { textOf } from '../dom';
import { parseCount, parseMoney } from '../normalise';
import type { PageReader, ReadContext, Capture } from '../registry';
import { at, idOf, isObject, textValue, type Json } from '../shared/console';
import {
  aliexpressItemId,
  buyerFailed,
  cardPrices,
  cardRating,
  cardTitle,
  embeddedJson,
  mtopFailedCode,
  jsonLd,
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
import type { ListingRow, Money, ReadResult, SearchResultRow } from '../../types';

// AliExpress pages any shopper sees (docs/CONSOLES.md "Buyer-side pages"): search
// results and item pages. Embedded page data first, rendered text last; class
// names are hashed build output and never read.

const SEARCH_PATH = /^\/w\/wholesale-[^/]*\.html$|^\/wholesale$|^\/af\//;
const ITEM_PATH = /^\/item\/\d{6,20}\.html$/;

/** The search words: `/w/wholesale-<words>.html` or `SearchText=`. */
export function aliexpressQuery(url: URL): string {
  const param = url.searchParams.get('SearchText') ?? url.searchParams.get('searchText');
  if (param) return param.trim();
  const m = /^\/w\/wholesale-(.*)\.html$/.exec(url.pathname);
  if (!m?.[1]) return '';
  try {
    return decodeURIComponent(m[1]).replace(/[-+]+/g, ' ').trim();
  } catch {
    return m[1].replace(/[-+]+/g, ' ').trim();
  }
}

const money = (amount: unknown, currency: unknown): Money | undefined =>
  typeof amount === 'number' || typeof amount === 'string'
    ? parseMoney(amount, typeof currency === 'string' ? currency : 'USD')
    : undefined;

function initDataItem(item: unknown): Omit<SearchResultRow, 'position'> | undefined {
  if (!isObject(item)) return undefined;
  const productId = idOf(item.productId);
  const title = plainText(at(item, 'title.displayTitle')) ?? plainText(item.title);
  if (!productId || !title) return undefined;
  const currency = at(item, 'prices.salePrice.currencyCode');
  const price = money(at(item, 'prices.salePrice.minPrice'), currency);
  const originalPrice = money(at(item, 'prices.originalPrice.minPrice'), currency);
  const type = item.productType;
  return {
    productId,
    title,
    price,
    originalPrice,
    soldCount: soldCount(at(item, 'trade.tradeDesc')),
    rating: ratingOf(at(item, 'evaluation.starRating')),
    sponsored: type === 'ad' ? true : type === 'natural' ? false : undefined,
    shop: textValue(at(item, 'store.storeName')),
  };
}

function uniqueById<T extends { productId: string }>(items: readonly (T | undefined)[]): T[] {
  const seen = new Set<string>();
  return items.filter((i): i is T => {
    if (!i || seen.has(i.productId)) return false;
    seen.add(i.productId);
    return true;
  });
}

const SPONSORED_LINK = /aem_p4p_detail|search_p4p_id/;

/** Rendered cards: links to `/item/<id>.html`, one card per product, in page order. */
function renderedCards(doc: Document): Omit<SearchResultRow, 'position'>[] {
  const cards: (Omit<SearchResultRow, 'position'> | undefined)[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href*="/item/"]'))) {
    // A card may hold an image link and a title link: the outermost link is the card.
    if (a.parentElement?.closest('a[href*="/item/"]')) continue;
    const productId = aliexpressItemId(a.getAttribute('href'));
    const title = cardTitle(a);
    if (!productId || !title) continue;
    const { price, originalPrice, used } = cardPrices(a);
    const text = spacedText(a);
    cards.push({
      productId,
      title,
      price,
      originalPrice,
      soldCount: soldCountIn(text),
      rating: cardRating(a, used),
      sponsored: SPONSORED_LINK.test(a.getAttribute('href') ?? '') || undefined,
    });
  }
  return uniqueById(cards);
}

export const aliexpressSearchReader: PageReader = {
  site: 'aliexpress',
  pageKind: 'searchResults',
  matchesUrl: (url) =>
    SEARCH_PATH.test(url.pathname) || (url.pathname === '/' && url.searchParams.has('SearchText')),
  readDom(doc: Document, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'aliexpress', url: ctx.url };
    const query = aliexpressQuery(ctx.url);
    // `window._dida_config_._init_data_ = { data: {…} }` between init-data-start/-end markers.
    const init = embeddedJson(doc, '_init_data_', 'data');
    const list = at(init, 'root.fields.mods.itemList.content');
    if (Array.isArray(list)) {
      const rows = uniqueById(list.map(initDataItem));
      if (rows.length > 0) return searchResult(base, ctx, 'json', query, rows);
    }
    return searchResult(base, ctx, 'dom', query, renderedCards(doc));
  },
};

// ------------------------------------------------------------------ item

const PDP_API = /^mtop\.aliexpress\.pdp\.pc\.query$/;

function pdpListing(result: Json, idFromUrl: string | undefined): ListingRow | undefined {
  const productId = idOf(at(result, 'GLOBAL_DATA.globalData.productId')) ?? idFromUrl;
  const title =
    textValue(at(result, 'PRODUCT_TITLE.text')) ??
    textValue(at(result, 'GLOBAL_DATA.globalData.subject'));
  if (!productId || !title) return undefined;
  const currency = textValue(at(result, 'GLOBAL_DATA.globalData.currencyCode')) ?? 'USD';
  const info = at(result, 'PRICE.targetSkuPriceInfo');
  const range = priceRange(at(info, 'salePriceString') ?? at(info, 'salePriceLocal'), currency);
  const original = money(
    at(info, 'originalPrice.value'),
    at(info, 'originalPrice.currency') ?? currency,
  );
  return {
    productId,
    title,
    price: range?.low,
    priceMax: range?.high,
    originalPrice:
      original && range?.low && original.amount > range.low.amount ? original : undefined,
    soldCount: soldCount(at(result, 'PC_RATING.otherText')),
    rating: ratingOf(at(result, 'PC_RATING.rating')),
    reviews: parseCount(at(result, 'PC_RATING.totalValidNum')),
    shop: textValue(at(result, 'SHOP_CARD_PC.storeName')),
    // Promotion badges on the item page: their place in data.result is unknown.
  };
}

function jsonLdListing(doc: Document, url: URL): ListingRow | undefined {
  const product = jsonLd(doc, 'Product')[0];
  const productId =
    aliexpressItemId(url.pathname) ?? idOf(product?.sku) ?? idOf(product?.productID);
  const title = textValue(product?.name) ?? (textOf(doc.querySelector('h1')) || undefined);
  if (!productId || !title) return undefined;
  const offers = Array.isArray(product?.offers) ? product.offers[0] : product?.offers;
  const currency = textValue(at(offers, 'priceCurrency')) ?? 'USD';
  const low = money(at(offers, 'lowPrice') ?? at(offers, 'price'), currency);
  const high = money(at(offers, 'highPrice'), currency);
  return {
    productId,
    title,
    price: low,
    priceMax: high && low && high.amount > low.amount ? high : undefined,
    soldCount: soldCountIn(textOf(doc.body)),
    rating: ratingOf(at(product, 'aggregateRating.ratingValue')),
    reviews: parseCount(at(product, 'aggregateRating.reviewCount')),
  };
}

export const aliexpressItemReader: PageReader = {
  site: 'aliexpress',
  pageKind: 'listing',
  matchesUrl: (url) => ITEM_PATH.test(url.pathname),
  matchesApi: (api) => PDP_API.test(api.split('?')[0] ?? api),
  readJson(capture: Capture, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'aliexpress', url: ctx.url };
    const body = capture.body;
    const failedCode = mtopFailedCode(body);
    if (failedCode !== undefined) {
      return buyerFailed(base, 'listing', 'unrecognized', `the item API failed: ${failedCode}`);
    }
    const result = at(body, 'data.result');
    if (!isObject(result))
      return buyerFailed(
        base,
        'listing',
        'unrecognized',
        'not recognised: no data.result in the item response',
      );
    return listingResult(base, ctx, 'json', pdpListing(result, aliexpressItemId(ctx.url.pathname)));
  },
  readDom(doc: Document, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'aliexpress', url: ctx.url };
    return listingResult(base, ctx, 'dom', jsonLdListing(doc, ctx.url));
  },
};
