/**
 * Runs before the browser tests: finds the Chromium they will use, and on Debian or Ubuntu as root installs Debian's
 * `chromium` when there is none. Anywhere else it stops with the one command to run — never deep inside Playwright.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findBrowser, INSTALL_COMMAND, isDebianLike, noBrowserAdvice, readOsRelease } from './findBrowser';
import { playwrightBrowserEnv } from '../e2e/chromium';

function report(): boolean {
  const choice = findBrowser(playwrightBrowserEnv());
  if (choice.path) {
    console.log(`Browser tests use ${choice.path} (${choice.from === 'system' ? "the system's browser" : choice.from === 'playwright' ? "Playwright's browser" : 'CHROMIUM_PATH'}).`);
    return true;
  }
  if (choice.problem) {
    console.error(choice.problem);
    process.exit(1);
  }
  return false;
}

if (!report()) {
  const debianLike = process.platform === 'linux' && isDebianLike(readOsRelease());
  const root = process.getuid?.() === 0;
  if (!debianLike || !root || !existsSync('/usr/bin/apt-get')) {
    console.error(noBrowserAdvice(process.platform, debianLike));
    process.exit(1);
  }
  console.log(`No browser found for the browser tests: installing Debian's chromium (${INSTALL_COMMAND})…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update', '-qq'], ['install', '-y', '-qq', 'chromium']]) {
    const run = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (run.status !== 0) {
      console.error(`'apt-get ${args.join(' ')}' failed (exit ${run.status ?? run.signal}). Install a browser by hand: ${INSTALL_COMMAND} — or set CHROMIUM_PATH.`);
      process.exit(1);
    }
  }
  if (!report()) {
    console.error(`apt-get installed chromium, but no browser was found afterwards. Set CHROMIUM_PATH to a Chromium/Chrome binary.`);
    process.exit(1);
  }
}
