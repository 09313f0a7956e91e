import { expect, test, type Page } from '@playwright/test';

const FLOW = '/flows/kanban-team-provisioning';
const caption = (page: Page) => page.getByRole('region', { name: 'Current step' });

test('"Present" fills the screen with the stage, a caption and a control pill; Esc leaves and the URL follows', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${FLOW}?step=enqueue-provision-task`);
  await page.getByRole('button', { name: 'Present' }).click();
  await expect(page).toHaveURL(/[?&]present=1/);
  // No app chrome: the stage and its caption take the whole window.
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(page.getByRole('complementary', { name: 'Step details' })).toHaveCount(0);
  const box = await page.locator('.presenter').boundingBox();
  expect(box).toEqual({ x: 0, y: 0, width: 1280, height: 720 });
  await expect(caption(page)).toContainText('4/ 14Enqueue team.provision task');
  const facts = caption(page).getByRole('listitem');
  await expect(facts).toHaveText([/^Portal API →\s*(to)?\s*Redis$/, 'insert task:{id}', 'insert queue:provisioning:high', 'insert tasks:{user_id}', /^task\.status: \(new\) →\s*(to)?\s*pending$/]);
  await expect(page.getByRole('toolbar', { name: 'Step controls' }).getByRole('button', { name: 'Next step' })).toBeVisible();

  // The keys presentation clickers send.
  await page.keyboard.press('PageDown');
  await expect(caption(page)).toContainText('5/ 14');
  await page.keyboard.press(' ');
  await expect(caption(page)).toContainText('6/ 14');
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).toContainText('7/ 14');
  await page.keyboard.press('PageUp');
  await expect(caption(page)).toContainText('6/ 14');
  await page.keyboard.press('ArrowLeft');
  await expect(caption(page)).toContainText('5/ 14');
  await expect(page).toHaveURL(/step=return-task-id/);

  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole('banner')).toBeVisible();
  await expect(page.getByRole('status')).toHaveText(/^Step 5 of 14/);
});

test('P enters presenter mode, a deep link opens in it, and the pill leaves it', async ({ page }) => {
  await page.goto(`${FLOW}?step=brpop-task`);
  await expect(page.getByRole('status')).toHaveText(/^Step 7 of 14/);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/present=1/);
  await expect(caption(page)).toContainText('BRPOP task');
  await page.reload();
  await expect(caption(page)).toContainText('BRPOP task');
  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(page).not.toHaveURL(/present=/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Team creation and provisioning');
});

test('the caption of a step that touches nothing still says who talks to whom', async ({ page }) => {
  await page.goto(`${FLOW}?step=create-team&present=1`);
  await expect(caption(page)).toContainText('1/ 14Create Team');
  await expect(caption(page).locator('li')).not.toHaveCount(0);
});
