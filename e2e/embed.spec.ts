import { expect, test } from '@playwright/test';

// A plain documentation page that embeds one part of a flow, as a docs author would paste it.
test('a docs page embeds the explorer in an iframe and steps through the chosen range', async ({ page, baseURL }) => {
  const src = `${baseURL}/flows/brokkr-agent-reconciliation?embed=1&from=fetch-target-state&to=prune-stale-objects`;
  await page.setContent(`<!doctype html><html lang="en"><body>
    <h1>Reconciliation, the apply part</h1>
    <iframe src="${src}" title="Agent reconciliation loop — Flow Explorer" width="900" height="560" style="border:0"></iframe>
  </body></html>`);
  const frame = page.frameLocator('iframe[title="Agent reconciliation loop — Flow Explorer"]');
  const status = frame.getByRole('status');
  // Counted within the range, with the place in the whole flow in the details.
  await expect(status).toHaveText(/^Step 1 of \d+: Fetch target state · step 9 of 18 in the flow$/);
  await expect(frame.getByRole('complementary', { name: 'Step details' })).toContainText(/Step 1 of \d+ \(step 9 of 18 in the whole flow\)/);
  // No app chrome: no site header, no step list.
  await expect(frame.getByRole('banner')).toHaveCount(0);
  await expect(frame.getByRole('list', { name: 'Steps' })).toHaveCount(0);
  await expect(frame.getByRole('complementary', { name: 'Step details' })).toContainText('/api/v1/agents/:id/target-state');
  await expect(frame.getByRole('button', { name: 'Previous step' })).toHaveAttribute('aria-disabled', 'true');

  await frame.getByRole('button', { name: 'Last step' }).click();
  const lastLabel = (await status.textContent())!;
  expect(lastLabel).toMatch(/^Step (\d+) of \1: /);
  await expect(frame.getByRole('button', { name: 'Next step' })).toHaveAttribute('aria-disabled', 'true');
  await frame.getByRole('button', { name: 'Previous step' }).click();
  await expect(status).not.toHaveText(lastLabel);
  // The title and links to other flows open the full explorer in a new tab, never inside the docs page's frame.
  await expect(frame.getByRole('link', { name: /Agent reconciliation loop/ })).toHaveAttribute('target', '_blank');
  await frame.getByRole('button', { name: 'First step' }).click();
  const continues = frame.getByRole('region', { name: 'Continues in' }).getByRole('link').first();
  await expect(continues).toHaveAttribute('target', '_blank');
  await expect(continues).toHaveAttribute('href', /^\/flows\/brokkr-deployment-creation/);
});

test('an unknown range step says so and the whole flow is shown', async ({ page }) => {
  await page.goto('/flows/brokkr-agent-reconciliation?embed=1&from=nope');
  await expect(page.getByRole('alert')).toHaveText("No step 'nope' in this flow for 'from' — showing the whole flow.");
  await expect(page.getByRole('status')).toHaveText(/^Step 1 of 18/);
});
