import { launchWithExtension, startFixtureServer } from './tests/e2e/harness';
const HOST = 'gsp.aliexpress.com';
const PATH = '/m_apps/productManage/list-manage';
const server = await startFixtureServer({ [`${HOST}${PATH}`]: { file: 'aliexpress/productList/list-1000-en.html' } });
const b = await launchWithExtension();
const url = server.url(HOST, `${PATH}?channelId=2001234`);
for (let run = 0; run < 2; run++) {
  const page = await b.context.newPage();
  const cdp = await b.context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(3000);
  const { profile } = await cdp.send('Profiler.stop');
  if (run === 0) { await page.close(); continue; }
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  const dt = profile.timeDeltas ?? [];
  profile.samples?.forEach((s, i) => self.set(s, (self.get(s) ?? 0) + (dt[i] ?? 0)));
  // inclusive time per function for extension scripts
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = new Map<string, number>();
  for (const [id, us] of self) {
    let cur: number | undefined = id;
    const seen = new Set<string>();
    while (cur !== undefined) {
      const n = byId.get(cur)!;
      const f = n.callFrame;
      if (f.url.startsWith('chrome-extension')) {
        const k = `${f.functionName || '(anon)'}:${f.lineNumber}:${f.columnNumber}`;
        if (!seen.has(k)) { incl.set(k, (incl.get(k) ?? 0) + us); seen.add(k); }
      }
      cur = parent.get(cur);
    }
  }
  console.log([...incl].sort((a, b) => b[1] - a[1]).slice(0, 30).map(([k, v]) => `${(v / 1000).toFixed(1)}ms ${k}`).join('\n'));
  const lt = await page.evaluate(() => 0);
  await page.close();
}
await b.close(); await server.close();
