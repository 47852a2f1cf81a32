// The one place that finds (and on Debian/Ubuntu as root, installs) a browser
// that can load the unpacked extension. Used by `npm run demo`, the e2e suite
// (`npm test`) and `npm run bench`, through tests/e2e/harness.ts and
// scripts/run-e2e.mjs.
//
// Usable: Chromium and Chrome for Testing. Not usable: branded Google Chrome
// 137 and later, which ignores --load-extension; it would open an empty browser
// without Storewise, so it is skipped and named in the error instead.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Branded Google Chrome from this major version on ignores --load-extension. */
export const BRANDED_CHROME_LAST_WITH_LOAD_EXTENSION = 136;

/** Names tried on PATH, in order. `chrome` is the Chrome for Testing binary. */
export const PATH_NAMES = [
  'chromium',
  'chromium-browser',
  'chrome',
  'google-chrome-for-testing',
  'google-chrome',
  'google-chrome-stable',
];

export const INSTALL_ADVICE =
  'Storewise needs Chromium or Chrome for Testing to load the unpacked extension ' +
  '(branded Google Chrome 137+ ignores --load-extension). Install one ' +
  '(Debian/Ubuntu: `apt-get install -y chromium`; elsewhere `npx @puppeteer/browsers install chrome@stable` ' +
  'gives Chrome for Testing) or set CHROMIUM_PATH to its executable.';

/** Folders under a cache root that hold Chromium / Chrome for Testing downloads. */
function cachedBuilds(root, deps) {
  const found = [];
  for (const [dir, inner] of [
    // Playwright's Chromium builds: chromium-<rev>/chrome-<os>/...
    ['ms-playwright', (rev) => rev.startsWith('chromium-')],
    // @puppeteer/browsers' Chrome for Testing: chrome/<platform>-<version>/chrome-<os>/...
    ['puppeteer/chrome', () => true],
  ]) {
    for (const rev of deps.list(join(root, dir)).filter(inner).sort().reverse()) {
      for (const exe of [
        'chrome-linux/chrome',
        'chrome-linux64/chrome',
        'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
        'chrome-mac-x64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        'chrome-win/chrome.exe',
        'chrome-win64/chrome.exe',
      ]) {
        found.push(join(root, dir, rev, exe));
      }
    }
  }
  return found;
}

/** The usual install locations per platform, best first. */
export function knownLocations(platform, env, home, deps) {
  if (platform === 'darwin') {
    const apps = ['/Applications', join(home, 'Applications')];
    return [
      ...apps.map((a) => join(a, 'Chromium.app/Contents/MacOS/Chromium')),
      ...apps.map((a) =>
        join(a, 'Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing'),
      ),
      ...cachedBuilds(join(home, 'Library/Caches'), deps),
      ...cachedBuilds(join(home, '.cache'), deps),
      ...apps.map((a) => join(a, 'Google Chrome.app/Contents/MacOS/Google Chrome')),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter(Boolean);
    return [
      ...roots.map((r) => join(r, 'Chromium/Application/chrome.exe')),
      ...(env.LOCALAPPDATA ? cachedBuilds(env.LOCALAPPDATA, deps) : []),
      ...cachedBuilds(join(home, '.cache'), deps),
      ...roots.map((r) => join(r, 'Google/Chrome/Application/chrome.exe')),
    ];
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/lib/chromium/chromium',
    '/opt/google/chrome-for-testing/chrome',
    ...cachedBuilds(join(home, '.cache'), deps),
    '/opt/google/chrome/chrome',
  ];
}

/** Branded Google Chrome (not Chromium, not Chrome for Testing), judged by its path and version line. */
export function isBrandedChrome(path, versionLine) {
  if (versionLine) return /^Google Chrome \d/.test(versionLine);
  return (
    /google-chrome|Google Chrome|Google[\\/]Chrome/.test(path) &&
    !/for[ -]Testing|chrome-for-testing/i.test(path)
  );
}

/** Whether the executable can load an unpacked extension from the command line. */
export function canLoadExtension(path, versionLine) {
  if (!isBrandedChrome(path, versionLine)) return true;
  const major = Number(/(\d+)\./.exec(versionLine ?? '')?.[1]);
  return Number.isFinite(major) && major <= BRANDED_CHROME_LAST_WITH_LOAD_EXTENSION;
}

/**
 * Whether `path` can load the extension; runs `--version` only when the path
 * may be branded Chrome (a Chromium needs no check, and starting it costs time).
 */
function inspect(path, deps) {
  const maybeBranded = isBrandedChrome(path) || /(^|[\\/])chrome(\.exe)?$/.test(path);
  const line = maybeBranded ? deps.version(path) : '';
  return {
    usable: canLoadExtension(path, line || undefined),
    label: line || 'branded Google Chrome',
  };
}

/** The real environment; tests pass their own. */
export function systemDeps() {
  return {
    env: process.env,
    platform: process.platform,
    home: homedir(),
    exists: (p) => existsSync(p),
    list: (dir) => {
      try {
        return readdirSync(dir);
      } catch {
        return [];
      }
    },
    which: (name) => {
      try {
        const cmd = process.platform === 'win32' ? 'where' : 'which';
        return execFileSync(cmd, [name], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })
          .split(/\r?\n/)[0]
          .trim();
      } catch {
        return '';
      }
    },
    version: (path) => {
      // Windows builds print no version; the path decides there.
      if (process.platform === 'win32') return '';
      try {
        return execFileSync(path, ['--version'], {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'ignore'],
          timeout: 10_000,
        }).trim();
      } catch {
        return '';
      }
    },
    canInstall: () =>
      process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/etc/debian_version'),
    hasCjkFont: () => {
      try {
        return /noto.*cjk/i.test(execFileSync('fc-list', { encoding: 'utf8' }));
      } catch {
        return false;
      }
    },
    run: (cmd, args) => {
      const r = spawnSync(cmd, args, {
        encoding: 'utf8',
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
      return { ok: r.status === 0, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
    },
    log: (line) => console.error(line),
  };
}

/**
 * The browser to drive, or undefined: CHROMIUM_PATH, then the PATH names, then
 * the usual install locations. `skipped` collects browsers that cannot load the
 * extension (branded Chrome 137+), for the error message.
 */
export function findBrowser(deps = systemDeps(), skipped = []) {
  const fromEnv = deps.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!deps.exists(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist.`);
    const { usable, label } = inspect(fromEnv, deps);
    if (!usable) {
      throw new Error(
        `CHROMIUM_PATH=${fromEnv} is ${label}, which ignores --load-extension. ${INSTALL_ADVICE}`,
      );
    }
    return fromEnv;
  }
  const seen = new Set();
  const candidates = [
    ...PATH_NAMES.map((n) => deps.which(n)).filter(Boolean),
    ...knownLocations(deps.platform, deps.env, deps.home, deps).filter((p) => deps.exists(p)),
  ];
  for (const path of candidates) {
    if (seen.has(path)) continue;
    seen.add(path);
    const { usable, label } = inspect(path, deps);
    if (usable) return path;
    skipped.push(`${path} (${label})`);
  }
  return undefined;
}

/**
 * findBrowser, and when nothing usable is there on Debian/Ubuntu as root,
 * installs Debian's chromium (with CJK fonts for the zh-CN screenshots), saying
 * so in one line. Throws with install advice otherwise.
 */
export function ensureBrowser(deps = systemDeps()) {
  const skipped = [];
  let path = findBrowser(deps, skipped);
  const installing = [];
  if (!path && deps.canInstall()) installing.push('chromium', 'fonts-noto-cjk', 'ca-certificates');
  // A browser named by CHROMIUM_PATH is the reader's (or a parent script's) choice: leave its fonts alone.
  else if (path && !deps.env.CHROMIUM_PATH && deps.canInstall() && !deps.hasCjkFont())
    installing.push('fonts-noto-cjk');
  if (installing.length > 0) {
    deps.log(
      `storewise: ${path ? 'no CJK font for the zh-CN screenshots' : 'no Chromium found'}; installing Debian's ${installing.filter((p) => p !== 'ca-certificates').join(' and ')} (apt-get)`,
    );
    const update = deps.run('apt-get', ['update', '-qq']);
    const install = update.ok
      ? deps.run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...installing])
      : update;
    if (!install.ok) {
      deps.log(install.output.trim().split('\n').slice(-5).join('\n'));
      if (!path) throw new Error(`apt-get could not install chromium. ${INSTALL_ADVICE}`);
    }
    path ??= findBrowser(deps, skipped);
  }
  if (!path) {
    const also = skipped.length > 0 ? ` Found but unusable: ${skipped.join('; ')}.` : '';
    throw new Error(`No browser that can load the extension was found.${also} ${INSTALL_ADVICE}`);
  }
  return path;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // `node scripts/browser.mjs`: prints the browser the scripts will use.
  try {
    console.log(ensureBrowser());
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    process.exit(1);
  }
}
