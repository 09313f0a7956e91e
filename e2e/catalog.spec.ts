import { expect, test } from '@playwright/test';

test('the catalog lists each system with its flows', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveTitle('Flow Explorer');
  for (const name of ['Brokkr', 'KubeOrch', 'Kanban Platform', 'Dokkerr']) {
    await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
  }
  const dokkerr = page.getByRole('region', { name: 'Dokkerr' });
  const request = dokkerr.getByRole('link', { name: /Request Flow/ });
  await expect(request).toContainText('14 steps');
  await expect(request).toContainText('Illustrative');
  await request.click();
  await expect(page).toHaveURL(/\/flows\/dokkerr-request-flow$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Request Flow');
});
