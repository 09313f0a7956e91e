import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { startStaticHost } from './staticHost';

// A real BASE_PATH build served by a host with no rewrites (as GitHub Pages is): deep links work through 404.html.
test('a BASE_PATH build works under its path on a static host without rewrites', async ({ page }) => {
  test.setTimeout(120_000);
  const out = mkdtempSync(join(tmpdir(), 'flow-explorer-base-'));
  try {
    execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, BASE_PATH: '/explorer/' },
      stdio: 'pipe',
    });
    expect(existsSync(join(out, '404.html'))).toBe(true);
    const host = await startStaticHost(resolve(out), '/explorer/');
    try {
      await page.goto(`${host.url}/explorer/flows/brokkr-agent-reconciliation?step=2`);
      await expect(page).toHaveURL(/\/explorer\/flows\/brokkr-agent-reconciliation\?step=[a-z0-9-]+$/);
      await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('Step 2 of');
      await page.getByRole('link', { name: 'Flow Explorer' }).click();
      await expect(page).toHaveURL(`${host.url}/explorer/`);
      await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
    } finally {
      await host.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});
