import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

const palette = (page: import('@playwright/test').Page) => page.getByRole('dialog', { name: 'Search' });
const field = (page: import('@playwright/test').Page) => palette(page).getByRole('combobox');

test('by keyboard only: / opens the palette, the arrows pick a result, Enter opens the flow at that step', async ({ page }) => {
  await page.goto('/flows/brokkr-agent-reconciliation?step=send-heartbeat');
  await expect(page.locator('.current-label')).toBeVisible();
  await page.keyboard.press('/');
  await expect(palette(page)).toBeVisible();
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('POST /teams');
  const options = palette(page).getByRole('option');
  // The exact endpoint leads, in the Endpoints group, and is the active option.
  await expect(palette(page).getByRole('group').first()).toHaveAccessibleName(/^Endpoints/);
  await expect(options.first()).toContainText('POST /teams');
  await expect(options.first()).toHaveAttribute('aria-selected', 'true');
  await expect(palette(page).getByRole('status')).toHaveText(/^\d+ results/);
  await page.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(field(page)).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!);
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Enter');
  await expect(palette(page)).toBeHidden();
  await expect(page).toHaveURL(/\/flows\/kanban-team-provisioning\?step=post-teams$/);
  await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('POST');
  // The flow page's own keys work again once the palette is closed.
  await page.keyboard.press('ArrowRight');
  await expect(page).not.toHaveURL(/step=post-teams$/);
});

test('Ctrl+K opens it on any page; Esc closes it and gives focus back', async ({ page }) => {
  await page.goto('/tables');
  const search = page.getByRole('button', { name: 'Search' });
  await search.focus();
  await page.keyboard.press('Control+k');
  await expect(field(page)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toBeHidden();
  await expect(search).toBeFocused();
  // Reopened, it keeps the last query, selected, ready to be typed over.
  await page.keyboard.press('Enter');
  await expect(field(page)).toBeFocused();
  await page.keyboard.type('brpop');
  await page.keyboard.press('Escape');
  await page.keyboard.press('Meta+k');
  await expect(field(page)).toHaveValue('brpop');
  await expect(palette(page).getByRole('option').first()).toContainText('BRPOP task');
});

test('Esc and then Ctrl+K at once: the palette opens again and stays open', async ({ page }) => {
  await page.goto('/tables');
  await page.getByRole('button', { name: 'Search' }).click();
  await expect(field(page)).toBeFocused();
  // Both keys before the page's next task: the close event the browser queued when Esc closed the palette arrives
  // after Ctrl+K opened it again, and must not shut it.
  const outcome = await page.evaluate(async () => {
    const settle = async () => {
      for (let i = 0; i < 20; i++) await Promise.resolve();
    };
    const dialog = document.querySelector<HTMLDialogElement>('dialog.search-palette')!;
    dialog.dispatchEvent(new Event('cancel', { cancelable: true }));
    await settle();
    if (dialog.open) return 'Esc left it open';
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'k', ctrlKey: true, bubbles: true }));
    await settle();
    if (!dialog.open) return 'Ctrl+K did not open it';
    await new Promise((resolve) => setTimeout(resolve, 50));
    return dialog.open ? 'open' : 'shut by the late close event';
  });
  expect(outcome).toBe('open');
  await expect(field(page)).toBeFocused();
});

test('typos and partial paths find the endpoint or table; a step inside an outcome opens on its path', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('button', { name: 'Search' })).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.type('deplyment objcts');
  await expect(palette(page).getByRole('group').first()).toHaveAccessibleName(/^Tables/);
  await expect(palette(page).getByRole('option').first()).toContainText('deployment_objects');
  await field(page).fill(':id/heartbeat');
  await expect(palette(page).getByRole('option').first()).toContainText('POST /api/v1/agents/:id/heartbeat');
  // A step of an outcome that is not the default: the link carries its path.
  await field(page).fill('cancelled failed');
  const cancel = palette(page).getByRole('option').filter({ hasText: 'cancelled → failed' }).first();
  await expect(cancel).toHaveAttribute('href', /\/flows\/kubeorch-container-build\?step=[a-z-]+&path=[a-z-]+/);
  await cancel.click();
  await expect(page).toHaveURL(/&path=/);
  await expect(page.getByRole('complementary', { name: 'Step details' })).toContainText('cancelled');
});

test('nothing found says so; axe finds no violations in the open palette', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Search' }).click();
  await page.keyboard.type('zzqxv');
  await expect(palette(page).getByRole('status')).toHaveText('Nothing matches “zzqxv”.');
  await field(page).fill('build status');
  await expect(palette(page).getByRole('option').first()).toBeVisible();
  const results = await new AxeBuilder({ page }).include('.search-palette').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
});

test('embeds have no search: the key stays the page\'s', async ({ page }) => {
  await page.goto('/flows/brokkr-agent-reconciliation?step=send-heartbeat&embed=1');
  await expect(page.locator('.current-label')).toBeVisible();
  await page.keyboard.press('/');
  await page.keyboard.press('Control+k');
  await expect(palette(page)).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Search' })).toHaveCount(0);
});
