// npm run screenshots: refreshes the committed screenshots. The e2e run writes
// its own into the git-ignored test-results/screenshots/, so a test run leaves
// the tree clean; this writes
//   docs/screenshots/  the README's pictures (the e2e tests that take them,
//                      pointed at this folder), and
//   docs/store/        the 1280×800 store screenshots, from the demo console.
import { spawnSync } from 'node:child_process';
import { ensureBrowser } from './browser.mjs';

try {
  process.env.CHROMIUM_PATH = ensureBrowser();
} catch (e) {
  console.error(`screenshots: ${e instanceof Error ? e.message : e}`);
  process.exit(1);
}

const run = (cmd, args, env = {}) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.STOREWISE_SKIP_BUILD) run('npx', ['wxt', 'build']);
run(
  'npx',
  [
    'vitest',
    'run',
    '--config',
    'vitest.e2e.config.ts',
    'tests/e2e/sidepanel-tabs.e2e.ts',
    'tests/e2e/promo.e2e.ts',
    'tests/e2e/overlay.e2e.ts',
    'tests/e2e/market-granted.e2e.ts',
  ],
  { STOREWISE_SCREENSHOTS_DIR: 'docs/screenshots' },
);
run('npx', ['tsx', 'scripts/demo/main.ts', '--headless', '--store', 'docs/store']);
console.log('screenshots: docs/screenshots/ (README) and docs/store/ (store listing) refreshed');
