// npm run demo: build the extension, then run the demo (scripts/demo/main.ts,
// through tsx so it shares tests/e2e/harness.ts: one fixture server, one set of
// Chromium flags). Arguments pass through, e.g. `npm run demo -- --headless`.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './browser.mjs';

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

// Find (or install) the browser first, so a missing one is said before the build.
try {
  // Children (vitest workers, the demo) inherit the choice and look no further.
  process.env.CHROMIUM_PATH = ensureBrowser();
} catch (e) {
  console.error(`demo: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

if (!process.env.STOREWISE_SKIP_BUILD) run('npx', ['wxt', 'build']);
run('npx', ['tsx', 'scripts/demo/main.ts', ...process.argv.slice(2)]);
