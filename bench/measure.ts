import type { Browser, Page } from '@playwright/test';
import { installProbes } from './probes';

const median = (values: number[]) => percentile(values, 50);
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}
const round1 = (n: number) => Math.round(n * 10) / 10;

async function freshPage(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<Page> {
  // A new context each time: an empty cache, as a reader following a link from the docs has.
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  // tsx names functions with an `__name` helper that the browser does not have: give the page one.
  await page.addInitScript({ content: `var __name = (f) => f;\n(${installProbes.toString()})();` });
  return page;
}

/** Opens `url` `runs` times, each from an empty cache, and lets `read` measure each load before the page closes. */
async function freshLoads(browser: Browser, url: string, runs: number, read: (page: Page) => Promise<void>) {
  for (let i = 0; i < runs; i++) {
    const page = await freshPage(browser);
    await page.goto(url);
    await read(page);
    await page.context().close();
  }
}

/** Bytes the page fetched (gzip, as sent) until `until` ms, JavaScript and in total, from Resource Timing. */
function bytesUntil(page: Page, until: number) {
  return page.evaluate((limit) => {
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const early = resources.filter((r) => r.responseEnd <= limit);
    const js = early.filter((r) => /\.m?js(\?|$)/.test(r.name)).reduce((sum, r) => sum + r.encodedBodySize, 0);
    const total = resources.reduce((sum, r) => sum + r.encodedBodySize, nav.encodedBodySize);
    return { js, total, scripts: resources.filter((r) => /\.m?js(\?|$)/.test(r.name)).map((r) => r.name) };
  }, until);
}

export interface LoadResult {
  initialJsKB: number;
  totalKB: number;
  loadMs: { median: number; runs: number[] };
  mermaidOnCanvas: boolean;
}

/** A deep link opened `runs` times from an empty cache: bytes, and time until the step is drawn and detailed. */
export async function measureDeepLink(browser: Browser, url: string, runs: number): Promise<LoadResult> {
  const times: number[] = [];
  let js = 0;
  let total = 0;
  let mermaid = false;
  await freshLoads(browser, url, runs, async (page) => {
    await page.waitForFunction(() => window.__bench.drawnAt !== undefined, undefined, { timeout: 30_000 });
    const drawnAt = await page.evaluate(() => window.__bench.drawnAt!);
    times.push(drawnAt);
    await page.waitForTimeout(1500);
    const bytes = await bytesUntil(page, drawnAt);
    js = bytes.js;
    total = bytes.total;
    // Mermaid's own chunks (mermaid.core-…, sequenceDiagram-…), not the app's small toMermaid text writer.
    mermaid ||= bytes.scripts.some((s) => /\/(mermaid|sequenceDiagram)[.-]/i.test(s));
  });
  return { initialJsKB: round1(js / 1024), totalKB: round1(total / 1024), loadMs: { median: round1(median(times)), runs: times.map(round1) }, mermaidOnCanvas: mermaid };
}

export interface StepResult {
  presses: number;
  /** Key press → the frame that paints the new step (status line, step list, controls) starts, rAF-based. */
  paint: { p50: number; p95: number; max: number };
  /** Key press → the frame that paints the whole step, diagram and details included, starts. */
  whole: { p50: number; p95: number; max: number };
  eventTiming: { p50: number; p95: number; over16: number };
}

/**
 * Step changes by key press, each measured to the paint that shows it (rAF-based) and by Event Timing. The reader
 * steps at a reading pace (a short pause between presses), through the whole flow and around again.
 */
export async function measureSteps(browser: Browser, url: string, presses: number): Promise<StepResult> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.drawnAt !== undefined, undefined, { timeout: 60_000 });
  await page.locator('body').click({ position: { x: 5, y: 5 } }).catch(() => undefined);
  await page.keyboard.press('Home');
  await page.waitForTimeout(500);
  for (let i = 0; i < presses; i++) {
    const atEnd = await page.evaluate(() => /Step (\d+) of \1\b/.test(document.querySelector('[role="status"]')?.textContent ?? ''));
    if (atEnd) {
      await page.keyboard.press('Home');
      await page.waitForTimeout(300);
    }
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction((n) => window.__bench.complete.length >= n, i + 1, { timeout: 10_000 });
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(500);
  const { latencies, complete, events } = await page.evaluate(() => {
    const b = window.__bench;
    // Match each ArrowRight press to its Event Timing entry, if it had one (≥ 16 ms).
    const keyed = [...b.eventDurations.entries()];
    const events = b.pressedAt.map((t) => keyed.find(([start]) => Math.abs(start - t) < 2)?.[1] ?? 0);
    return { latencies: b.latencies, complete: b.complete, events };
  });
  await page.context().close();
  const shown = (v: number) => (v === 0 ? 0 : round1(v));
  return {
    presses: latencies.length,
    paint: { p50: round1(percentile(latencies, 50)), p95: round1(percentile(latencies, 95)), max: round1(Math.max(...latencies)) },
    whole: { p50: round1(percentile(complete, 50)), p95: round1(percentile(complete, 95)), max: round1(Math.max(...complete)) },
    eventTiming: { p50: shown(percentile(events, 50)), p95: shown(percentile(events, 95)), over16: events.filter((e) => e >= 16).length },
  };
}

export interface IdleResult {
  runningAnimations: number;
  framesPerSecondIdle: number;
}

/** A flow page left alone after a step: nothing should move, nothing should ask for frames. */
export async function measureIdle(browser: Browser, url: string): Promise<IdleResult> {
  const page = await freshPage(browser);
  await page.goto(url);
  await page.waitForFunction(() => window.__bench.drawnAt !== undefined);
  await page.keyboard.press('ArrowRight');
  await page.waitForTimeout(3000);
  const before = await page.evaluate(() => window.__bench.frames);
  await page.waitForTimeout(2000);
  const result = await page.evaluate((start) => ({
    running: document.getAnimations().filter((a) => a.playState === 'running').length,
    frames: window.__bench.frames - start,
  }), before);
  await page.context().close();
  return { runningAnimations: result.running, framesPerSecondIdle: result.frames / 2 };
}

export interface CatalogResult {
  catalogJsKB: number;
  interactiveMs: { median: number; runs: number[] };
  flowsListed: number;
}

/**
 * The catalog of a large corpus: its JavaScript, and when it becomes interactive — the list is on screen and the
 * main thread has had no long task since (checked after a quiet second).
 */
export async function measureCatalog(browser: Browser, url: string, runs: number): Promise<CatalogResult> {
  const times: number[] = [];
  let js = 0;
  let listed = 0;
  await freshLoads(browser, url, runs, async (page) => {
    await page.locator('main a[href*="/flows/"]').first().waitFor();
    const shownAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(1500);
    const { lastLongTask, bytes, count } = await page.evaluate(() => ({
      lastLongTask: Math.max(0, ...window.__bench.longTasks.map((t) => t.end)),
      bytes: (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
        .filter((r) => /\.m?js(\?|$)/.test(r.name))
        .reduce((sum, r) => sum + r.encodedBodySize, 0),
      count: document.querySelectorAll('main a[href*="/flows/"]').length,
    }));
    times.push(Math.max(shownAt, lastLongTask));
    js = bytes;
    listed = count;
  });
  return { catalogJsKB: round1(js / 1024), interactiveMs: { median: round1(median(times)), runs: times.map(round1) }, flowsListed: listed };
}
