// npm run test:e2e: fail loudly without Chromium, build the extension, run the real-browser suite.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function chromiumPath() {
  if (process.env.CHROMIUM_PATH)
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : undefined;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
    try {
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      // try the next name
    }
  }
  return undefined;
}

if (!chromiumPath()) {
  console.error(
    'e2e: no Chromium found, so the real-browser tests cannot run (they are never skipped).\n' +
      "Install Debian's Chromium: apt-get update && apt-get install -y chromium\n" +
      'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
  );
  process.exit(1);
}

const run = (cmd, args) => {
  const r = spawnSync(cmd, args, { stdio: 'inherit', shell: false });
  if (r.status !== 0) process.exit(r.status ?? 1);
};

if (!process.env.STOREWISE_SKIP_BUILD) run('npx', ['wxt', 'build']);
run('npx', ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)]);
