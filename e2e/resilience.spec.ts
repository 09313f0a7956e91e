import { expect, test, type Page } from '@playwright/test';

const FLOW = '/flows/kanban-team-provisioning';
const status = (page: Page) => page.getByRole('status');

// A deploy replaces the hashed files while a page is open: the chunks it asks for next are gone (404).
test('a sequence-view chunk that is gone offers a reload while the rest of the page keeps working', async ({ page }) => {
  await page.goto(`${FLOW}?step=post-teams`);
  await expect(status(page)).toHaveText(/^Step 2 of 14/);
  await page.route(/\/assets\/SequenceView-.*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.getByRole('button', { name: 'Sequence' }).click();

  const alert = page.getByRole('alert').filter({ hasText: 'The sequence diagram could not be shown' });
  await expect(alert).toContainText('The explorer was updated since this page was opened.');
  await expect(alert.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  // Only that part failed: the controls and the details still work.
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('Step 3 of 14');

  await page.unroute(/\/assets\/SequenceView-.*\.js$/);
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await expect(page.locator('.sequence-view svg')).toBeVisible();
  await expect(page).toHaveURL(/step=[a-z0-9-]+.*view=sequence|view=sequence.*step=/);
});

test('a flow whose file is gone after a deploy shows a page with a reload, not a blank page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
  await page.route(/\/assets\/kanban-team-provisioning-.*\.js$/, (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.getByRole('link', { name: /Team creation and provisioning/i }).first().click();

  await expect(page.getByRole('heading', { level: 1, name: 'The explorer was updated' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Browse all flows' })).toBeVisible();
  await page.unroute(/\/assets\/kanban-team-provisioning-.*\.js$/);
  await page.getByRole('button', { name: 'Reload the page' }).click();
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
});

const storageCases: Record<string, string> = {
  // Sandboxed frames and some privacy settings throw on any access to localStorage.
  unavailable: `Object.defineProperty(window, 'localStorage', { get() { throw new DOMException('denied', 'SecurityError'); } });`,
  full: `Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };`,
  corrupt: `localStorage.setItem('flow-explorer:player', '{"state": {"speed": "fast", "camera": 7'); `,
  'of another shape': `localStorage.setItem('flow-explorer:player', JSON.stringify({ state: { speed: 1e9, camera: { x: 1 } }, version: 99 }));`,
};

for (const [name, script] of Object.entries(storageCases)) {
  test(`browser storage that is ${name} never breaks the page`, async ({ page }) => {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.addInitScript(script);
    await page.goto(`${FLOW}?step=post-teams`);
    await expect(status(page)).toHaveText(/^Step 2 of 14/);
    // Preferences still work for this visit, whatever the storage does.
    await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
    await expect(page.getByRole('combobox', { name: 'Speed' })).toHaveValue('2');
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(status(page)).toHaveText(/^Step 3 of 14/);
    await page.reload();
    await expect(status(page)).toHaveText(/^Step 3 of 14/);
    expect(errors).toEqual([]);
  });
}
