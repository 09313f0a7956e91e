import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { flowSchema, type Flow } from '../src/flow/schema';

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

// The step's speaker notes, from the flow file: what only the presenter reads.
// Loaded as the explorer loads it: steps inside outcomes are steps of the flow too.
const flow: Flow = flowSchema.parse(JSON.parse(readFileSync(new URL('../flows/kanban-team-provisioning.json', import.meta.url), 'utf8')));
const notesOf = (id: string) => flow.steps.find((s) => s.id === id)!.notes!;
/** Enough of the note to find it, and nothing Markdown would change. */
const notePhrase = (id: string) => notesOf(id).split(/[`*]/)[0].slice(0, 40);

test('speaker notes are never shown to the audience unless the presenter opens the notes drawer', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const phrase = notePhrase('post-teams');
  for (const url of [`${FLOW}?step=post-teams`, `${FLOW}?step=post-teams&embed=1`, `${FLOW}?step=post-teams&present=1`]) {
    await page.goto(url);
    await expect(page.getByRole('status')).toHaveText(/Step 2 of 14/);
    await expect(page.getByText(phrase)).toHaveCount(0);
  }
  // With one screen: the drawer, closed by default, opened and closed by S or the pill's button.
  await page.keyboard.press('s');
  const drawer = page.getByRole('complementary', { name: 'Speaker notes' });
  await expect(drawer).toContainText(phrase);
  await expect(page.getByRole('button', { name: 'Speaker notes' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(drawer).toContainText(notePhrase('create-team-record'));
  await page.getByRole('button', { name: 'Speaker notes' }).click();
  await expect(drawer).toHaveCount(0);
  // Outside presenter mode the key does nothing, and the help does not list it.
  await page.keyboard.press('Escape');
  await expect(page).not.toHaveURL(/present=1/);
  await page.keyboard.press('s');
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toHaveCount(0);
});

test('the presenter window opens beside presenter mode and the two windows follow each other both ways', async ({ page, context }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${FLOW}?step=post-teams&present=1`);
  await expect(caption(page)).toContainText('2/ 14');
  const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('n')]);
  await expect(speaker).toHaveURL(/[?&]speaker=1/);
  await expect(speaker.getByRole('heading', { level: 1 })).toContainText('Presenter window');
  const now = speaker.getByRole('region', { name: 'Current step' });
  await expect(now).toContainText('POST /teams');
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText(notePhrase('post-teams'));
  await expect(speaker.getByRole('region', { name: 'Next step' })).toContainText('Create team record');
  await expect(speaker.getByRole('timer', { name: /^Elapsed / })).toBeVisible();

  // Stepping in the presenter window moves the audience's window…
  await speaker.keyboard.press('ArrowRight');
  await expect(caption(page)).toContainText('3/ 14');
  await expect(page).toHaveURL(/step=create-team-record/);
  // …and stepping on the projector moves the presenter window.
  await page.keyboard.press('ArrowRight');
  await expect(speaker.getByRole('status')).toHaveText(/^Step 4 of 14/);
  await expect(speaker.getByRole('region', { name: 'Speaker notes' })).toContainText(notePhrase('enqueue-provision-task'));
  // Pressing N again brings back the same window instead of opening another.
  await page.bringToFront();
  await page.keyboard.press('n');
  await page.waitForTimeout(300);
  expect(context.pages()).toHaveLength(2);
});

test('where the browser blocks the presenter window, the notes open on this screen instead', async ({ page }) => {
  await page.addInitScript(() => {
    window.open = () => null;
  });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(`${FLOW}?step=post-teams&present=1`);
  await expect(caption(page)).toContainText('2/ 14');
  await page.keyboard.press('n');
  await expect(page.getByRole('complementary', { name: 'Speaker notes' })).toContainText(notePhrase('post-teams'));
});
