import { expect, test } from '@playwright/test';

const FLOW = '/flows/kanban-team-provisioning';

test('the Embed dialog builds a snippet from the chosen range, view and details, with a live preview', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(`${FLOW}?step=brpop-task`);
  await page.getByRole('button', { name: 'Embed' }).click();
  const dialog = page.getByRole('dialog', { name: /Embed/ });
  await expect(dialog).toBeVisible();
  const snippet = dialog.getByRole('textbox', { name: 'Snippet' });
  // It opens on what the reader is looking at.
  await expect(snippet).toHaveValue(`<iframe src="${baseURL}${FLOW}?step=brpop-task&amp;embed=1" title="Team creation and provisioning — Flow Explorer" width="100%" height="520" style="border: 1px solid #e2e6ef; border-radius: 8px" loading="lazy"></iframe>`);

  await dialog.getByRole('combobox', { name: 'From' }).selectOption({ label: '4. Enqueue team.provision task' });
  await dialog.getByRole('combobox', { name: 'To' }).selectOption({ label: '9. Start containers' });
  await dialog.getByRole('radio', { name: 'Sequence diagram' }).check();
  await dialog.getByRole('combobox', { name: 'Step details' }).selectOption('below');
  const expected = `${FLOW}?step=brpop-task&view=sequence&embed=1&from=enqueue-provision-task&to=start-containers&details=below`;
  await expect(snippet).toHaveValue(new RegExp(`src="${baseURL}${expected.replace(/[?]/g, '\\?').replace(/&/g, '&amp;')}"`));
  await expect(snippet).toHaveValue(/height="760"/);
  await expect(dialog.locator('iframe')).toHaveAttribute('src', expected);
  // The preview is the real embed.
  const preview = dialog.frameLocator('iframe');
  await expect(preview.getByRole('status')).toHaveText('Step 4 of 6: BRPOP task · step 7 of 14 in the flow');

  await dialog.getByRole('button', { name: 'Copy snippet' }).click();
  await expect(dialog.getByText('Snippet copied')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await snippet.inputValue());

  // No shortcut acts behind it; Esc closes it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.keyboard.press('e');
  await expect(dialog).toBeVisible();
});

test('an embed never scrolls the page that hosts it', async ({ page, baseURL }) => {
  for (const view of ['canvas', 'sequence']) {
    const src = `${baseURL}${FLOW}?embed=1&details=below${view === 'sequence' ? '&view=sequence' : ''}`;
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.setContent(`<!doctype html><html lang="en"><body style="margin:0">
      <div style="height:900px">Intro</div>
      <iframe src="${src}" title="Embedded flow" width="700" height="450" style="border:0"></iframe>
      <div style="height:1500px">More text</div>
    </body></html>`);
    const frame = page.frameLocator('iframe[title="Embedded flow"]');
    await expect(frame.getByRole('status')).toHaveText(/^Step 1 of 14/);
    await page.evaluate(() => window.scrollTo(0, 300));
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(300);
    // Step with the keyboard from inside the frame (a test click would itself scroll the button into view).
    await page.frames().find((f) => f.url().includes('embed=1'))!.evaluate(() => document.querySelector<HTMLElement>('.controls button')!.focus({ preventScroll: true }));
    for (let i = 0; i < 12; i++) await page.keyboard.press('ArrowRight');
    await expect(frame.getByRole('status')).toHaveText(/^Step 13 of 14/);
    expect(await page.evaluate(() => window.scrollY), view).toBe(300);
  }
});

test('a narrow embed keeps the details behind a button; a ranged one counts within its range', async ({ page }) => {
  await page.setViewportSize({ width: 700, height: 450 });
  await page.goto(`${FLOW}?embed=1&from=enqueue-provision-task&to=start-containers&step=brpop-task`);
  await expect(page.getByRole('status')).toHaveText('Step 4 of 6: BRPOP task · step 7 of 14 in the flow');
  await expect(page.getByRole('complementary', { name: 'Step details' })).toHaveCount(0);
  await page.getByRole('button', { name: 'Details' }).click();
  const details = page.getByRole('complementary', { name: 'Step details' });
  await expect(details).toContainText('Step 4 of 6 (step 7 of 14 in the whole flow)');
  await expect(details).toContainText('queue:provisioning:high');
  await page.getByRole('button', { name: 'Close details' }).click();
  await expect(details).toHaveCount(0);
  // Nothing in the frame scrolls the frame's own document.
  expect(await page.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight)).toBe(true);
});
