import type { PageKind } from '../types';
import type { Site } from './hosts';

// The API allowlist: the only responses the MAIN-world script may capture
// (CONSOLES.md "How to read a page"). Dependency-free on purpose: it is bundled
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
  // One table API serves the ranking and the product-analysis keyword tab;
  // the page URL decides which reader reads it.
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
  // Taobao/Tmall (readers in utils/sites/taobao/): the myseller on-sale list
  // over mtop, sycm item metrics and search-keyword sources by path.
  {
    site: 'taobao',
    pageKind: 'productList',
    match: /^mtop\.taobao\.sell\.pc\.manage\.(list|async|query)$/,
  },
  {
    site: 'taobao',
    pageKind: 'productRank',
    match:
      /^\/cc\/(?:live\/)?item\/(?:sale\/overview|rank(?:\/\w+)*)\.json$|^\/flow\/item\/source\/tree\/support\.json$/,
  },
  {
    site: 'taobao',
    pageKind: 'productKeywords',
    match: /^\/flow\/(?:v\d\/)?item\/source\/(?:detail|keyword)(?:\/\w+)*\.json$/,
  },
  // Alibaba.com (readers in utils/sites/alibaba/): products_manage by path,
  // data.alibaba.com by iName.
  {
    site: 'alibaba',
    pageKind: 'productList',
    match: /^\/product\/(?:products_manage|manage)(?:\/\w+)*\.json$/,
  },
  {
    site: 'alibaba',
    pageKind: 'productRank',
    match: /^vip\/product\/(?:overview|effect|performance)(?:\/\w+)*$/,
  },
  {
    site: 'alibaba',
    pageKind: 'productKeywords',
    match: /^vip\/(?:product\/360\/wordAnalysis|traffic\/keyword)(?:\/\w+)*$/,
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
  if (/\.json$/i.test(url.pathname)) return url.pathname;
  return undefined;
}

export function apiRuleFor(api: string): ApiRule | undefined {
  return API_ALLOWLIST.find((r) => r.match.test(api));
}

export function isAllowlisted(api: string): boolean {
  return apiRuleFor(api) !== undefined;
}
