import { describe, expect, it } from 'vitest';
import { findBrowser, isDebianLike, noBrowserAdvice, type BrowserEnv } from './findBrowser';

const host = (files: string[], env: Record<string, string> = {}, platform = 'linux', bundled?: string): BrowserEnv => ({
  env,
  platform,
  isExecutable: (path) => files.includes(path),
  playwrightPath: () => bundled,
});

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, and reports it when it points nowhere instead of choosing another browser', () => {
    expect(findBrowser(host(['/opt/c', '/usr/bin/chromium'], { CHROMIUM_PATH: '/opt/c' }))).toEqual({ path: '/opt/c', from: 'CHROMIUM_PATH' });
    expect(findBrowser(host(['/usr/bin/chromium'], { CHROMIUM_PATH: '/missing' }))).toEqual({
      problem: "CHROMIUM_PATH is set to '/missing', which is not an executable file.",
    });
  });

  it("then the system's Chromium or Chrome, in the usual places or on PATH", () => {
    expect(findBrowser(host(['/usr/bin/google-chrome-stable']))).toEqual({ path: '/usr/bin/google-chrome-stable', from: 'system' });
    expect(findBrowser(host(['/home/me/bin/chromium'], { PATH: '/usr/local/bin:/home/me/bin' }))).toEqual({ path: '/home/me/bin/chromium', from: 'system' });
    expect(findBrowser(host(['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'], {}, 'darwin')).path).toMatch(/Google Chrome$/);
  });

  it('then a browser Playwright has downloaded, only if it is really there', () => {
    const bundled = '/root/.cache/ms-playwright/chromium-1/chrome-linux/chrome';
    expect(findBrowser(host([bundled], {}, 'linux', bundled))).toEqual({ path: bundled, from: 'playwright' });
    expect(findBrowser(host([], {}, 'linux', bundled))).toEqual({});
  });
});

describe('where a browser can be installed for you', () => {
  it('recognises Debian, Ubuntu and their derivatives from /etc/os-release', () => {
    expect(isDebianLike('PRETTY_NAME="Debian GNU/Linux 12"\nID=debian\n')).toBe(true);
    expect(isDebianLike('ID=ubuntu\nID_LIKE=debian\n')).toBe(true);
    expect(isDebianLike('ID=linuxmint\nID_LIKE="ubuntu debian"\n')).toBe(true);
    expect(isDebianLike('ID="fedora"\n')).toBe(false);
    expect(isDebianLike('')).toBe(false);
  });

  it('says exactly what to run elsewhere', () => {
    expect(noBrowserAdvice('linux', true)).toContain('apt-get update && apt-get install -y chromium');
    expect(noBrowserAdvice('darwin', false)).toContain('npx playwright install chromium');
    expect(noBrowserAdvice('linux', false)).toContain('CHROMIUM_PATH');
  });
});
