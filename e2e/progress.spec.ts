import { expect, test, type Page } from '@playwright/test';

// Learner progress lives in this browser: remembered across reloads, never breaking the page, never sent anywhere.
const FLOW = '/flows/kanban-team-provisioning';
const KEY = 'flow-explorer:progress:v1';
const status = (page: Page) => page.getByRole('status');
const card = (page: Page) => page.getByRole('region', { name: 'Continue where you left off' });
const flowCard = (page: Page) => page.getByRole('region', { name: 'Kanban Platform' }).getByRole('link', { name: /Team creation and provisioning/ });

async function stepThrough(page: Page) {
  await page.goto(`${FLOW}?step=create-team`);
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  // The address bar follows a frame after the step is shown; a reload reads it from there.
  await expect(page).toHaveURL(/[?&]step=create-team-record\b/);
}

test('the catalog offers to continue where you left off and shows what was seen, after a reload too', async ({ page, baseURL }) => {
  // Nothing about the reader leaves the browser: only reads of the site's own files.
  const sent: string[] = [];
  page.on('request', (request) => {
    if (request.method() !== 'GET' || new URL(request.url()).origin !== new URL(baseURL!).origin) sent.push(`${request.method()} ${request.url()}`);
  });
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);

  await stepThrough(page);
  await page.reload();
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  await page.goto('/');
  await expect(card(page).getByRole('link')).toContainText('Team creation and provisioning');
  await expect(card(page).getByRole('link')).toContainText('Step 3 of 17: Create team record');
  await expect(flowCard(page)).toContainText('3 of 17 seen');
  await card(page).getByRole('link').click();
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  expect(sent).toEqual([]);
});

test('Reset progress forgets everything, after asking', async ({ page }) => {
  await stepThrough(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('group', { name: 'Reset progress' }).getByRole('button', { name: 'Keep it' }).click();
  await expect(card(page)).toBeVisible();
  await page.getByRole('button', { name: 'Reset progress…' }).click();
  await page.getByRole('group', { name: 'Reset progress' }).getByRole('button', { name: 'Reset progress' }).click();
  await expect(card(page)).toHaveCount(0);
  await expect(flowCard(page)).not.toContainText('seen');
  await page.reload();
  await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
  await expect(card(page)).toHaveCount(0);
});

test('a full store never breaks a page: progress lasts for the visit', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await stepThrough(page);
  await page.getByRole('link', { name: 'Flow Explorer' }).click();
  await expect(flowCard(page)).toContainText('3 of 17 seen');
});

for (const [name, value] of [
  ['corrupt', '{"state": {"flows": {"kanban-team-provisioning": '],
  ['of another shape', JSON.stringify({ state: { flows: { 'kanban-team-provisioning': { seen: 'all', at: 'now' } } }, version: 0 })],
]) {
  test(`a ${name} progress store never breaks a page, and progress starts again`, async ({ page }) => {
    await page.addInitScript(([key, stored]) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, stored);
        sessionStorage.setItem('seeded', '1');
      }
    }, [KEY, value]);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
    await expect(card(page)).toHaveCount(0);
    await stepThrough(page);
    await page.goto('/');
    await expect(flowCard(page)).toContainText('3 of 17 seen');
  });
}
