import { describe, expect, it } from 'vitest';
import config from '../../../wxt.config';
import { CONSOLE_HOST_PATTERNS, SITE_HOSTS } from '../../../utils/sites/hosts';
import { documentedOptionalHosts, documentedPermissions } from './documented';

// Manifest review: the permissions the extension asks for are exactly the
// minimal set SECURITY.md documents, host access is limited to the seller
// consoles, and the extension pages may run only their own scripts.

interface ManifestPart {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: { extension_pages?: string; sandbox?: string };
}

function manifestFor(browser: 'chrome' | 'firefox'): ManifestPart {
  const m = config.manifest;
  if (typeof m !== 'function')
    throw new Error('wxt.config.ts manifest is expected to be a function');
  return m({ browser, manifestVersion: 3, mode: 'production', command: 'build' }) as ManifestPart;
}

describe('manifest review', () => {
  it('asks for exactly the permissions SECURITY.md documents (Chromium)', async () => {
    const documented = await documentedPermissions();
    expect(documented).toEqual([
      'storage',
      'alarms',
      'notifications',
      'scripting',
      'activeTab',
      'sidePanel',
    ]);
    expect([...(manifestFor('chrome').permissions ?? [])].sort()).toEqual([...documented].sort());
  });

  it('asks Firefox for the same set minus sidePanel, which Firefox does not have', async () => {
    const documented = (await documentedPermissions()).filter((p) => p !== 'sidePanel');
    expect([...(manifestFor('firefox').permissions ?? [])].sort()).toEqual(documented.sort());
  });

  it.each(['chrome', 'firefox'] as const)(
    'limits host access to the seller-console hosts on %s',
    (browser) => {
      const m = manifestFor(browser);
      // Written out: a new host is a reviewed change of this list.
      const expected = [
        '*://csp.aliexpress.com/*',
        '*://gsp.aliexpress.com/*',
        '*://myseller.taobao.com/*',
        '*://sycm.taobao.com/*',
        '*://data.alibaba.com/*',
        '*://hzmy.alibaba.com/*',
        '*://hz-productposting.alibaba.com/*',
        '*://alicrm.alibaba.com/*',
      ];
      expect([...(m.host_permissions ?? [])].sort()).toEqual([...expected].sort());
      expect([...CONSOLE_HOST_PATTERNS].sort()).toEqual([...expected].sort());
      expect(Object.values(SITE_HOSTS).flat()).toHaveLength(8);
      for (const p of [...(m.permissions ?? []), ...(m.host_permissions ?? [])]) {
        expect(p).not.toBe('<all_urls>');
        expect(p).not.toBe('tabs');
        expect(p).not.toMatch(/^\*:\/\/\*/);
        expect(p).not.toMatch(/^https?:\/\/\*\//);
      }
      expect(m.optional_permissions ?? []).toEqual([]);
    },
  );

  it.each(['chrome', 'firefox'] as const)(
    'asks for the buyer-side pages only as optional hosts, exactly the ones SECURITY.md lists (%s)',
    async (browser) => {
      const m = manifestFor(browser);
      // Literal on purpose: growing this list is a reviewed change, here and in SECURITY.md.
      const buyerPages = [
        '*://www.aliexpress.com/*',
        '*://www.aliexpress.us/*',
        '*://*.aliexpress.com/item/*',
        '*://s.taobao.com/*',
        '*://item.taobao.com/*',
        '*://detail.tmall.com/*',
        '*://www.alibaba.com/*',
      ];
      expect(m.optional_host_permissions).toEqual(buyerPages);
      expect(await documentedOptionalHosts()).toEqual(buyerPages);
      // None of them is asked for at install.
      for (const p of buyerPages) expect(m.host_permissions ?? []).not.toContain(p);
    },
  );

  it('lets extension pages run only their own scripts (no remote code, no eval)', () => {
    const csp = manifestFor('chrome').content_security_policy?.extension_pages ?? '';
    const directives = new Map(
      csp
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .filter((parts) => parts[0])
        .map(([name, ...sources]) => [name as string, sources]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'self'"]);
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval|https?:|\*/);
  });
});
