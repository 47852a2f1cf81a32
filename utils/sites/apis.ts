import type { PageKind } from '../types';
import type { Site } from './hosts';

// The API allowlist: the only responses the MAIN-world script may capture
// (docs/CONSOLES.md "How to read a page"). Dependency-free on purpose: it is bundled
// into the MAIN-world script, which runs on every console page and must stay tiny.

export interface ApiRule {
  site: Site;
  pageKind: PageKind;
  /** Matches the API name as apiNameFromUrl returns it. */
  match: RegExp;
}

/** One generic table API serves the ranking and the product-analysis keyword tab. */
const ADVICE_TABLE = /^mtop\.aliexpress\.seller\.business\.advice\.table\.query$/;

type SiteApis = Readonly<Partial<Record<PageKind, RegExp>>>;

/**
 * The allowlist as tables, page kind → API name pattern, one per site: the
 * MAIN-world script carries all three (API_PATTERNS) without field names
 * repeated per rule; a site's content script carries only its own (its
 * readers name their patterns).
 */
export const ALIEXPRESS_APIS: SiteApis = {
  productList: /^mtop\.global\.merchant\.new\.product\.manager\.render\.list$/,
  // The request's `data.url` names the table (PageReader.request).
  productRank: ADVICE_TABLE,
  productKeywords: ADVICE_TABLE,
  campaigns: /^mtop\.global\.campaign\.merchants\.activity\.list\.nodada\.data$/,
  // The data centre's card API: `data.serviceKey` names the card.
  storeOverview: /^mtop\.aliexpress\.dps\.query$/,
  penalties: /^mtop\.ae\.merchant\.csp\.illegal\.querypunishlist$/i,
  // Buyer-side (market watch; utils/sites/aliexpress/buyer.ts), captured only
  // on the hosts the seller granted: the item data (JSONP).
  listing: /^mtop\.aliexpress\.pdp\.pc\.query$/,
};

// Taobao/Tmall (readers in utils/sites/taobao/): the myseller on-sale list
// over mtop, sycm item metrics and item and shop search-term sources by path.
export const TAOBAO_APIS: SiteApis = {
  productList: /^mtop\.(?:taobao|tmall)\.sell\.pc\.manage\.async$/,
  productRank:
    /^\/cc\/item\/(?:live\/)?view\/top\.json$|^\/cc\/item\/portal\/itemList\.json$|^\/cc\/item\/sale\/overview\.json$|^\/flow\/item\/source\/tree\/support\.json$/,
  productKeywords: /^\/flow\/(?:v3\/)?new\/item\/source\/detail\.json$/,
  // The shop-level search-term report: the same rows for the whole store.
  storeKeywords: /^\/flow\/v3\/shop\/source\/detail\/v3\.json$/,
  customerSegments: /^\/domain\/(?:one|multi)Query\.json$/,
  campaigns: /^\/domain\/item\/query\.json$/,
  // The title-word report of one item (its itemId is in the request URL).
  titleWords: /^\/cc\/item\/(?:v\d\/)?getTitleWords\.json$/,
  // Buyer-side: the search results (utils/sites/taobao/buyer.ts).
  searchResults: /^mtop\.relationrecommend\.wirelessrecommend\.recommend$/,
};

// Alibaba.com (readers in utils/sites/alibaba/): products_manage by path,
// the data pages' hz-mydata / mydata `self/.json` by iName, alicrm by path.
export const ALIBABA_APIS: SiteApis = {
  productList: /^\/product\/managementproducts\/asyQueryProductsList(?:WithPowerScore)?\.do$/,
  productRank: /^(?:getVipEffectiveProductsAndStats|customerAdviser\/prodList)$/,
  productKeywords: /^vip\/product\/360\/wordAnalysis\/content$/,
  storeKeywords: /^vip\/traffic\/keyword\/getKeywords$/,
  storeOverview: /^vip\/home\/custom\/getShopSummary$/,
  visitors: /^getVisitors$/,
  customers: /\/customerQueryServiceI\/queryCustomerList\.json$/,
};

export const API_PATTERNS: Readonly<Record<Site, SiteApis>> = {
  aliexpress: ALIEXPRESS_APIS,
  taobao: TAOBAO_APIS,
  alibaba: ALIBABA_APIS,
};

/** The same allowlist as one rule per site and page kind, for the readers and tests. */
export const API_ALLOWLIST: readonly ApiRule[] = /* @__PURE__ */ (() =>
  (Object.keys(API_PATTERNS) as Site[]).flatMap((site) =>
    (Object.entries(API_PATTERNS[site]) as [PageKind, RegExp][]).map(([pageKind, match]) => ({
      site,
      pageKind,
      match,
    })),
  ))();

/**
 * The API name of a request URL: the mtop name (`/h5/mtop.x.y/1.0/`), the
 * Alibaba.com `iName` parameter, or a Taobao sycm `/cc/…json`-style path.
 */
export function apiNameFromUrl(
  requestUrl: string,
  base = 'https://invalid.local/',
): string | undefined {
  let url: URL;
  try {
    url = new URL(requestUrl, base);
  } catch {
    return undefined;
  }
  const mtop = /\/h5\/(mtop\.[\w.-]+)\//i.exec(url.pathname);
  if (mtop?.[1]) return mtop[1].toLowerCase();
  // Some mtop clients post to a generic path and name the API in `api=`.
  const mtopParam = url.searchParams.get('api');
  if (mtopParam && /^mtop\.[\w.-]+$/i.test(mtopParam)) return mtopParam.toLowerCase();
  const iName = url.searchParams.get('iName');
  if (iName) return iName;
  // Taobao sycm `/cc/….json`, alicrm `…/queryCustomerList.json`, and the
  // Alibaba.com product manager's `….do` actions are named by their path.
  if (/\.(?:json|do)$/i.test(url.pathname)) return url.pathname;
  return undefined;
}

/** Whether `api` is one of `apis` (a site's part of the allowlist). */
export const matchesAny =
  (apis: SiteApis) =>
  (api: string): boolean =>
    Object.values(apis).some((match) => match.test(api));

export function apiRuleFor(api: string): ApiRule | undefined {
  return API_ALLOWLIST.find((r) => r.match.test(api));
}

export function isAllowlisted(api: string): boolean {
  return Object.values(API_PATTERNS).some((apis) => matchesAny(apis)(api));
}
