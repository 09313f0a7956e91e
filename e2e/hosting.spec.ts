import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { walkUnderCsp } from './cspWalk';
import { startStaticHost } from './staticHost';

// A real BASE_PATH build served by a host with no rewrites and no headers (as GitHub Pages is): deep links work through
// 404.html, and the policy comes from the <meta> tag in the HTML.
test('a BASE_PATH build works under its path on a static host without rewrites or headers, under the CSP <meta> tag', async ({ page }) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'flow-explorer-base-'));
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, BASE_PATH: '/explorer/' },
      stdio: 'pipe',
    });
    expect(existsSync(join(out, '404.html'))).toBe(true);
    expect(readFileSync(join(out, '404.html'), 'utf8')).toContain('http-equiv="Content-Security-Policy"');
    // Netlify's files follow the base path.
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toBe('/explorer/*  /explorer/index.html  200\n');
    expect(readFileSync(join(out, '_headers'), 'utf8')).toContain('/explorer/assets/*');
    const host = await startStaticHost(resolve(out), '/explorer/');
    try {
      // A flow's own page, answered with 200 (not 404.html's 404): its title, and its code and data under the base path.
      const flowPage = await page.request.get(`${host.url}/explorer/flows/brokkr-agent-reconciliation?step=2`);
      expect(flowPage.status()).toBe(200);
      const html = await flowPage.text();
      expect(html).toMatch(/<title>[^<]+ · Flow Explorer<\/title>/);
      const preloads = [...html.matchAll(/<link rel="modulepreload" crossorigin href="([^"]+)">/g)].map((m) => m[1]);
      expect(preloads.some((href) => /^\/explorer\/assets\/brokkr-agent-reconciliation-[\w-]+\.js$/.test(href))).toBe(true);
      for (const href of preloads) expect((await page.request.get(`${host.url}${href}`)).status(), href).toBe(200);
      await page.goto(`${host.url}/explorer/flows/brokkr-agent-reconciliation?step=2`);
      await expect(page).toHaveURL(/\/explorer\/flows\/brokkr-agent-reconciliation\?step=[a-z0-9-]+$/);
      await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('Step 2 of');
      await page.getByRole('link', { name: 'Flow Explorer' }).click();
      await expect(page).toHaveURL(`${host.url}/explorer/`);
      await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
      await walkUnderCsp(page, `${host.url}/explorer`);
    } finally {
      await host.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
