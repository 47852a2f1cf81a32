// Types for scripts/browser.mjs (plain JavaScript so `node` runs it without a build step).
export interface BrowserDeps {
  env: Record<string, string | undefined>;
  platform: string;
  home: string;
  exists(path: string): boolean;
  list(dir: string): string[];
  which(name: string): string;
  version(path: string): string;
  canInstall(): boolean;
  hasCjkFont(): boolean;
  run(cmd: string, args: string[]): { ok: boolean; output: string };
  log(line: string): void;
}
export const BRANDED_CHROME_LAST_WITH_LOAD_EXTENSION: number;
export const PATH_NAMES: string[];
export const INSTALL_ADVICE: string;
export function knownLocations(
  platform: string,
  env: Record<string, string | undefined>,
  home: string,
  deps: Pick<BrowserDeps, 'list'>,
): string[];
export function isBrandedChrome(path: string, versionLine?: string): boolean;
export function canLoadExtension(path: string, versionLine?: string): boolean;
export function systemDeps(): BrowserDeps;
export function findBrowser(deps?: BrowserDeps, skipped?: string[]): string | undefined;
export function ensureBrowser(deps?: BrowserDeps): string;
