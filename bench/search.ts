import type { Browser } from '@playwright/test';
import type { Flow } from '../src/flow/schema';
import { loadSearchIndex, querySearch } from '../src/search/querySearch';
import { buildSearchIndex } from '../src/search/searchIndex';
import { percentile } from './measure';

const round1 = (n: number) => Math.round(n * 10) / 10;

export interface SearchQueryResult {
  flows: number;
  documents: number;
  buildMs: number;
  /** The serialised index the palette downloads, before compression. */
  indexKB: number;
  loadMs: number;
  /** One query per keystroke, as the palette runs them: every prefix of every query. */
  queries: number;
  queryMs: { p50: number; p95: number; max: number };
}

/** Every prefix of each query, as the palette sees them while the reader types. */
export const keystrokes = (queries: string[]) => queries.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

/**
 * The palette's index built from `flows` as the build does, loaded as the browser does, then queried once per
 * keystroke of `queries` (after a warm-up round, as a reader's second query is).
 */
export function measureSearchQueries(flows: readonly Flow[], queries: string[]): SearchQueryResult {
  let started = performance.now();
  const json = JSON.stringify(buildSearchIndex(flows));
  const buildMs = performance.now() - started;
  started = performance.now();
  const index = loadSearchIndex(JSON.parse(json));
  const loadMs = performance.now() - started;
  const typed = keystrokes(queries);
  for (const q of typed) querySearch(index, q);
  const times = typed.map((q) => {
    const t = performance.now();
    querySearch(index, q);
    return performance.now() - t;
  });
  return {
    flows: flows.length,
    documents: index.documentCount,
    buildMs: Math.round(buildMs),
    indexKB: Math.round(json.length / 1024),
    loadMs: Math.round(loadMs),
    queries: times.length,
    queryMs: { p50: round1(percentile(times, 50)), p95: round1(percentile(times, 95)), max: round1(Math.max(...times)) },
  };
}

export interface SearchTypingResult {
  keystrokes: number;
  /** Key press → the start of the frame after the palette has rendered that keystroke's results. */
  frameMs: { p50: number; p95: number; max: number };
}

/** Types `queries` into the palette on `url`, measuring each keystroke to the next frame. */
export async function measureSearchTyping(browser: Browser, url: string, queries: string[]): Promise<SearchTypingResult> {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  // Before the app has run, nothing listens for the key.
  await page.getByRole('button', { name: 'Search' }).waitFor();
  await page.keyboard.press('/');
  await page.locator('.search-empty').getByText('Find anything').waitFor();
  await page.evaluate(() => {
    const w = window as unknown as { __typing: number[]; __down: number };
    w.__typing = [];
    document.addEventListener('keydown', (e) => (w.__down = e.timeStamp), true);
    // After React's own listener (on the root) has rendered the results: the next frame shows them.
    window.addEventListener('input', () => {
      const down = w.__down;
      w.__down = NaN;
      // Clearing the field between queries is not a keystroke.
      if (Number.isFinite(down)) requestAnimationFrame(() => w.__typing.push(performance.now() - down));
    });
  });
  const field = page.getByRole('combobox');
  for (const q of queries) {
    await field.fill('');
    for (const ch of q) {
      await page.keyboard.type(ch);
      await page.waitForTimeout(60);
    }
  }
  const times = await page.evaluate(() => (window as unknown as { __typing: number[] }).__typing);
  await context.close();
  return { keystrokes: times.length, frameMs: { p50: round1(percentile(times, 50)), p95: round1(percentile(times, 95)), max: round1(Math.max(...times)) } };
}
