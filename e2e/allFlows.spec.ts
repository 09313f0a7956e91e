import { expect, test } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';

const flows = readdirSync('flows')
  .filter((name) => name.endsWith('.json') && name !== 'systems.json')
  .map((name) => JSON.parse(readFileSync(`flows/${name}`, 'utf8')) as { id: string; title: string; steps: { id: string; label: string }[] });

test('every flow opens at its first and last step through a deep link, with the details filled', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  expect(flows.length).toBeGreaterThanOrEqual(38);
  for (const flow of flows) {
    for (const [index, step] of [[0, flow.steps[0]], [flow.steps.length - 1, flow.steps[flow.steps.length - 1]]] as const) {
      await page.goto(`/flows/${flow.id}?step=${step.id}`);
      const panel = page.getByRole('complementary', { name: 'Step details' });
      await expect(panel.getByText(`Step ${index + 1} of ${flow.steps.length}`), flow.id).toBeVisible();
      await expect(panel.getByRole('heading', { level: 2 })).toHaveText(step.label);
      for (const section of ['API endpoint', 'Database', 'State transition']) {
        await expect(panel.getByRole('region', { name: section })).not.toBeEmpty();
      }
      await expect(page.locator('.react-flow__node')).not.toHaveCount(0);
    }
  }
  expect(errors).toEqual([]);
});
