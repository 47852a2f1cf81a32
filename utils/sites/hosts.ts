// The seller-console hosts of CONSOLES.md, one list for the manifest, the
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

export const CONSOLE_HOST_PATTERNS: readonly string[] = SITES.flatMap(hostPatterns);

export const ALL_CONSOLE_HOSTS: readonly string[] = SITES.flatMap((s) => [...SITE_HOSTS[s]]);

export function siteOfHost(hostname: string): Site | undefined {
  return SITES.find((s) => (SITE_HOSTS[s] as readonly string[]).includes(hostname));
}
