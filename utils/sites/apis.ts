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
