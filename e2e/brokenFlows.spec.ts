import { expect, test } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BROKEN = 'e2e/fixtures/broken-flows';
const LINE = 'e2e/fixtures/broken-flows/broken-flow.json: $.steps[0].to: no participant "brokr" in this flow (did you mean "broker"?); participants: agent, broker';

test('validate and build refuse a broken flow with the same line', () => {
  test.setTimeout(90_000);
  const validate = spawnSync('npx', ['tsx', 'scripts/validate.ts', BROKEN], { encoding: 'utf8' });
  expect(validate.status).toBe(1);
  expect(validate.stderr).toContain(LINE);
  const out = mkdtempSync(join(tmpdir(), 'flow-explorer-broken-'));
  try {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', out], { encoding: 'utf8', env: { ...process.env, FLOWS_DIR: BROKEN } });
    expect(build.status).toBe(1);
    expect(build.stdout + build.stderr).toContain(LINE);
    // The report and nothing after it: no bundler stack trace burying the line that matters.
    expect(build.stdout + build.stderr).not.toMatch(/\n\s+at |RolldownError|error during build/);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('what the validator accepts, the build accepts: string escapes some JSON readers refuse', () => {
  test.setTimeout(90_000);
  const ESCAPES = 'e2e/fixtures/escapes';
  const validate = spawnSync('npx', ['tsx', 'scripts/validate.ts', ESCAPES], { encoding: 'utf8' });
  expect(validate.status, validate.stderr).toBe(0);
  const out = mkdtempSync(join(tmpdir(), 'flow-explorer-escapes-'));
  try {
    const build = spawnSync('npx', ['vite', 'build', '--outDir', out, '--logLevel', 'error'], { encoding: 'utf8', env: { ...process.env, FLOWS_DIR: ESCAPES } });
    expect(build.status, build.stderr).toBe(0);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
});

test('the dev server shows the problems instead of a blank page', async ({ page }) => {
  test.setTimeout(60_000);
  const port = 5391;
  const server = spawn('npx', ['vite', '--port', String(port), '--strictPort', '--host', '127.0.0.1'], {
    env: { ...process.env, FLOWS_DIR: BROKEN },
    stdio: 'pipe',
    detached: true,
  });
  try {
    await expect.poll(async () => fetch(`http://127.0.0.1:${port}/`).then((r) => r.status).catch(() => 0), { timeout: 30_000 }).toBe(200);
    await page.goto(`http://127.0.0.1:${port}/flows/broken-flow`);
    await expect(page.getByRole('heading', { name: 'The flow files have 1 problem' })).toBeVisible();
    await expect(page.getByRole('alert')).toContainText(LINE);
  } finally {
    process.kill(-server.pid!, 'SIGTERM');
  }
});
