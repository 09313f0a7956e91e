import { expect, test, type Browser, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { choicesWithStep, forksOf, pathOf, pathParam, pathView } from '../src/flow/branches';
import { flowSchema, type Flow } from '../src/flow/schema';
import { openInApp, walkSteps } from './stageMetrics';

// What a reader sees, for every step of every flow, at the sizes the explorer is used at. Each flow as its default
// path shows it (steps inside outcomes not chosen are walked by `branchWalks`).
const wholeFlows = readdirSync('flows')
  .filter((name) => name.endsWith('.json') && name !== 'systems.json')
  .map((name) => flowSchema.parse(JSON.parse(readFileSync(`flows/${name}`, 'utf8'))));
const allFlows = wholeFlows.map((flow) => pathView(flow, pathOf(flow, {})));

// Every step of every flow is walked at each size; in two halves, so each test stays within its time limit and runs
// on a worker of its own when there are several (E2E_WORKERS).
test.describe.configure({ mode: 'parallel' });
const HALVES = [0, 1].map((half) => ({
  name: `flows ${half + 1} of 2`,
  flows: allFlows.filter((_, i) => i % 2 === half),
  whole: wholeFlows.filter((_, i) => i % 2 === half),
}));
const flows = allFlows;

/** For every outcome but the first of every fork: the query that opens it, and its steps from its first to the end. */
function branchWalks(flow: Flow): { id: string; flow: Flow; query: string; steps: Flow['steps'] }[] {
  return forksOf(flow).flatMap((fork) =>
    fork.options.flatMap((option, i) => {
      if (i === 0 || option.firstStep === undefined) return [];
      const choices = choicesWithStep(flow, { [fork.id]: i }, option.firstStep);
      const path = pathOf(flow, choices);
      const steps = path.slice(path.indexOf(option.firstStep)).map((index) => flow.steps[index]);
      return [{ id: `${flow.id} (${option.token})`, flow, query: `step=${steps[0].id}&path=${pathParam(flow, choices)}`, steps }];
    }),
  );
}

/** The first page of a walk is loaded from the server; every later one is opened inside the app (openInApp). */
async function open(page: Page, href: string, flow: Flow) {
  if (page.url() === 'about:blank') await page.goto(href, { waitUntil: 'domcontentloaded' });
  else await openInApp(page, href, flow.title);
}

/** Reduced motion: the camera lands at once, so each step can be measured as soon as it is drawn. */
async function openAt(browser: Browser, width: number, height: number) {
  const context = await browser.newContext({ viewport: { width, height }, reducedMotion: 'reduce' });
  return { context, page: await context.newPage() };
}

for (const { name, flows, whole } of HALVES) test(`every flow deep-links to its last step and, stepped back to the first at 1440×900, reads at 12 px or more with its label whole and covering nothing (${name})`, async ({ browser }) => {
  test.setTimeout(300_000);
  expect(allFlows.length).toBeGreaterThanOrEqual(60);
  const { context, page } = await openAt(browser, 1440, 900);
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const problems: string[] = [];
  for (const flow of flows) {
    const last = flow.steps.length - 1;
    await open(page, `/flows/${flow.id}?step=${flow.steps[last].id}`, flow);
    await expect(page.getByRole('complementary', { name: 'Step details' }).getByText(`Step ${last + 1} of ${flow.steps.length}`), flow.id).toBeVisible();
    const backwards = [...flow.steps].reverse();
    problems.push(...(await walkSteps(page, flow.id, { stepIds: backwards.map((s) => s.id), labels: backwards.map((s) => s.label), key: 'PageUp', minNamePx: 12 })));
  }
  for (const walk of whole.flatMap(branchWalks)) {
    await open(page, `/flows/${walk.flow.id}?${walk.query}`, walk.flow);
    problems.push(...(await walkSteps(page, walk.id, { stepIds: walk.steps.map((s) => s.id), labels: walk.steps.map((s) => s.label), key: 'PageDown', minNamePx: 12 })));
  }
  expect(problems).toEqual([]);
  expect(errors).toEqual([]);
  await context.close();
});

/** Opens each flow at its first step with `query` and walks every step forward. */
async function walkEveryFlow(page: Page, query: string, minNamePx: number, { flows, whole }: (typeof HALVES)[number]) {
  const problems: string[] = [];
  for (const flow of flows) {
    await open(page, `/flows/${flow.id}?${query}`, flow);
    problems.push(...(await walkSteps(page, flow.id, { stepIds: flow.steps.map((s) => s.id), key: 'PageDown', minNamePx })));
  }
  for (const walk of whole.flatMap(branchWalks)) {
    await open(page, `/flows/${walk.flow.id}?${walk.query}&${query}`, walk.flow);
    problems.push(...(await walkSteps(page, walk.id, { stepIds: walk.steps.map((s) => s.id), key: 'PageDown', minNamePx })));
  }
  return problems;
}

for (const half of HALVES) test(`presenting at 1280×720 the current step reads at 18 px or more, the caption at 24 px (${half.name})`, async ({ browser }) => {
  test.setTimeout(300_000);
  const { context, page } = await openAt(browser, 1280, 720);
  expect(await walkEveryFlow(page, 'present=1', 18, half)).toEqual([]);
  const sizes = await page.locator('.step-caption-label, .step-caption-facts li').evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).fontSize)));
  expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  await context.close();
});

for (const half of HALVES) test(`in a 700×450 docs frame the current step reads at 12 px or more (${half.name})`, async ({ browser }) => {
  test.setTimeout(300_000);
  const { context, page } = await openAt(browser, 700, 450);
  expect(await walkEveryFlow(page, 'embed=1', 12, half)).toEqual([]);
  // No zoom buttons in a frame: the wheel scrolls the docs page, pinch zooms.
  await expect(page.getByRole('button', { name: 'Zoom in' })).toHaveCount(0);
  await context.close();
});

// Known limits of the layout, not of the camera: its upright variant puts these steps' two participants more than a
// 390 px phone shows at 12 px names apart (Core API and MongoDB in kubeorch-container-build, 665 px; the Orchestrator
// and the Portal Worker in kanban-sandbox-creation). Their label and the page are still checked; the layout has to
// stack them before this set can shrink.
const TOO_WIDE_FOR_A_PHONE = new Set(['kubeorch-container-build#update-workflow-image', 'kanban-sandbox-creation#sandbox-ready']);

test('on a 390×844 phone the stage shows the step above the fold, and no page scrolls sideways on phones or tablets', async ({ browser }) => {
  test.setTimeout(300_000);
  const { context, page } = await openAt(browser, 390, 844);
  const problems: string[] = [];
  for (const flow of flows) {
    const last = flow.steps[flow.steps.length - 1];
    await open(page, `/flows/${flow.id}?step=${last.id}`, flow);
    if (!TOO_WIDE_FOR_A_PHONE.has(`${flow.id}#${last.id}`)) problems.push(...(await walkSteps(page, flow.id, { stepIds: [last.id], key: 'PageDown', minNamePx: 12 })));
    else await expect(page.locator(`.current-label[data-step="${last.id}"]`)).toBeVisible();
    const { scrollWidth, clientWidth, labelBottom } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      labelBottom: document.querySelector('.current-label')!.getBoundingClientRect().bottom,
    }));
    if (scrollWidth > clientWidth) problems.push(`${flow.id}: the page is ${scrollWidth} px wide in a ${clientWidth} px screen`);
    if (labelBottom > 844) problems.push(`${flow.id}: the current step is below the fold`);
  }
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // Phones and tablets, upright and on their side: no page scrolls sideways, the flow's title stays in view.
  for (const [width, height] of [[390, 844], [768, 1024], [1024, 768]]) {
    await page.setViewportSize({ width, height });
    for (const path of ['/', '/flows/kubeorch-container-build?step=9', '/flows/kanban-team-provisioning?embed=1', '/flows/kanban-team-provisioning?present=1', '/nowhere']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      if (await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)) problems.push(`${path} at ${width}×${height}: scrolls sideways`);
      if (path.includes('step=9') && !(await page.getByRole('heading', { level: 1 }).isVisible())) problems.push(`${path} at ${width}×${height}: no title in view`);
    }
  }
  expect(problems).toEqual([]);
  await context.close();
});

test('the camera refits when the stage changes size', async ({ browser }) => {
  test.setTimeout(300_000);
  const { context, page } = await openAt(browser, 1440, 900);
  const problems: string[] = [];
  const transform = () => page.locator('.react-flow__viewport').evaluate((el) => getComputedStyle(el).transform);
  for (const flow of flows) {
    const step = flow.steps[Math.floor(flow.steps.length / 2)];
    await page.setViewportSize({ width: 1440, height: 900 });
    await open(page, `/flows/${flow.id}?step=${step.id}`, flow);
    await expect(page.locator('.current-label')).toBeVisible();
    const before = await transform();
    // As when the window moves to a projector, or a panel closes.
    await page.setViewportSize({ width: 1180, height: 640 });
    await expect.poll(transform).not.toBe(before);
    problems.push(...(await walkSteps(page, `${flow.id} after resize`, { stepIds: [step.id], key: 'PageDown', minNamePx: 12 })));
  }
  expect(problems).toEqual([]);
  await context.close();
});

test('the header shows every flow’s title whole from a small laptop to a desktop, and a short window keeps the step controls on screen', async ({ browser }) => {
  test.setTimeout(300_000);
  const { context, page } = await openAt(browser, 1440, 900);
  const problems: string[] = [];
  for (const flow of flows) {
    await open(page, `/flows/${flow.id}`, flow);
    // Sizes where the actions are a row of buttons beside the title (below 1100px they go behind "More").
    for (const width of [1440, 1280, 1100]) {
      await page.setViewportSize({ width, height: 720 });
      const { shown, whole } = await page.locator('.flow-title').evaluate((el) => ({ shown: el.clientWidth, whole: el.scrollWidth }));
      if (whole > shown) problems.push(`${flow.id} at ${width} px: the title shows ${shown} of its ${whole} px`);
    }
    await page.setViewportSize({ width: 1440, height: 900 });
  }
  // A docs iframe without embed=1, a phone on its side: the page scrolls to the details, but Play is on screen.
  for (const [width, height] of [[700, 450], [844, 390]]) {
    await page.setViewportSize({ width, height });
    await page.goto('/flows/kanban-team-provisioning?step=brpop-task');
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeInViewport({ ratio: 1 });
    await expect(page.locator('.current-label')).toBeInViewport({ ratio: 0.99 });
  }
  expect(problems).toEqual([]);
  await context.close();
});
