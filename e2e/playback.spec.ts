import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { stepDwellMs } from '../src/player/dwell';
import { flowSchema, type Flow } from '../src/flow/schema';

// Autoplay's timing, with the page's clock under the test's control: each step stays for its own reading time.
const FLOW = '/flows/kanban-team-provisioning';
// Loaded as the explorer loads it: steps inside outcomes are steps of the flow too.
const flow: Flow = flowSchema.parse(JSON.parse(readFileSync(new URL('../flows/kanban-team-provisioning.json', import.meta.url), 'utf8')));
const dwell = (id: string) => stepDwellMs(flow.steps.find((s) => s.id === id)!);

const status = (page: Page) => page.getByRole('status');

async function open(page: Page, url: string) {
  await page.clock.install();
  await page.goto(url);
  await expect(status(page)).toHaveText(/^Step \d+ of \d+/);
  // An installed clock still follows real time; paused, only runFor moves it, so a slow machine cannot let a step
  // run out while the test is still checking it.
  await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000));
}

test("each step stays for its own reading time, the speed scales it, and the time left is shown", async ({ page }) => {
  await open(page, `${FLOW}?step=publish-progress`);
  const first = dwell('publish-progress');
  // Long enough to read: far more than the old fixed 2.6 s.
  expect(first).toBeGreaterThan(8000);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('timer')).toHaveAccessibleName(`${Math.ceil(first / 1000)} seconds left on this step`);
  await page.clock.runFor(first - 500);
  await expect(status(page)).toHaveText(/^Step 10 of 14/);
  await page.clock.runFor(600);
  await expect(status(page)).toHaveText(/^Step 11 of 14/);

  // At a quarter speed the next step stays four times as long.
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('0.25');
  const next = dwell('progress-via-websocket') * 4;
  await expect(page.getByRole('timer')).toHaveAccessibleName(`${Math.ceil(next / 1000)} seconds left on this step`);
  await page.clock.runFor(next - 500);
  await expect(status(page)).toHaveText(/^Step 11 of 14/);
  await page.clock.runFor(600);
  await expect(status(page)).toHaveText(/^Step 12 of 14/);

  // Pause stops it at once, and the time left goes away.
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(page.getByRole('timer')).toHaveCount(0);
  await page.clock.runFor(5 * 60_000);
  await expect(status(page)).toHaveText(/^Step 12 of 14/);
});

test('playback stops after the last step', async ({ page }) => {
  await open(page, `${FLOW}?step=task-completed-notification`);
  await page.getByRole('button', { name: 'Previous step' }).click();
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(dwell('worker-updates-database') + 100);
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
  await page.clock.runFor(dwell('task-completed-notification') + 100);
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.clock.runFor(60_000);
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
});

test('Loop is kept in the URL, so a kiosk link plays the flow round and round', async ({ page }) => {
  await open(page, `${FLOW}?step=worker-updates-database`);
  const loop = page.getByRole('button', { name: 'Loop' });
  await expect(loop).toHaveAttribute('aria-pressed', 'false');
  await page.keyboard.press('l');
  await expect(loop).toHaveAttribute('aria-pressed', 'true');
  // The address bar is written after the frame that shows the change, and this page's clock only moves when told.
  await page.clock.runFor(100);
  await expect(page).toHaveURL(/[?&]loop=1\b/);

  // The link opens with Loop on.
  await open(page, page.url());
  await expect(page.getByRole('button', { name: 'Loop' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.clock.runFor(dwell('worker-updates-database') + 100);
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
  await page.clock.runFor(dwell('task-completed-notification') + 100);
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.clock.runFor(dwell('create-team') + 100);
  await expect(status(page)).toHaveText(/^Step 2 of 14/);

  // Off again: the URL says so too.
  await page.getByRole('button', { name: 'Loop' }).click();
  await page.clock.runFor(100);
  await expect(page).not.toHaveURL(/loop=/);
});
