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

export const API_ALLOWLIST: readonly ApiRule[] = [
  {
    site: 'aliexpress',
    pageKind: 'productList',
    match: /^mtop\.global\.merchant\.new\.product\.manager\.render\.list$/,
  },
  // One generic table API serves the ranking and the product-analysis keyword
  // tab: the request's `data.url` names the table (PageReader.request).
  {
    site: 'aliexpress',
    pageKind: 'productRank',
    match: /^mtop\.aliexpress\.seller\.business\.advice\.table\.query$/,
  },
  {
    site: 'aliexpress',
    pageKind: 'productKeywords',
    match: /^mtop\.aliexpress\.seller\.business\.advice\.table\.query$/,
  },
  {
    site: 'aliexpress',
    pageKind: 'campaigns',
    match: /^mtop\.global\.campaign\.merchants\.activity\.list\.nodada\.data$/,
  },
  // The data centre's card API: `data.serviceKey` names the card.
  {
    site: 'aliexpress',
    pageKind: 'storeOverview',
    match: /^mtop\.aliexpress\.dps\.query$/,
  },
  {
    site: 'aliexpress',
    pageKind: 'penalties',
    match: /^mtop\.ae\.merchant\.csp\.illegal\.querypunishlist$/i,
  },
  // Taobao/Tmall (readers in utils/sites/taobao/): the myseller on-sale list
  // over mtop, sycm item metrics and item and shop search-term sources by path.
  {
    site: 'taobao',
    pageKind: 'productList',
    match: /^mtop\.(?:taobao|tmall)\.sell\.pc\.manage\.async$/,
  },
  {
    site: 'taobao',
    pageKind: 'productRank',
    match:
      /^\/cc\/item\/(?:live\/)?view\/top\.json$|^\/cc\/item\/portal\/itemList\.json$|^\/cc\/item\/sale\/overview\.json$|^\/flow\/item\/source\/tree\/support\.json$/,
  },
  {
    site: 'taobao',
    pageKind: 'productKeywords',
    match: /^\/flow\/(?:v3\/)?new\/item\/source\/detail\.json$/,
  },
  // The shop-level search-term report: the same rows for the whole store.
  {
    site: 'taobao',
    pageKind: 'storeKeywords',
    match: /^\/flow\/v3\/shop\/source\/detail\/v3\.json$/,
  },
  {
    site: 'taobao',
    pageKind: 'customerSegments',
    match: /^\/domain\/(?:one|multi)Query\.json$/,
  },
  {
    site: 'taobao',
    pageKind: 'campaigns',
    match: /^\/domain\/item\/query\.json$/,
  },
  // The title-word report of one item (its itemId is in the request URL).
  {
    site: 'taobao',
    pageKind: 'titleWords',
    match: /^\/cc\/item\/(?:v\d\/)?getTitleWords\.json$/,
  },
  // Alibaba.com (readers in utils/sites/alibaba/): products_manage by path,
  // the data pages' hz-mydata / mydata `self/.json` by iName, alicrm by path.
  {
    site: 'alibaba',
    pageKind: 'productList',
    match: /^\/product\/managementproducts\/asyQueryProductsList(?:WithPowerScore)?\.do$/,
  },
  {
    site: 'alibaba',
    pageKind: 'productRank',
    match: /^(?:getVipEffectiveProductsAndStats|customerAdviser\/prodList)$/,
  },
  {
    site: 'alibaba',
    pageKind: 'productKeywords',
    match: /^vip\/product\/360\/wordAnalysis\/content$/,
  },
  {
    site: 'alibaba',
    pageKind: 'storeKeywords',
    match: /^vip\/traffic\/keyword\/getKeywords$/,
  },
  {
    site: 'alibaba',
    pageKind: 'storeOverview',
    match: /^vip\/home\/custom\/getShopSummary$/,
  },
  {
    site: 'alibaba',
    pageKind: 'visitors',
    match: /^getVisitors$/,
  },
  {
    site: 'alibaba',
    pageKind: 'customers',
    match: /\/customerQueryServiceI\/queryCustomerList\.json$/,
  },
  // Buyer-side pages (market watch; readers in utils/sites/*/buyer.ts), captured
  // only on the hosts the seller granted: the AliExpress item data (JSONP) and
  // the Taobao search results.
  { site: 'aliexpress', pageKind: 'listing', match: /^mtop\.aliexpress\.pdp\.pc\.query$/ },
  {
    site: 'taobao',
    pageKind: 'searchResults',
    match: /^mtop\.relationrecommend\.wirelessrecommend\.recommend$/,
  },
];

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

export function apiRuleFor(api: string): ApiRule | undefined {
  return API_ALLOWLIST.find((r) => r.match.test(api));
}

export function isAllowlisted(api: string): boolean {
  return apiRuleFor(api) !== undefined;
}
