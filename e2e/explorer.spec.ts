import { expect, test, type Page } from '@playwright/test';

const FLOW = '/flows/kanban-team-provisioning';

const details = (page: Page) => page.getByRole('complementary', { name: 'Step details' });
const status = (page: Page) => page.getByRole('status');
const currentStep = (page: Page) => page.getByRole('list', { name: 'Steps' }).locator('a[aria-current="step"]');

/** Opens a page of the explorer and waits until it shows a step (the flow loads lazily), as a reader would. */
async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(status(page)).toHaveText(/^Step \d+ of \d+/);
}

test('a deep link opens exactly that step, with what it touches', async ({ page }) => {
  await open(page, `${FLOW}?step=enqueue-provision-task`);
  const panel = details(page);
  await expect(panel.getByText('Step 4 of 14')).toBeVisible();
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Enqueue team.provision task');
  await expect(panel.getByRole('region', { name: 'Database' })).toContainText('queue:provisioning:high');
  await expect(panel.getByRole('region', { name: 'State transition' })).toContainText('pending');
  await expect(panel.getByRole('region', { name: 'API endpoint' })).toContainText('No API call in this step.');
  await expect(status(page)).toHaveText('Step 4 of 14 on this path: Enqueue team.provision task');
  await expect(currentStep(page)).toContainText('Enqueue team.provision task');
  await expect(page).toHaveTitle('Team creation and provisioning — Enqueue team.provision task · Flow Explorer');
  // Sender and receiver are highlighted on the canvas, and the edge carries the step number and label.
  await expect(page.locator('.react-flow__node[data-id="portal-api"] .participant')).toHaveAttribute('data-role', 'sender');
  await expect(page.locator('.react-flow__node[data-id="redis"] .participant')).toHaveAttribute('data-role', 'receiver');
  await expect(page.locator('.current-label')).toHaveText('4Enqueue team.provision task');
  // Served as the flow's own page: titled before any script runs, with the flow's data named up front.
  const html = await (await page.request.get(`${FLOW}?step=enqueue-provision-task`)).text();
  expect(html).toContain('<title>Team creation and provisioning · Flow Explorer</title>');
  expect(html).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/kanban-team-provisioning-[\w-]+\.js">/);
});

test('a step number in the URL is replaced by the step id', async ({ page }) => {
  await open(page, `${FLOW}?step=2`);
  await expect(page).toHaveURL(/\?step=post-teams$/);
  await expect(details(page).getByRole('region', { name: 'API endpoint' })).toContainText('POST/teams');
});

test('no step in the URL shows step 1', async ({ page }) => {
  await open(page, FLOW);
  await expect(status(page)).toHaveText('Step 1 of 14 on this path: Create Team');
});

test('an unknown step says so and shows step 1', async ({ page }) => {
  await open(page, `${FLOW}?step=no-such-step`);
  await expect(page.getByRole('alert')).toHaveText("No step 'no-such-step' in this flow — showing step 1.");
  await expect(status(page)).toHaveText('Step 1 of 14 on this path: Create Team');
});

test('an unknown flow or path shows a not-found page that leads back to the catalog', async ({ page }) => {
  await page.goto('/flows/no-such-flow?step=x');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByText("There is no flow 'no-such-flow'.")).toBeVisible();
  await page.goto('/some/unknown/path');
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await page.getByRole('link', { name: 'Browse all flows' }).click();
  await expect(page.getByRole('heading', { name: 'Kanban Platform' })).toBeVisible();
});

test('keys step through the flow, except while typing in a field', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams`);
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  await expect(page).toHaveURL(/\?step=create-team-record$/);
  await page.keyboard.press('ArrowLeft');
  await expect(status(page)).toHaveText(/^Step 2 of 14/);
  await page.keyboard.press('End');
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
  await page.keyboard.press('Home');
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
  await page.getByRole('combobox', { name: 'Speed' }).focus();
  await page.keyboard.press('End');
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
});

test('buttons and the step list move between steps', async ({ page }) => {
  await open(page, FLOW);
  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(status(page)).toHaveText(/^Step 2 of 14/);
  await page.getByRole('button', { name: 'Last step' }).click();
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
  await expect(page.getByRole('button', { name: 'Next step' })).toBeDisabled();
  await page.getByRole('list', { name: 'Steps' }).getByRole('link', { name: /BRPOP task/ }).click();
  await expect(status(page)).toHaveText('Step 7 of 14 on this path: BRPOP task');
});

test('stepping replaces history: Back leaves the flow instead of rewinding', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: /Team creation and provisioning/ }).click();
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  await page.goBack();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: 'Kanban Platform' })).toBeVisible();
});

test('"Copy link to this step" copies the absolute URL of the current step', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await open(page, `${FLOW}?step=3`);
  const button = page.getByRole('button', { name: 'Copy link to this step' });
  await button.click();
  // The confirmation shows on the button that was pressed.
  await expect(button.locator('.button-feedback')).toHaveText('Link copied');
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}${FLOW}?step=create-team-record`);
});

test('the message travels once and then nothing animates', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  const token = page.locator('.token');
  await expect(token).toHaveAttribute('data-state', 'arrived');
  await expect.poll(() => page.evaluate(() => document.getAnimations().filter((a) => a.playState === 'running').length)).toBe(0);
});

test('with reduced motion the message does not travel', async ({ browser }) => {
  const context = await browser.newContext({ reducedMotion: 'reduce' });
  const page = await context.newPage();
  await open(page, `${FLOW}?step=post-teams`);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  // Arrived on the first frame: no travelling state is ever rendered.
  await expect(page.locator('.token')).toHaveAttribute('data-state', 'arrived');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  await context.close();
});

test('the shortcut help lists the keys from the command registry', async ({ page }) => {
  await open(page, FLOW);
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('→ / PgDnNext step');
  await expect(dialog).toContainText('SpacePlay / Pause');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('the shortcut help opens at its title on a short screen, and gives the focus back when closed', async ({ browser }) => {
  // A docs iframe: the list is taller than the screen, so it scrolls inside the dialog.
  const context = await browser.newContext({ viewport: { width: 700, height: 450 } });
  const page = await context.newPage();
  await open(page, FLOW);
  const next = page.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  const title = dialog.getByRole('heading', { name: 'Keyboard shortcuts' });
  await expect(title).toBeFocused();
  await expect(title).toBeInViewport({ ratio: 1 });
  expect(await dialog.evaluate((d) => d.scrollHeight > d.clientHeight && d.scrollTop === 0)).toBe(true);
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(next).toBeFocused();
  await context.close();
});

test('a link in the details opens the other flow at its step', async ({ page }) => {
  await open(page, `${FLOW}?step=publish-progress`);
  await details(page).getByRole('region', { name: 'Continues in' }).getByRole('link').first().click();
  await expect(page).toHaveURL(/\/flows\/kanban-realtime-task-progress\?step=publish-progress$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Real-time task progress/i);
});
