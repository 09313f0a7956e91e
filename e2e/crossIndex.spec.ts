import { expect, test } from '@playwright/test';

test('an index entry has its own URL: a table page lists every step that touches it, each a deep link', async ({ page }) => {
  await page.goto('/tables/brokkr/deployment_objects');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('deployment_objectsPostgreSQL');
  const rows = page.getByRole('row');
  await expect(rows.filter({ hasText: 'insert' }).first()).toBeVisible();
  await rows.filter({ hasText: 'insert' }).first().getByRole('link').click();
  await expect(page).toHaveURL(/\/flows\/[a-z-]+\?step=[a-z-]+/);
  await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('deployment_objects');
});

test('the index pages filter by system, and an unknown entry says so', async ({ page }) => {
  await page.goto('/endpoints?system=kanban');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Endpoints · Kanban Platform');
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^Kanban Platform/]);
  await expect(page.getByRole('link', { name: 'POST /teams', exact: true })).toBeVisible();
  await page.getByRole('navigation', { name: 'Index' }).getByRole('link', { name: 'All systems' }).click();
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([/^Brokkr/, /^KubeOrch/, /^Kanban Platform/]);

  await page.goto('/tables/brokkr/no-such-table');
  await expect(page.getByText("There is no 'no-such-table' in the tables of 'brokkr'.")).toBeVisible();
});

test('a state machine page draws the entity\'s states and lists every transition with the steps that cause it', async ({ page }) => {
  await page.goto('/entities/kubeorch/builds-status');
  await expect(page.getByRole('img', { name: /^State machine of builds\.status/ })).toBeVisible();
  const transitions = page.locator('.index-transitions > li');
  const names = (await transitions.locator('h4').allTextContents()).map((t) => t.replace(/\s+/g, ' ').replace('→to', '→ ').trim());
  expect(names).toContain('(new)→ pending');
  expect(names).toContain('pushing→ completed');
  expect(names).toContain('cancelled→ failed');
  // Every transition the flows show, each with at least one step linking back to it.
  for (const transition of await transitions.all()) await expect(transition.getByRole('link').first()).toBeVisible();
  await expect(page.locator('.index-note')).toContainText('Entered but never left in any flow: completedfailed');
});

test('in the step details, the endpoint and each table link to their index entries, and "Also in" names the other flows', async ({ page }) => {
  await page.goto('/flows/brokkr-deployment-creation?step=insert-deployment-object');
  const details = page.getByRole('complementary', { name: 'Step details' });
  await expect(details.getByText('Used also in:').first()).toBeVisible();
  await details.getByRole('link', { name: 'deployment_objects' }).click();
  await expect(page).toHaveURL(/\/tables\/brokkr\/deployment_objects$/);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('deployment_objects');
});
