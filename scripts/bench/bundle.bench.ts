import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_DIR } from '../../tests/e2e/harness';
import { ensureExtensionBuilt, figure } from './lib/common';
import type { Figure } from './types';

// Bundle: the bytes of each entry point of the built extension. The content
// scripts run on every console page load, so they have budgets: the MAIN-world
// capture script < 5 KB, the isolated readers (no React) < 60 KB.

const MAIN_WORLD_BUDGET = 5 * 1024;
const ISOLATED_BUDGET = 60 * 1024;
/** The toolbar popup opens on every click: its first scripts have a budget too. */
const POPUP_BUDGET = 250 * 1024;

interface ContentScript {
  js?: string[];
  world?: 'MAIN' | 'ISOLATED';
}

interface Manifest {
  background?: { service_worker?: string };
  content_scripts?: ContentScript[];
  action?: { default_popup?: string };
  side_panel?: { default_path?: string };
  options_ui?: { page?: string };
}

async function sizeOf(files: readonly string[]): Promise<{ bytes: number; gzip: number }> {
  let bytes = 0;
  let gzip = 0;
  for (const f of new Set(files)) {
    const body = await readFile(join(EXTENSION_DIR, f));
    bytes += (await stat(join(EXTENSION_DIR, f))).size;
    gzip += gzipSync(body).length;
  }
  return { bytes, gzip };
}

/** The scripts an extension page loads: its module script and the chunks it preloads. */
async function pageScripts(html: string): Promise<string[]> {
  const text = await readFile(join(EXTENSION_DIR, html), 'utf8');
  return [...text.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1] as string);
}

export async function run(): Promise<Figure[]> {
  ensureExtensionBuilt();
  const manifest = JSON.parse(
    await readFile(join(EXTENSION_DIR, 'manifest.json'), 'utf8'),
  ) as Manifest;
  const figures: Figure[] = [];
  for (const cs of manifest.content_scripts ?? []) {
    const main = cs.world === 'MAIN';
    const { bytes, gzip } = await sizeOf(cs.js ?? []);
    const budget = main ? MAIN_WORLD_BUDGET : ISOLATED_BUDGET;
    figures.push(
      figure({
        group: 'bundle',
        name: `${(cs.js ?? []).join(' + ')} (${main ? 'MAIN world' : 'isolated'} content script)`,
        value: bytes,
        unit: 'B',
        target: `< ${budget / 1024} KB`,
        meets: (v) => v < budget,
        note: `${gzip} B gzipped`,
      }),
    );
  }
  const worker = manifest.background?.service_worker;
  if (worker) {
    const { bytes, gzip } = await sizeOf([worker]);
    figures.push(
      figure({
        group: 'bundle',
        name: `${worker} (service worker)`,
        value: bytes,
        unit: 'B',
        note: `${gzip} B gzipped`,
      }),
    );
  }
  const pages = [
    manifest.side_panel?.default_path,
    manifest.action?.default_popup,
    manifest.options_ui?.page,
  ].filter((p): p is string => Boolean(p));
  for (const html of pages) {
    const { bytes, gzip } = await sizeOf(await pageScripts(html));
    const popup = html === manifest.action?.default_popup;
    figures.push(
      figure({
        group: 'bundle',
        name: `${html} scripts (page + chunks it loads first; lazy chunks load later)`,
        value: bytes,
        unit: 'B',
        ...(popup
          ? { target: `≤ ${POPUP_BUDGET / 1024} KB`, meets: (v: number) => v <= POPUP_BUDGET }
          : {}),
        note: `${gzip} B gzipped`,
      }),
    );
  }
  return figures;
}
