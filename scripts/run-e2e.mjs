// npm run test:e2e: find (or, on Debian/Ubuntu as root, install) a Chromium,
// build the extension, run the real-browser suite. Without a browser it fails
// and says how to get one; the tests are never skipped.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './browser.mjs';

try {
  // Children (vitest workers, the demo) inherit the choice and look no further.
  process.env.CHROMIUM_PATH = ensureBrowser();
} catch (e) {
  console.error(`e2e: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.STOREWISE_SKIP_BUILD) run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
