import { expect, test, type Page } from '@playwright/test';

const FLOW = '/flows/kanban-team-provisioning';
const status = (page: Page) => page.getByRole('status');

test('the canvas view never downloads Mermaid; the sequence view loads it on first use', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(request.url());
  });
  await page.goto(`${FLOW}?step=post-teams`);
  await expect(status(page)).toHaveText(/^Step 2 of 14/);
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  // Mermaid's own chunks (mermaid.core-…, sequenceDiagram-…), not the app's small toMermaid text writer.
  expect(scripts.filter((url) => /\/(mermaid|sequenceDiagram)[.-]/i.test(url))).toEqual([]);

  await page.getByRole('button', { name: 'Sequence' }).click();
  await expect(page).toHaveURL(/[?&]view=sequence/);
  await expect(page.getByRole('button', { name: 'Sequence' })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.locator('.sequence-view svg')).toBeVisible();
  expect(scripts.some((url) => /\/mermaid[.-]/i.test(url))).toBe(true);
});

test('the sequence view highlights the current step, follows the controls, and selects a step on click', async ({ page }) => {
  await page.goto(`${FLOW}?step=create-team-record&view=sequence`);
  const current = page.locator('.sequence-view .messageText.is-current');
  // Mermaid wraps a long label over several text elements: the reader sees them as one message.
  const currentText = () => current.allTextContents().then((parts) => parts.join(' '));
  await expect(current.first()).toBeVisible();
  await expect.poll(currentText).toBe('Create team record (status: provisioning)');
  await expect(page.locator('.sequence-view .messageLine0.is-current, .sequence-view .messageLine1.is-current')).toHaveCount(1);

  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText('Step 4 of 14 on this path: Enqueue team.provision task');
  await expect.poll(currentText).toBe('Enqueue team.provision task');

  await page.locator('.sequence-view .messageText', { hasText: 'BRPOP task' }).click();
  await expect(status(page)).toHaveText('Step 7 of 14 on this path: BRPOP task');
  await expect(page).toHaveURL(/step=brpop-task/);
  await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('queue:provisioning:high');

  // The view survives a reload: it is in the URL.
  await page.reload();
  await expect.poll(currentText).toBe('BRPOP task');
  await page.keyboard.press('v');
  await expect(page).not.toHaveURL(/view=/);
  await expect(page.locator('.react-flow')).toBeVisible();
});

test('"Copy as Mermaid" copies the diagram source', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/flows/dokkerr-authentication');
  const button = page.getByRole('button', { name: 'Copy as Mermaid' });
  await button.click();
  await expect(button.locator('.button-feedback')).toHaveText('Mermaid copied');
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toContain('sequenceDiagram\n  autonumber\n  actor user as User\n');
  expect(text).toContain('  auth_service->>database: Verify credentials\n');
});

