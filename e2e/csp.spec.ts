import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY } from '../scripts/csp';
import { recordCspViolations, violations, walkUnderCsp } from './cspWalk';

// `vite preview` sends the same header as the hosting recipes, so every e2e test runs under the strict policy.
test('the site is served with the strict policy, and the policy really refuses inline scripts and eval', async ({ page }) => {
  await recordCspViolations(page);
  const response = await page.goto('/flows/brokkr-work-orders');
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  await expect(page.getByRole('status')).toHaveText(/^Step 1 of/);
  // If this listener could not see violations, the walks below would prove nothing: an inline script and eval() from
  // a script of the site itself must both be refused and reported.
  await page.route('**/__probe.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: 'try { window.__evalRan = new Function("return true")(); } catch { window.__evalRan = false; }',
    }),
  );
  const ran = await page.evaluate(async () => {
    const inline = document.createElement('script');
    inline.textContent = 'window.__inlineRan = true';
    document.body.append(inline);
    const probe = document.createElement('script');
    probe.src = '/__probe.js';
    await new Promise((done) => {
      probe.onload = done;
      document.body.append(probe);
    });
    const w = window as unknown as { __inlineRan?: boolean; __evalRan?: boolean };
    return { inline: w.__inlineRan === true, evalRan: w.__evalRan };
  });
  expect(ran).toEqual({ inline: false, evalRan: false });
  const seen = await violations(page);
  expect(seen.some((v) => v.startsWith('script-src-elem blocked inline'))).toBe(true);
  expect(seen.some((v) => v.startsWith('script-src blocked eval'))).toBe(true);
});

test('catalog, flow page, sequence view, embed and presenter mode run under the policy with nothing refused', async ({ page, baseURL }) => {
  await walkUnderCsp(page, baseURL!);
});
