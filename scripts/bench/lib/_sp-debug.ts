import { launchWithExtension, openExtensionPage } from '../../../tests/e2e/harness';
import { bundleForPage } from './common';
const b = await launchWithExtension({ extensionDir: '/tmp/a11y-ext', userDataDir: '/tmp/sp-profile' });
const ctx = b.context;
const seedScript = await bundleForPage('scripts/bench/lib/sidepanelSeed.ts');
const s = await openExtensionPage(ctx, 'sidepanel.html', '?lang=en');
await s.locator('[data-testid="store-none"], [data-testid="store-switcher"]').first().waitFor({ timeout: 60_000 });
await s.evaluate(seedScript);
let c = await s.evaluate(() => window.__storewiseSeededCounts!());
console.log('existing', c);
if (c.productDaily !== 730000) {
  const lastDay = await s.evaluate(() => new Date().toISOString().slice(0, 10));
  c = await s.evaluate((o) => window.__storewiseSeedSidepanel!(o), { products: 2000, days: 365, keywordProducts: 300, keywordDays: 30, termsPerProduct: 10, customers: 3000, lastDay });
  console.log('seeded', c);
}
await s.close();
const p = await ctx.newPage();
p.on('console', (m) => console.log('console', m.type(), m.text().slice(0, 300)));
p.on('pageerror', (e) => console.log('pageerror', e.message));
const cdp = await ctx.newCDPSession(p);
await cdp.send('Profiler.enable');
await cdp.send('Profiler.start');
const id = new URL((ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker'))).url()).host;
const t0 = Date.now();
await p.goto(`chrome-extension://${id}/sidepanel.html?lang=en`);
try {
  await p.getByTestId('product-count').waitFor({ timeout: 240_000 });
  console.log('tier rendered after', Date.now() - t0, 'ms');
} catch (e) {
  console.log('not rendered', (e as Error).message.slice(0, 200));
  console.log(await p.evaluate(() => document.body.innerText.slice(0, 500)));
}
const { profile } = await cdp.send('Profiler.stop');
// self time per function
const self = new Map<string, number>();
const dt = profile.timeDeltas ?? [];
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
(profile.samples ?? []).forEach((sid, i) => {
  const n = byId.get(sid)!;
  const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}`;
  self.set(k, (self.get(k) ?? 0) + (dt[i] ?? 0) / 1000);
});
console.log([...self].sort((a, b) => b[1] - a[1]).slice(0, 25).map(([k, v]) => `${v.toFixed(0)}ms ${k}`).join('\n'));
await b.close();
