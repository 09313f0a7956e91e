import { expect, test, type Page } from '@playwright/test';

const FLOW = '/flows/kanban-team-provisioning';
const status = (page: Page) => page.getByRole('status');

/** The matrix a CSS transform stands for, as the browser computes it. */
function matrixOf(page: Page, transform: string) {
  return page.evaluate((value) => {
    const probe = document.createElement('div');
    probe.style.transform = value;
    document.body.append(probe);
    const matrix = new DOMMatrix(getComputedStyle(probe).transform).toJSON();
    probe.remove();
    return matrix;
  }, transform);
}

async function open(page: Page, url: string) {
  await page.goto(url);
  await expect(status(page)).toHaveText(/^Step \d+ of \d+/);
}

test('Space and Enter on a focused control do what that control does', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams`);
  const next = page.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press(' ');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  // Space pressed the button; it did not start playback.
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/^Step 4 of 14/);
  // Enter on a step link follows it.
  await page.getByRole('list', { name: 'Steps' }).getByRole('link', { name: /BRPOP task/ }).focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/^Step 7 of 14/);
});

test('no shortcut acts behind an open dialog', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams`);
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('v');
  await expect(status(page)).toHaveText(/^Step 2 of 14/);
  await expect(page).not.toHaveURL(/view=/);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeHidden();
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
});

test('focus stays on a control that becomes unavailable', async ({ page }) => {
  await open(page, `${FLOW}?step=worker-updates-database`);
  const next = page.getByRole('button', { name: 'Next step' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
  await expect(next).toHaveAttribute('aria-disabled', 'true');
  await expect(next).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText(/^Step 14 of 14/);
});

test('after following a link to another flow, focus is on its title', async ({ page }) => {
  await open(page, `${FLOW}?step=publish-progress`);
  await page.getByRole('complementary', { name: 'Step details' }).getByRole('region', { name: 'Continues in' }).getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Real-time task progress/i);
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
});

test('a skip link leads to the step controls', async ({ page }) => {
  await open(page, FLOW);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to step controls' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Step controls' }).getByRole('button').first()).toBeFocused();
});

test('participants are buttons with names; their description opens by keyboard and closes with Esc', async ({ page }) => {
  await open(page, `${FLOW}?step=enqueue-provision-task`);
  // Name, technology, kind and role in this step (a screen reader may hear a pause before each comma).
  const redis = page.getByRole('button', { name: /^Redis\s*,\s*Redis\s*,\s*queue — receives in this step$/ });
  await expect(redis).toHaveCount(1);
  await redis.focus();
  await page.keyboard.press('Enter');
  const card = page.getByRole('region', { name: 'Redis' });
  await expect(card).toBeVisible();
  await expect(card).toContainText('in steps 4, 7');
  await expect(redis).toHaveAttribute('aria-expanded', 'true');
  await card.getByRole('button', { name: 'Close' }).focus();
  await page.keyboard.press('Escape');
  await expect(card).toHaveCount(0);
  await expect(redis).toBeFocused();
  // Touch: a tap opens it too.
  await redis.click();
  await expect(page.getByRole('region', { name: 'Redis' })).toBeVisible();
});

test('a participant reached by keyboard off screen is brought into view', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await open(page, '/flows/dokkerr-data-paths?step=write-to-database');
  const canvas = (await page.locator('.flow-canvas').boundingBox())!;
  const inView = async (name: RegExp) => {
    const box = (await page.getByRole('button', { name }).boundingBox())!;
    return box.x >= canvas.x && box.y >= canvas.y && box.x + box.width <= canvas.x + canvas.width && box.y + box.height <= canvas.y + canvas.height;
  };
  const hidden: RegExp[] = [];
  for (const name of [/^Client/, /^Application Cache/, /^Database Cache/, /^API Cache/]) if (!(await inView(name))) hidden.push(name);
  expect(hidden.length).toBeGreaterThan(0);
  await page.getByRole('button', { name: hidden[0] }).focus();
  await expect.poll(() => inView(hidden[0])).toBe(true);
  // The reader is steering now: the camera waits to be asked to follow again.
  await expect(page.getByRole('region', { name: /^Diagram of/ }).getByRole('button', { name: 'Follow step' })).toBeVisible();
});

test('the sequence view is reachable by keyboard and its messages select their step', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams&view=sequence`);
  const message = page.getByRole('button', { name: 'Step 7: BRPOP task' });
  await expect(message).toBeVisible();
  await message.focus();
  await page.keyboard.press('Enter');
  await expect(status(page)).toHaveText('Step 7 of 14 on this path: BRPOP task');
  await expect(page.getByRole('button', { name: 'Step 7: BRPOP task' })).toHaveAttribute('aria-current', 'step');
});

test('Play at the last step starts again from the first and plays', async ({ page }) => {
  await open(page, `${FLOW}?step=task-completed-notification`);
  await page.getByRole('combobox', { name: 'Speed' }).selectOption('2');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(status(page)).toHaveText(/^Step 1 of 14/);
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(status(page)).toHaveText(/^Step 2 of 14/);
});

test('the camera switch shows the whole flow or follows the step, and a hand pan pauses following', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams`);
  const stage = page.getByRole('region', { name: /^Diagram of/ });
  const camera = stage.getByRole('button', { name: 'Whole flow' });
  await expect(camera).toBeVisible();
  await page.keyboard.press('f');
  await expect(stage.getByRole('button', { name: 'Follow step' })).toBeVisible();
  await page.keyboard.press('f');
  await expect(stage.getByRole('button', { name: 'Whole flow' })).toBeVisible();
  // Drag the canvas: the camera stops following until asked again.
  const pane = page.locator('.react-flow__pane');
  const box = (await pane.boundingBox())!;
  await page.mouse.move(box.x + 40, box.y + 40);
  await page.mouse.down();
  await page.mouse.move(box.x + 160, box.y + 120, { steps: 5 });
  await page.mouse.up();
  await expect(stage.getByRole('button', { name: 'Follow step' })).toBeVisible();
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  const panned = await transform();
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  expect(await transform()).toBe(panned);
  await page.keyboard.press('f');
  await expect.poll(transform).not.toBe(panned);
  await expect(stage.getByRole('button', { name: 'Whole flow' })).toBeVisible();
});

test('a step pressed while the camera is moving continues from where the camera is, without a jump', async ({ page }) => {
  await open(page, `${FLOW}?step=post-teams`);
  const viewport = page.locator('.react-flow__viewport');
  // At a quarter speed the move lasts four seconds: time enough to catch it under way on a slow machine.
  const speed = page.getByLabel('Speed');
  await speed.selectOption('0.25');
  await speed.evaluate((el) => (el as HTMLSelectElement).blur());
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 3 of 14/);
  // Hold the move part-way as soon as it starts (still running, at rate 0): where the camera is, and where that
  // move was going.
  const { held, endTransform } = await viewport.evaluate(async (el) => {
    for (let i = 0; i < 300 && el.getAnimations().length === 0; i++) await new Promise(requestAnimationFrame);
    const [move] = el.getAnimations();
    move.currentTime = 1600;
    move.playbackRate = 0;
    const keyframes = (move.effect as KeyframeEffect).getKeyframes();
    return { held: new DOMMatrix(getComputedStyle(el).transform).toJSON(), endTransform: String(keyframes[keyframes.length - 1].transform) };
  });
  const end = await matrixOf(page, endTransform);
  expect(Math.abs(held.e - end.e) + Math.abs(held.f - end.f)).toBeGreaterThan(2);
  await page.keyboard.press('ArrowRight');
  await expect(status(page)).toHaveText(/^Step 4 of 14/);
  // The next move starts where the camera was held, not where the last move was going.
  const startTransform = await viewport.evaluate(async (el) => {
    for (let i = 0; i < 300 && !el.getAnimations().some((a) => a.playbackRate !== 0); i++) await new Promise(requestAnimationFrame);
    const next = el.getAnimations().find((a) => a.playbackRate !== 0)!;
    return String((next.effect as KeyframeEffect).getKeyframes()[0].transform);
  });
  const start = await matrixOf(page, startTransform);
  for (const key of ['a', 'e', 'f'] as const) expect(Math.abs(start[key] - held[key]), key).toBeLessThan(0.5);
});
