import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

// axe-core checks each kind of page the explorer has, in each view, for WCAG 2.1 A/AA violations.
const PAGES: [string, string, (page: Page) => Promise<void>][] = [
  ['catalog', '/', (page) => expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible()],
  ['flow page, canvas', '/flows/kanban-team-provisioning?step=enqueue-provision-task', (page) => expect(page.locator('.current-label')).toBeVisible()],
  ['flow page, sequence', '/flows/kanban-team-provisioning?step=enqueue-provision-task&view=sequence', (page) => expect(page.locator('.sequence-view svg')).toBeVisible()],
  ['flow page, presenting', '/flows/kanban-team-provisioning?step=enqueue-provision-task&present=1', (page) => expect(page.locator('.current-label')).toBeVisible()],
  ['presenter window', '/flows/kanban-team-provisioning?step=enqueue-provision-task&speaker=1', (page) => expect(page.getByRole('region', { name: 'Speaker notes' })).toBeVisible()],
  ['embed, canvas', '/flows/brokkr-agent-reconciliation?embed=1&step=fetch-target-state', (page) => expect(page.locator('.current-label')).toBeVisible()],
  ['embed, sequence', '/flows/brokkr-agent-reconciliation?embed=1&view=sequence&step=fetch-target-state', (page) => expect(page.locator('.sequence-view svg')).toBeVisible()],
  ['not found', '/flows/no-such-flow', (page) => expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible()],
];

for (const [name, url, ready] of PAGES) {
  test(`axe finds no violations: ${name}`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.goto(url);
    await ready(page);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    const found = results.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    expect(found).toEqual([]);
  });
}

test('axe finds no violations in the open dialogs and the phone layout', async ({ page }) => {
  // Four full axe runs: slow on a busy two-core machine.
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/flows/kanban-team-provisioning?step=brpop-task');
  await expect(page.locator('.current-label')).toBeVisible();
  const check = async () => (await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
  expect(await check()).toEqual([]);
  await page.getByRole('button', { name: 'Steps' }).click();
  await expect(page.getByRole('dialog', { name: 'Steps' })).toBeVisible();
  expect(await check()).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'More actions' }).click();
  expect(await check()).toEqual([]);
  await page.getByRole('button', { name: 'Embed' }).click();
  await expect(page.getByRole('dialog', { name: /Embed/ })).toBeVisible();
  expect(await check()).toEqual([]);
});
