import { defineConfig } from 'wxt';
import { ALL_BUYER_HOST_PATTERNS, CONSOLE_HOST_PATTERNS } from './utils/sites/hosts';

// Chromium refuses to load an extension whose content script contains a Unicode
// noncharacter ("isn't UTF-8 encoded"), and the minifier writes escapes such as
// Dexie's '\uffff' as raw characters. Write them back as escapes; inside
// strings, templates and regexes the meaning is the same.
const NONCHARACTER = /[\uFDD0-\uFDEF\uFFFE\uFFFF]/g;
const escapeNoncharacters = {
  name: 'storewise:escape-noncharacters',
  enforce: 'post' as const,
  // After minification, on the final chunks.
  generateBundle(_: unknown, bundle: Record<string, { type: string; code?: string }>) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk' || chunk.code === undefined) continue;
      chunk.code = chunk.code.replace(NONCHARACTER, (c) => `\\u${c.charCodeAt(0).toString(16)}`);
    }
  },
};

// The overlays' CSS (shadow-root style sheets and host styles, marked
// /* css */ in utils/overlay/) is written to be read; the content scripts ship on every
// console page, so the build drops its comments and layout whitespace, as the
// minifier does for the code around it. Only whitespace that CSS ignores goes:
// around braces, semicolons and commas, after a colon, before !important, and
// runs of it.
const CSS_LITERAL = /\/\* css \*\/ (?:`([^`]*)`|'([^'\n]*)')/g;
const minifyCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/\s+!important/g, '!important')
    .replace(/;}/g, '}');
const minifyOverlayCss = {
  name: 'storewise:minify-overlay-css',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (!id.includes('/utils/overlay/') || !code.includes('/* css */')) return null;
    return code.replace(CSS_LITERAL, (_, template?: string, quoted?: string) => {
      if (quoted !== undefined) return `'${minifyCss(quoted)}'`;
      // Interpolations (${BASE}) stay as they are.
      const parts = (template ?? '').split(/(\$\{[^}]*\})/);
      return `\`${parts.map((p, i) => (i % 2 ? p : minifyCss(p))).join('')}\``;
    });
  },
};

// The manifest asks for the fewest permissions that the features use. Host
// permissions name only the seller-console hosts (docs/CONSOLES.md); never <all_urls>.
export default defineConfig({
  modules: ['@wxt-dev/module-react'],
  // Explicit imports only: auto-imports from utils/ once pulled the database
  // (Dexie) into the content scripts through a mis-detected local name.
  imports: false,
  // Manifest V3 everywhere; WXT would build Firefox as MV2 by default.
  manifestVersion: 3,
  vite: () => ({ plugins: [minifyOverlayCss, escapeNoncharacters] }),
  // npm run zip (scripts/zip.mjs). The sources zip Firefox Add-ons asks for
  // holds what the build reads, and SOURCE_BUILD.md says how to rebuild it;
  // tests, fixtures, screenshots and benchmark results are not part of the build.
  zip: {
    excludeSources: [
      'tests/**',
      'bench/**',
      'docs/screenshots/**',
      'docs/store/**',
      'demo-output/**',
      'test-results/**',
    ],
  },
  manifest: ({ browser }) => ({
    // Name and description come from public/_locales (English by default,
    // zh_CN for Chinese browsers); docs/STORE.md holds the store listing.
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    permissions: [
      'storage',
      'alarms',
      'notifications',
      // "Import from this page" (Promo tab, popup) reads the active tab once,
      // when the seller asks: `scripting` runs that one read; `activeTab`
      // grants it on a non-console page (an announcement, a seller-education
      // article) only after the seller clicks the toolbar button. Console
      // hosts are already covered by host_permissions.
      'scripting',
      'activeTab',
      ...(browser === 'firefox' ? [] : ['sidePanel']),
    ],
    host_permissions: [...CONSOLE_HOST_PATTERNS],
    // Market watch: the marketplaces' buyer-side pages, asked for at runtime
    // (Options, "Watch the market"), per marketplace, never at install.
    optional_host_permissions: [...ALL_BUYER_HOST_PATTERNS],
    action: { default_title: '__MSG_extName__' },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'",
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Stable: Firefox Add-ons ties the listing and updates to this id.
              id: 'storewise@storewise.local',
              // 140 (ESR): the first release that reads data_collection_permissions;
              // it also covers the MAIN-world content script (128) and MV3 scripting (109).
              strict_min_version: '140.0',
              // Nothing is collected or transmitted (PRIVACY.md).
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads the declaration from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // 116: the popup opens the panel with chrome.sidePanel.open(), added in
          // Chrome 116 (the side panel API itself arrived in 114).
          minimum_chrome_version: '116',
        }),
  }),
});
