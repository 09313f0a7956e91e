import { expect, test, type Page } from '@playwright/test';

const WEBHOOKS = '/flows/brokkr-event-webhooks';
const TEAM = '/flows/kanban-team-provisioning';
const status = (page: Page) => page.getByRole('status');
const chooser = (page: Page) => page.getByRole('group', { name: /^Outcome: / });
const stateAfter = (page: Page) => page.getByRole('region', { name: 'State after this step' });

test('at a fork the reader picks an outcome; the path is kept in the URL and numbering, stepping and the canvas follow it', async ({ page }) => {
  await page.goto(`${WEBHOOKS}?step=endpoint-responds`);
  await expect(status(page)).toHaveText('Step 10 of 17 on this path: HTTP status (or network error)');
  await expect(chooser(page).getByRole('button', { name: '2xx response' })).toHaveAttribute('aria-pressed', 'true');

  await chooser(page).getByRole('button', { name: /^Retryable failure/ }).click();
  await expect(page).toHaveURL(/[?&]path=retry(&|$)/);
  // Choosing before the fork keeps the step; the next step is the chosen outcome's first.
  await expect(status(page)).toHaveText(/^Step 10 of 17 on this path/);
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText('Step 11 of 17 on this path: Mark failed, schedule the retry with backoff');

  // O cycles the outcome from inside one: the page opens the next outcome's first step.
  await page.keyboard.press('o');
  await expect(page).toHaveURL(/[?&]step=mark-dead&path=dead/);
  await expect(status(page)).toHaveText('Step 11 of 17 on this path: Mark dead; audit webhook.delivery_failed');
  await page.keyboard.press('o');
  await expect(page).not.toHaveURL(/path=/);
  await expect(status(page)).toHaveText('Step 11 of 17 on this path: Mark the delivery success');
});

test('a deep link into an outcome selects it, survives a reload, and the step list shows every outcome as a tree', async ({ page }) => {
  await page.goto(`${WEBHOOKS}?step=schedule-retry`);
  await expect(page).toHaveURL(/step=schedule-retry/);
  await expect(page).toHaveURL(/[?&]path=retry(&|$)/);
  await expect(status(page)).toHaveText('Step 11 of 17 on this path: Mark failed, schedule the retry with backoff');
  await page.reload();
  await expect(status(page)).toHaveText('Step 11 of 17 on this path: Mark failed, schedule the retry with backoff');

  const steps = page.getByRole('navigation', { name: 'Steps' });
  await expect(steps.getByRole('button', { name: /^Retryable failure/ })).toHaveAttribute('aria-pressed', 'true');
  // A step of another outcome is listed, unnumbered; following it switches the outcome.
  const other = steps.getByRole('link', { name: /Mark the delivery success/ });
  await expect(other).toContainText('–');
  await other.click();
  await expect(page).not.toHaveURL(/path=/);
  await expect(page).toHaveURL(/step=record-outcome/);
  await expect(steps.getByRole('button', { name: '2xx response' })).toHaveAttribute('aria-pressed', 'true');
});

test('from the end of a long path, a step of a shorter outcome opens with the diagram and details drawn', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto('/flows/kanban-idle-suspension?step=worker-marks-active&path=start-page');
  await expect(page.locator('.current-label[data-step="worker-marks-active"]')).toBeVisible();
  // The path ending in "start failed" is shorter: the step shown a moment ago does not exist on it.
  await page.getByRole('navigation', { name: 'Steps' }).getByRole('link', { name: /Publish task\.failed/ }).click();
  await expect(page).toHaveURL(/step=start-failed/);
  await expect(page.locator('.current-label[data-step="start-failed"]')).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Step details' }).getByRole('heading', { level: 2 })).toHaveText('Publish task.failed');
  await expect(page.locator('.part-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('"State after this step" folds the path: forward, back, and on another outcome', async ({ page }) => {
  await page.goto(`${TEAM}?step=task-completed-notification`);
  await expect(stateAfter(page)).toContainText('teams.status');
  await expect(stateAfter(page).getByRole('listitem')).toHaveText([/teams\.status\s*active\s*step 13/, /task\.status\s*completed\s*step 12/]);

  await page.keyboard.press('Home');
  await expect(stateAfter(page)).toContainText('Nothing has changed state yet on this path.');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  await expect(stateAfter(page).getByRole('listitem')).toHaveText([/teams\.status\s*provisioning\s*this step/]);
  await page.keyboard.press('ArrowRight');
  await expect(stateAfter(page).getByRole('listitem')).toHaveText([/teams\.status\s*provisioning\s*step 3/, /task\.status\s*pending\s*this step/]);

  await page.goto(`${TEAM}?step=task-failed-notification`);
  await expect(page).toHaveURL(/path=provisioning-failed/);
  await expect(stateAfter(page).getByRole('listitem')).toHaveText([/teams\.status\s*provisioning/, /task\.status\s*failed/]);
});

test('the sequence view draws the blocks, dims the outcomes not chosen, and a click on one switches to it', async ({ page }) => {
  await page.goto(`${WEBHOOKS}?step=endpoint-responds&view=sequence`);
  const view = page.locator('.sequence-view');
  await expect(view.locator('svg')).toBeVisible();
  await expect(view.locator('.labelText', { hasText: /^alt$/ })).toHaveCount(1);
  await expect(view.locator('.messageText.is-other', { hasText: 'Mark the delivery success' })).toHaveCount(0);
  await expect(view.locator('.messageText.is-other', { hasText: 'Mark failed' })).toHaveCount(1);

  await view.getByRole('button', { name: /^In another outcome: Mark failed/ }).click();
  await expect(page).toHaveURL(/step=schedule-retry/);
  await expect(page).toHaveURL(/[?&]path=retry(&|$)/);
  await expect(view.locator('.messageText.is-current')).toContainText('Mark failed');
  await expect(view.locator('.messageText.is-other', { hasText: 'Mark the delivery success' })).toHaveCount(1);
});
