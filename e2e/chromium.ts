import { chromium } from '@playwright/test';
import { findBrowser, isDebianLike, noBrowserAdvice, nodeBrowserEnv, readOsRelease, type BrowserEnv } from '../scripts/findBrowser';

export function playwrightBrowserEnv(): BrowserEnv {
  return nodeBrowserEnv(() => {
    try {
      return chromium.executablePath();
    } catch {
      return undefined;
    }
  });
}

/**
 * The browser for the e2e tests and the benchmark: CHROMIUM_PATH, then the system's Chromium or Chrome, then one
 * Playwright installed. `npm test` runs scripts/ensureBrowser.ts first, which installs one where it can.
 */
export function chromiumPath(): string {
  const choice = findBrowser(playwrightBrowserEnv());
  if (choice.path) return choice.path;
  throw new Error(choice.problem ?? noBrowserAdvice(process.platform, process.platform === 'linux' && isDebianLike(readOsRelease())));
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
