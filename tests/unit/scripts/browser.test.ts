import { describe, expect, it } from 'vitest';
import { ensureBrowser, findBrowser, type BrowserDeps } from '../../../scripts/browser.mjs';

// The browser finder behind `npm run demo`, `npm test` and `npm run bench`,
// driven through a fake machine: which executables exist, what they say their
// version is, and whether apt-get may run.

interface Machine {
  platform?: string;
  env?: Record<string, string>;
  onPath?: Record<string, string>;
  files?: string[];
  dirs?: Record<string, string[]>;
  versions?: Record<string, string>;
  root?: boolean;
  cjk?: boolean;
  aptWorks?: boolean;
  /** Files that appear once apt-get installs chromium. */
  installs?: string[];
}

function fake(m: Machine) {
  const files = new Set(m.files ?? []);
  const runs: string[] = [];
  const logs: string[] = [];
  const deps: BrowserDeps = {
    env: m.env ?? {},
    platform: m.platform ?? 'linux',
    home: m.platform === 'win32' ? 'C:\\Users\\s' : '/home/s',
    exists: (p) => files.has(p),
    list: (dir) => m.dirs?.[dir] ?? [],
    which: (name) => m.onPath?.[name] ?? '',
    version: (p) => m.versions?.[p] ?? '',
    canInstall: () => m.root ?? false,
    hasCjkFont: () => m.cjk ?? true,
    run: (cmd, args) => {
      runs.push([cmd, ...args].join(' '));
      const ok = m.aptWorks ?? true;
      if (ok && args[0] === 'install') for (const f of m.installs ?? []) files.add(f);
      return { ok, output: ok ? '' : 'E: Unable to locate package chromium' };
    },
    log: (line) => logs.push(line),
  };
  return { deps, runs, logs };
}

describe('finding a browser that loads the extension', () => {
  it('takes CHROMIUM_PATH first', () => {
    const { deps } = fake({
      env: { CHROMIUM_PATH: '/opt/cft/chrome' },
      files: ['/opt/cft/chrome', '/usr/bin/chromium'],
      versions: { '/opt/cft/chrome': 'Google Chrome for Testing 142.0.7444.59' },
    });
    expect(findBrowser(deps)).toBe('/opt/cft/chrome');
  });

  it('refuses a CHROMIUM_PATH that does not exist or is branded Chrome 137+', () => {
    expect(() => findBrowser(fake({ env: { CHROMIUM_PATH: '/nope' } }).deps)).toThrow(
      'CHROMIUM_PATH=/nope does not exist.',
    );
    const branded = fake({
      env: { CHROMIUM_PATH: '/usr/bin/google-chrome' },
      files: ['/usr/bin/google-chrome'],
      versions: { '/usr/bin/google-chrome': 'Google Chrome 141.0.7390.54' },
    });
    expect(() => findBrowser(branded.deps)).toThrow(
      'CHROMIUM_PATH=/usr/bin/google-chrome is Google Chrome 141.0.7390.54, which ignores --load-extension.',
    );
  });

  it('finds chromium on PATH', () => {
    const { deps } = fake({ onPath: { chromium: '/usr/local/bin/chromium' } });
    expect(findBrowser(deps)).toBe('/usr/local/bin/chromium');
  });

  it('skips branded Google Chrome 137+ on PATH and uses Chromium from its usual place', () => {
    const { deps } = fake({
      onPath: { 'google-chrome': '/usr/bin/google-chrome' },
      versions: { '/usr/bin/google-chrome': 'Google Chrome 140.0.7339.80' },
      files: ['/snap/bin/chromium'],
    });
    expect(findBrowser(deps)).toBe('/snap/bin/chromium');
  });

  it('accepts branded Google Chrome up to 136 and Chrome for Testing of any version', () => {
    const old = fake({
      onPath: { 'google-chrome': '/usr/bin/google-chrome' },
      versions: { '/usr/bin/google-chrome': 'Google Chrome 136.0.7103.113' },
    });
    expect(findBrowser(old.deps)).toBe('/usr/bin/google-chrome');
    const cft = fake({
      onPath: { chrome: '/home/s/bin/chrome' },
      versions: { '/home/s/bin/chrome': 'Google Chrome for Testing 150.0.7800.0' },
    });
    expect(findBrowser(cft.deps)).toBe('/home/s/bin/chrome');
  });

  it('looks in the usual macOS places, Chromium before Chrome for Testing', () => {
    const { deps } = fake({
      platform: 'darwin',
      files: [
        '/Applications/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
        '/home/s/Applications/Chromium.app/Contents/MacOS/Chromium',
      ],
    });
    expect(findBrowser(deps)).toBe('/home/s/Applications/Chromium.app/Contents/MacOS/Chromium');
  });

  it('looks in the usual Windows places', () => {
    const { deps } = fake({
      platform: 'win32',
      env: { LOCALAPPDATA: 'C:\\Users\\s\\AppData\\Local', PROGRAMFILES: 'C:\\Program Files' },
      files: ['C:\\Program Files/Chromium/Application/chrome.exe'],
    });
    expect(findBrowser(deps)).toBe('C:\\Program Files/Chromium/Application/chrome.exe');
  });

  it("finds Playwright's cached Chromium build", () => {
    const { deps } = fake({
      dirs: { '/home/s/.cache/ms-playwright': ['ffmpeg-1011', 'chromium-1187'] },
      files: ['/home/s/.cache/ms-playwright/chromium-1187/chrome-linux/chrome'],
    });
    expect(findBrowser(deps)).toBe(
      '/home/s/.cache/ms-playwright/chromium-1187/chrome-linux/chrome',
    );
  });
});

describe('setting the browser up on Debian/Ubuntu', () => {
  it("installs Debian's chromium as root when none is found, saying so in one line", () => {
    const { deps, runs, logs } = fake({ root: true, installs: ['/usr/bin/chromium'] });
    expect(ensureBrowser(deps)).toBe('/usr/bin/chromium');
    expect(logs).toEqual([
      "storewise: no Chromium found; installing Debian's chromium and fonts-noto-cjk (apt-get)",
    ]);
    expect(runs).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk ca-certificates',
    ]);
  });

  it('adds the CJK fonts as root when Chromium is there without them', () => {
    const { deps, runs } = fake({ root: true, cjk: false, files: ['/usr/bin/chromium'] });
    expect(ensureBrowser(deps)).toBe('/usr/bin/chromium');
    expect(runs).toEqual([
      'apt-get update -qq',
      'apt-get install -y -qq --no-install-recommends fonts-noto-cjk',
    ]);
  });

  it('installs nothing when a browser is there, or when not root', () => {
    const there = fake({ root: true, files: ['/usr/bin/chromium'] });
    expect(ensureBrowser(there.deps)).toBe('/usr/bin/chromium');
    expect(there.runs).toEqual([]);
    const user = fake({ root: false });
    expect(() => ensureBrowser(user.deps)).toThrow(
      'No browser that can load the extension was found.',
    );
    expect(user.runs).toEqual([]);
  });

  it('names the unusable branded Chrome in the error', () => {
    const { deps } = fake({
      onPath: { 'google-chrome-stable': '/usr/bin/google-chrome-stable' },
      versions: { '/usr/bin/google-chrome-stable': 'Google Chrome 143.0.7499.40' },
    });
    expect(() => ensureBrowser(deps)).toThrow(
      'Found but unusable: /usr/bin/google-chrome-stable (Google Chrome 143.0.7499.40).',
    );
  });

  it('fails with advice when apt-get cannot install chromium', () => {
    const { deps, logs } = fake({ root: true, aptWorks: false });
    expect(() => ensureBrowser(deps)).toThrow('apt-get could not install chromium.');
    expect(logs[1]).toBe('E: Unable to locate package chromium');
  });
});
