import { parseCount } from '../normalise';
import type { Capture, PageReader, ReadContext } from '../registry';
import { at, findArray, idOf, isObject, layersOf, textValue } from '../shared/console';
import {
  buyerFailed,
  cardPrices,
  cardTitle,
  embeddedJson,
  mtopFailedCode,
  listingResult,
  plainText,
  priceRange,
  searchResult,
  spacedText,
  soldCount,
  soldCountIn,
  type BuyerBase,
} from '../shared/buyer';
import type { ListingRow, ReadResult, SearchResultRow } from '../../types';

// Taobao / Tmall pages any shopper sees (docs/CONSOLES.md "Buyer-side pages"):
// s.taobao.com search and item.taobao.com / detail.tmall.com item pages.

const CNY = 'CNY';
const SEARCH_API = /^mtop\.relationrecommend\.wirelessrecommend\.recommend$/;

const isSearchPage = (url: URL) =>
  url.hostname === 's.taobao.com' && /^\/search/.test(url.pathname);
const isItemPage = (url: URL) =>
  (url.hostname === 'item.taobao.com' || url.hostname === 'detail.tmall.com') &&
  /^\/item\.htm/.test(url.pathname);

const ITEM_LINK =
  /(?:item\.taobao\.com|detail\.tmall\.com)\/item\.htm\?(?:[^"'\s]*&)?id=(\d{6,20})/;

function recommendItem(item: unknown): Omit<SearchResultRow, 'position'> | undefined {
  if (!isObject(item)) return undefined;
  const productId = idOf(item.item_id) ?? idOf(item.itemId) ?? idOf(item.nid);
  const title = plainText(item.title);
  if (!productId || !title) return undefined;
  const icons = Array.isArray(item.iconList) ? item.iconList : [];
  const p4p =
    item.isP4p === true ||
    item.isP4p === 'true' ||
    icons.some((i) => JSON.stringify(i).toLowerCase().includes('p4p'));
  return {
    productId,
    title,
    price: priceRange(item.price, CNY)?.low,
    soldCount: soldCount(item.realSales),
    sponsored: p4p,
    shop: textValue(at(item, 'shopInfo.title')) ?? textValue(item.nick),
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

/** Rendered cards: links to the item page, title from the heading, "100+人付款". */
function renderedCards(doc: Document): Omit<SearchResultRow, 'position'>[] {
  const cards: (Omit<SearchResultRow, 'position'> | undefined)[] = [];
  for (const a of Array.from(doc.querySelectorAll('a[href*="item.htm"]'))) {
    if (a.parentElement?.closest('a[href*="item.htm"]')) continue;
    const productId = ITEM_LINK.exec(a.getAttribute('href') ?? '')?.[1];
    const title = cardTitle(a);
    if (!productId || !title) continue;
    const { price } = cardPrices(a);
    cards.push({
      productId,
      title,
      price: price && price.currency === 'USD' ? { ...price, currency: CNY } : price,
      soldCount: soldCountIn(spacedText(a)),
      sponsored: /p4p|click\.simba/i.test(a.getAttribute('href') ?? '') || undefined,
    });
  }
  return unique(cards);
}

export const taobaoSearchReader: PageReader = {
  site: 'taobao',
  pageKind: 'searchResults',
  matchesUrl: isSearchPage,
  matchesApi: (api) => SEARCH_API.test(api.split('?')[0] ?? api),
  readJson(capture: Capture, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'taobao', url: ctx.url };
    const body = capture.body;
    const failedCode = mtopFailedCode(body);
    if (failedCode !== undefined) {
      return buyerFailed(
        base,
        'searchResults',
        'unrecognized',
        `the search API failed: ${failedCode}`,
      );
    }
    const items = isObject(body) ? findArray(layersOf(body), ['itemsArray']) : undefined;
    if (!items)
      return buyerFailed(
        base,
        'searchResults',
        'unrecognized',
        'not recognised: no itemsArray in the search response',
      );
    return searchResult(
      base,
      ctx,
      'json',
      ctx.url.searchParams.get('q') ?? '',
      unique(items.map(recommendItem)),
    );
  },
  readDom(doc: Document, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'taobao', url: ctx.url };
    return searchResult(base, ctx, 'dom', ctx.url.searchParams.get('q') ?? '', renderedCards(doc));
  },
};

function iceListing(res: unknown, idFromUrl: string | undefined): ListingRow | undefined {
  const productId = idOf(at(res, 'item.itemId')) ?? idFromUrl;
  const title = plainText(at(res, 'item.title'));
  if (!productId || !title) return undefined;
  const before = priceRange(at(res, 'componentsVO.priceVO.price.priceText'), CNY);
  const after = priceRange(at(res, 'componentsVO.priceVO.extraPrice.priceText'), CNY);
  const shown = after ?? before;
  return {
    productId,
    title,
    price: shown?.low,
    priceMax: shown?.high,
    originalPrice:
      after && before?.low && shown?.low && before.low.amount > shown.low.amount
        ? before.low
        : undefined,
    soldCount: soldCount(at(res, 'item.vagueSellCount')),
    reviews: parseCount(at(res, 'componentsVO.rateVO.totalCount')),
    shop: textValue(at(res, 'seller.shopName')),
  };
}

export const taobaoItemReader: PageReader = {
  site: 'taobao',
  pageKind: 'listing',
  matchesUrl: isItemPage,
  readDom(doc: Document, ctx: ReadContext): ReadResult {
    const base: BuyerBase = { site: 'taobao', url: ctx.url };
    const ice = embeddedJson(doc, '__ICE_APP_CONTEXT__');
    const res = at(ice, 'loaderData.home.data.res');
    const id = ctx.url.searchParams.get('id') ?? undefined;
    return listingResult(base, ctx, 'json', isObject(res) ? iceListing(res, idOf(id)) : undefined);
  },
};
