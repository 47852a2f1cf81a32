import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from '../../tests/e2e/harness';
import { registeredReaders } from '../../utils/sites';
import { SITES, type Site } from '../../utils/sites/hosts';
import { isBuyerPageKind, type PageKind } from '../../utils/types';
import { casesOf } from '../../tests/fixtures/cases';

// The demo seller console: every saved console page (an .html fixture) a
// registered reader names, served at that reader's real console URL. Found at
// run time, so pages added by later readers join the demo by themselves.
// Readers fed only by recorded API responses (.json) need the console's own
// scripts to make the call, so they are not part of the static demo.

export interface DemoPage {
  site: Site;
  pageKind: PageKind;
  host: string;
  /** Path and query of the console URL. */
  path: string;
  fixture: string;
}

export function discoverDemoPages(fixturesDir: string): DemoPage[] {
  const pages: DemoPage[] = [];
  const taken = new Set<string>();
  for (const reader of registeredReaders()) {
    // The demo is a seller console: buyer-side pages (market watch) need the
    // seller's grant first and have their own e2e test.
    if (isBuyerPageKind(reader.pageKind)) continue;
    if (!reader.readDom) continue;
    const html = casesOf(reader).fixtures.filter(
      (f) => f.endsWith('.html') && existsSync(join(fixturesDir, f)),
    );
    // Prefer the smaller, hand-saved page over generated large ones.
    const fixture = html.find((f) => !/\d{3,}/.test(f)) ?? html[0];
    if (!fixture) continue;
    for (const testUrl of casesOf(reader).testUrls) {
      const url = new URL(testUrl);
      const key = `${url.hostname}${url.pathname}`;
      if (taken.has(key)) continue;
      taken.add(key);
      pages.push({
        site: reader.site,
        pageKind: reader.pageKind,
        host: url.hostname,
        path: `${url.pathname}${url.search}`,
        fixture,
      });
      break; // one URL per page kind is enough for the demo
    }
  }
  return pages;
}

/** Fixture-server routes: each console page at its host and path. */
export function demoRoutes(pages: readonly DemoPage[]): Record<string, Route> {
  const routes: Record<string, Route> = {};
  for (const p of pages)
    routes[`${p.host}${new URL(p.path, 'http://x').pathname}`] = { file: p.fixture };
  return routes;
}

const SITE_NAMES: Record<Site, string> = {
  aliexpress: 'AliExpress',
  taobao: 'Taobao / Tmall',
  alibaba: 'Alibaba.com',
};

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** The demo's start page: the console pages of the three marketplaces. */
export function indexPage(pages: readonly DemoPage[], urlOf: (p: DemoPage) => string): string {
  const sections = SITES.map((site) => {
    const own = pages.filter((p) => p.site === site);
    const items = own.length
      ? own
          .map(
            (p) =>
              `<li><a href="${escapeHtml(urlOf(p))}">${escapeHtml(p.pageKind)}</a> <code>${escapeHtml(p.host + p.path)}</code></li>`,
          )
          .join('\n')
      : '<li><em>no saved console page yet</em></li>';
    return `<section><h2>${SITE_NAMES[site]}</h2><ul>${items}</ul></section>`;
  }).join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Storewise demo console</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:760px;margin:2rem auto;padding:0 1rem}code{color:#666;font-size:12px}</style>
</head><body>
<h1>Storewise demo seller console</h1>
<p>Saved seller-console pages from <code>tests/fixtures</code>, served on the real console host names
(mapped to this computer). Open one: Storewise reads it, stores it locally, and the side panel shows it.</p>
${sections}
</body></html>`;
}
