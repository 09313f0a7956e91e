import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumPath } from './e2e/chromium';

// E2E runs against the production build (`vite preview`), the same files the hosted site serves.
const PORT = Number(process.env.E2E_PORT ?? 4319);

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // One browser: on two cores a second one only shares the same CPU (and slows the timing-sensitive tests).
  workers: Number(process.env.E2E_WORKERS ?? 1),
  // A failure is run once more, with a trace of that run (below); a test that then passes is reported as flaky.
  retries: 1,
  reporter: process.env.CI ? [['list']] : [['list']],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recorded only on the retry of a failed test: recording every test (DOM snapshots on each action) made the whole
    // run about a fifth slower.
    trace: 'on-first-retry',
    ...devices['Desktop Chrome'],
    viewport: { width: 1440, height: 900 },
    launchOptions: {
      executablePath: chromiumPath(),
      args: CHROMIUM_ARGS,
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort --host 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
