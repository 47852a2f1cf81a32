import { describe, expect, it } from 'vitest';
import { CONSOLE_HOST_PATTERNS, siteOfHost } from '@/utils/sites/hosts';

// The capture runs in the console page's own world and sees the page's
// requests to any host, so only the page hosts need content-script matches;
// the API hosts they call (docs/CONSOLES.md) need none, and get none: fewer
// hosts, fewer permissions.

describe('hosts the capture needs', () => {
  it.each([
    ['data.alibaba.com', 'alibaba'],
    ['hz-productposting.alibaba.com', 'alibaba'],
    ['myseller.taobao.com', 'taobao'],
    ['sycm.taobao.com', 'taobao'],
    ['gsp.aliexpress.com', 'aliexpress'],
    ['csp.aliexpress.com', 'aliexpress'],
  ])('the console page host %s runs the content scripts (%s)', (host, site) => {
    expect(siteOfHost(host)).toBe(site);
    expect(CONSOLE_HOST_PATTERNS).toContain(`*://${host}/*`);
  });

  it.each([
    'hz-mydata.alibaba.com',
    'mydata.alibaba.com',
    'h5api.m.taobao.com',
    'seller-acs.aliexpress.com',
  ])('the API host %s is only called by the pages, so it is no content-script host', (host) => {
    expect(siteOfHost(host)).toBeUndefined();
    expect(CONSOLE_HOST_PATTERNS.some((p) => p.includes(host))).toBe(false);
  });
});
