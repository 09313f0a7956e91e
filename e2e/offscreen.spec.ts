import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { chooseVariant, type Size, type Viewport } from '../src/flow/camera';
import { layoutFlow } from '../src/flow/layoutFlow';
import { flowSchema } from '../src/flow/schema';
import { clipRoute, routeMeets, viewportArea } from '../src/flow/shownArea';
import type { Box, Point } from '../src/flow/layout';
import { canvasElements } from '../src/flow/toCanvas';

// Lines off screen are not drawn, and long lines only where they are on screen (a large flow would otherwise redraw
// hundreds of dashed lines on every camera frame). What these tests guard is the other half: all of a line that is on
// screen is always drawn — at rest, at every point of a camera move, and while the reader pans by hand.
const flow = flowSchema.parse(JSON.parse(readFileSync('flows/dokkerr-data-paths.json', 'utf8')));
const layout = layoutFlow(flow);

// On a phone the camera shows a small part of the flow, so most lines are off screen at any one step.
test.use({ viewport: { width: 390, height: 844 } });

/** The canvas area on screen (from the transform the browser is drawing now, mid-move included) and the lines drawn. */
function screen(page: Page): Promise<{ viewport: Viewport; size: Size; drawn: Record<string, string[]> }> {
  return page.locator('.react-flow').evaluate((el) => {
    const m = new DOMMatrix(getComputedStyle(el.querySelector('.react-flow__viewport')!).transform);
    const drawn: Record<string, string[]> = {};
    el.querySelectorAll('.react-flow__edge .react-flow__edge-path').forEach((path) => (drawn[path.closest('.react-flow__edge')!.getAttribute('data-id')!] ??= []).push(path.getAttribute('d')!));
    return { viewport: { x: m.e, y: m.f, zoom: m.a }, size: { width: el.clientWidth, height: el.clientHeight }, drawn };
  });
}

/** A drawn path's points: its corners' control points are the route's own sharp corners. */
const pointsOf = (d: string): Point[] => {
  const numbers = (d.match(/-?[\d.]+(e-?\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((_, i) => (i % 2 === 0 ? [{ x: numbers[i], y: numbers[i + 1] }] : []));
};
const lengthIn = (lines: Point[][], area: Box) =>
  lines.flatMap((line) => clipRoute(line, area)).reduce((sum, part) => sum + part.points.slice(1).reduce((s, p, i) => s + Math.hypot(p.x - part.points[i].x, p.y - part.points[i].y), 0), 0);

/**
 * Every line that crosses the screen is drawn, all of it that is on screen, along the route the layout gives it.
 * Returns how many lines are drawn.
 */
async function expectScreenDrawn(page: Page, when: string): Promise<number> {
  const { viewport, size, drawn } = await screen(page);
  const { edges } = canvasElements(flow, (await layout)[chooseVariant(await layout, size)]);
  const area = viewportArea(viewport, size);
  for (const edge of edges) {
    if (!routeMeets(edge.data.points, area)) continue;
    expect(drawn[edge.id], `${when}: ${edge.id} crosses the screen`).toBeDefined();
    const onScreen = lengthIn([edge.data.points], area);
    expect(lengthIn(drawn[edge.id].map(pointsOf), area), `${when}: ${edge.id} drawn on screen`).toBeCloseTo(onScreen, 0);
  }
  return Object.keys(drawn).length;
}

test('a line that crosses the screen is drawn at rest and at every point of a camera move, and only those are', async ({ page }) => {
  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByRole('status')).toHaveText(/^Step 1 of 19/);
  await expect(page.locator('.flow-canvas')).toHaveAttribute('data-camera', 'still');
  const total = await page.locator('.react-flow__edge').count();
  expect(await expectScreenDrawn(page, 'step 1')).toBeLessThan(total);

  // At a quarter speed the move lasts four seconds; it is held at points along the way (short of its very end: held
  // there, rate 0, it would leave the element's list of animations without finishing).
  const speed = page.getByLabel('Speed');
  await speed.selectOption('0.25');
  await speed.evaluate((el) => (el as HTMLSelectElement).blur());
  await page.keyboard.press('End');
  await expect(page.getByRole('status')).toHaveText(/^Step 19 of 19/);
  const viewport = page.locator('.react-flow__viewport');
  await viewport.evaluate(async (el) => {
    for (let i = 0; i < 300 && el.getAnimations().length === 0; i++) await new Promise(requestAnimationFrame);
  });
  for (const at of [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99]) {
    await viewport.evaluate((el, progress) => {
      const [move] = el.getAnimations();
      move.playbackRate = 0;
      move.currentTime = Number(move.effect!.getComputedTiming().duration) * progress;
    }, at);
    await expectScreenDrawn(page, `${at * 100}% into the move to step 19`);
  }
  await viewport.evaluate((el) => el.getAnimations().forEach((move) => (move.playbackRate = 1)));
  await expect(page.locator('.flow-canvas')).toHaveAttribute('data-camera', 'still', { timeout: 10_000 });
  expect(await expectScreenDrawn(page, 'step 19')).toBeLessThan(total);
});

test('while the reader pans by hand every line is drawn, wherever they take the view', async ({ page }) => {
  await page.goto(`/flows/${flow.id}`);
  await expect(page.getByRole('status')).toHaveText(/^Step 1 of 19/);
  const total = await page.locator('.react-flow__edge').count();
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + 100, box.y + 100);
  await page.mouse.down();
  await page.mouse.move(box.x + 300, box.y + 300, { steps: 5 });
  await page.mouse.up();
  await expect(page.getByRole('button', { name: 'Follow step' })).toBeVisible();
  await expect(page.locator('.react-flow__edge:has(.react-flow__edge-path)')).toHaveCount(total);
  // Following again, the camera goes back to the step and lines off screen are left out again.
  await page.getByRole('button', { name: 'Follow step' }).click();
  await expect(page.locator('.flow-canvas')).toHaveAttribute('data-camera', 'still');
  await expect.poll(async () => expectScreenDrawn(page, 'followed again')).toBeLessThan(total);
});
