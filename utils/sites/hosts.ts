// The seller-console hosts of docs/CONSOLES.md, one list for the manifest, the
// content-script matches and the e2e host-resolver rules.
export const SITE_HOSTS = {
  aliexpress: ['csp.aliexpress.com', 'gsp.aliexpress.com'],
  taobao: ['myseller.taobao.com', 'sycm.taobao.com'],
  // data.alibaba.com's pages load their figures from hz-mydata.alibaba.com and
  // mydata.alibaba.com: API hosts, captured on the page, so not listed here.
  alibaba: [
    'data.alibaba.com',
    'hzmy.alibaba.com',
    'hz-productposting.alibaba.com',
    'alicrm.alibaba.com',
  ],
} as const;

export type Site = keyof typeof SITE_HOSTS;
export const SITES = Object.keys(SITE_HOSTS) as Site[];

export const hostPatterns = (site: Site): string[] => SITE_HOSTS[site].map((h) => `*://${h}/*`);

// Lists derived here are marked pure, so a bundle that does not use one (the
// MAIN-world script uses only the patterns) leaves it out.
export const CONSOLE_HOST_PATTERNS: readonly string[] = /* @__PURE__ */ SITES.flatMap(hostPatterns);

export const ALL_CONSOLE_HOSTS: readonly string[] = /* @__PURE__ */ SITES.flatMap((s) => [
  ...SITE_HOSTS[s],
]);

export function siteOfHost(hostname: string): Site | undefined {
  return SITES.find((s) => (SITE_HOSTS[s] as readonly string[]).includes(hostname));
}

// Buyer-side pages (market watch, docs/CONSOLES.md "Buyer-side pages"): never in
// the install-time manifest. Options asks for them at runtime, per marketplace,
// as optional host permissions; content scripts for them are registered only
// while the grant lasts (entrypoints/background/setupMarketWatch.ts).
export const BUYER_HOST_PATTERNS = {
  aliexpress: [
    '*://www.aliexpress.com/*',
    '*://www.aliexpress.us/*',
    '*://*.aliexpress.com/item/*',
  ],
  taobao: ['*://s.taobao.com/*', '*://item.taobao.com/*', '*://detail.tmall.com/*'],
  alibaba: ['*://www.alibaba.com/*'],
} as const satisfies Record<Site, readonly string[]>;

export const ALL_BUYER_HOST_PATTERNS: readonly string[] = /* @__PURE__ */ SITES.flatMap((s) => [
  ...BUYER_HOST_PATTERNS[s],
]);

/** The marketplace of a buyer-side host (a shopper's page, not the seller's console). */
export function buyerSiteOfHost(hostname: string): Site | undefined {
  if (siteOfHost(hostname)) return undefined;
  const h = hostname.toLowerCase();
  if (h === 'aliexpress.com' || h.endsWith('.aliexpress.com') || h === 'www.aliexpress.us')
    return 'aliexpress';
  if (h === 's.taobao.com' || h === 'item.taobao.com' || h === 'detail.tmall.com') return 'taobao';
  if (h === 'www.alibaba.com') return 'alibaba';
  return undefined;
}
