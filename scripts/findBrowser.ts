import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Where a Chromium or Chrome usually lives, after CHROMIUM_PATH and before Playwright's own download. */
const SYSTEM_PATHS: Record<string, string[]> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
  win32: [
    'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
    'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
  ],
};
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

export interface BrowserEnv {
  env: Record<string, string | undefined>;
  platform: string;
  isExecutable: (path: string) => boolean;
  /** The browser Playwright would launch by itself, whether or not it is downloaded. */
  playwrightPath: () => string | undefined;
}

export type BrowserChoice =
  | { path: string; from: 'CHROMIUM_PATH' | 'system' | 'playwright'; problem?: undefined }
  | { path?: undefined; from?: undefined; problem?: string };

export function findBrowser(host: BrowserEnv): BrowserChoice {
  const fromEnv = host.env.CHROMIUM_PATH;
  if (fromEnv) {
    // An explicit choice that is wrong is a mistake to report, not a reason to pick some other browser silently.
    return host.isExecutable(fromEnv)
      ? { path: fromEnv, from: 'CHROMIUM_PATH' }
      : { problem: `CHROMIUM_PATH is set to '${fromEnv}', which is not an executable file.` };
  }
  const onPath = (host.env.PATH ?? '').split(host.platform === 'win32' ? ';' : delimiter).filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, host.platform === 'win32' ? `${name}.exe` : name)));
  const system = [...(SYSTEM_PATHS[host.platform] ?? []), ...onPath].find(host.isExecutable);
  if (system) return { path: system, from: 'system' };
  const bundled = host.playwrightPath();
  if (bundled && host.isExecutable(bundled)) return { path: bundled, from: 'playwright' };
  return {};
}

export function nodeBrowserEnv(playwrightPath: () => string | undefined): BrowserEnv {
  return {
    env: process.env,
    platform: process.platform,
    isExecutable: (path) => {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    playwrightPath,
  };
}

/** Debian and Ubuntu (and their derivatives), from /etc/os-release; those are where we can install `chromium` ourselves. */
export function isDebianLike(osRelease: string): boolean {
  const field = (key: string) => osRelease.match(new RegExp(`^${key}=("?)([^"\\n]*)\\1$`, 'm'))?.[2] ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)].some((id) => id === 'debian' || id === 'ubuntu');
}

export function readOsRelease(): string {
  try {
    return readFileSync('/etc/os-release', 'utf8');
  } catch {
    return '';
  }
}

export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium';

/** What to tell someone whose machine has no browser and where we may not install one. */
export function noBrowserAdvice(platform: string, debianLike: boolean): string {
  const how = debianLike
    ? `run as root: ${INSTALL_COMMAND}`
    : platform === 'darwin'
      ? 'install Google Chrome (or run: npx playwright install chromium)'
      : platform === 'win32'
        ? 'install Google Chrome (or run: npx playwright install chromium)'
        : 'install Chromium or Chrome with your package manager (or run: npx playwright install chromium)';
  return `No Chromium or Chrome found for the browser tests. To fix it, ${how} — or set CHROMIUM_PATH to a Chromium/Chrome binary.`;
}
