import { expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

/** Records every Content-Security-Policy violation the page reports, from before its first script runs. */
export async function recordCspViolations(page: Page) {
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__cspViolations!.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
}

export const violations = (page: Page) => page.evaluate(() => window.__cspViolations ?? []);

/**
 * The pages a reader sees — catalog, a flow, its sequence view (Mermaid), an embed, presenter mode — each fully drawn
 * under the site's policy with nothing refused.
 */
export async function walkUnderCsp(page: Page, base: string) {
  await recordCspViolations(page);
  await page.goto(`${base}/`);
  await expect(page.getByRole('heading', { level: 2, name: 'Brokkr' })).toBeVisible();
  expect(await violations(page), 'catalog').toEqual([]);

  await page.goto(`${base}/flows/kanban-team-provisioning?step=post-teams`);
  await expect(page.getByRole('status')).toHaveText(/^Step 2 of 14/);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status')).toHaveText(/^Step 3 of 14/);
  expect(await violations(page), 'flow page').toEqual([]);

  await page.getByRole('button', { name: 'Sequence' }).click();
  await expect(page.locator('.sequence-view svg .messageText').first()).toBeVisible();
  expect(await violations(page), 'sequence view').toEqual([]);

  await page.goto(`${base}/flows/brokkr-work-orders?embed=1&step=2`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await violations(page), 'embed').toEqual([]);

  await page.goto(`${base}/flows/brokkr-work-orders?present=1`);
  await expect(page.locator('.react-flow__node').first()).toBeVisible();
  expect(await violations(page), 'presenter').toEqual([]);
}
