import type { SearchQueryResult, SearchTypingResult } from './search';

/** What `npm run bench` measures, as written to bench/results.json. */
export interface BenchResults {
  machine: { cores: number; node: string; chromium: string; date: string };
  deepLink: { url: string; initialJsKB: number; totalKB: number; loadMs: { median: number; runs: number[] }; mermaidOnCanvas: boolean };
  steps: Record<string, { flow: string; presses: number; paint: { p50: number; p95: number; max: number }; whole: { p50: number; p95: number; max: number }; eventTiming: { p50: number; p95: number; over16: number } }>;
  /** The same step-change measure on a page that changes only the text and the URL: what no app can beat here. */
  floor?: BenchResults['steps'][string];
  /** The deep-link load measure on a page where React draws only what the probes wait for: React's own cost here. */
  loadFloor?: { median: number; runs: number[] };
  idle: { runningAnimations: number; framesPerSecondIdle: number };
  /** The search palette: queries per keystroke on the real flows and on 500 generated flows × 50 steps, and typing in the page. */
  search?: { real: SearchQueryResult; generated?: SearchQueryResult; typing: SearchTypingResult };
  scale: {
    flows: number;
    stepsPerFlow: number;
    validateMs: number;
    buildMs: number;
    catalogJsKB: number;
    catalogInteractiveMs: { median: number; runs: number[] };
    flowsListed: number;
  };
  lighthouse: Record<string, { performance: number; accessibility: number; 'best-practices': number; seo: number; lcpMs: number; tbtMs: number }>;
}

export interface BudgetLine {
  name: string;
  pass: boolean;
  actual: string;
  limit: string;
  /** Context for reading the line, such as the machine's own floor for the same measure. */
  note?: string;
}

/** The budgets of issue 8, each a pass/fail line. A measure that is missing (NaN) fails: nothing passes unmeasured. */
export function checkBudgets(r: BenchResults): BudgetLine[] {
  const lines: BudgetLine[] = [];
  const atMost = (name: string, actual: number, limit: number, unit: string) =>
    lines.push({ name, pass: Number.isFinite(actual) && actual <= limit, actual: `${actual} ${unit}`, limit: `≤ ${limit} ${unit}` });
  const atLeast = (name: string, actual: number, limit: number) =>
    lines.push({ name, pass: Number.isFinite(actual) && actual >= limit, actual: String(actual), limit: `≥ ${limit}` });

  atMost('initial JavaScript of a deep link (gzip)', r.deepLink.initialJsKB, 200, 'KB');
  atMost('deep link: step drawn and details filled (median)', r.deepLink.loadMs.median, 400, 'ms');
  if (r.loadFloor) lines[lines.length - 1].note = `this machine's floor, React alone, ${r.loadFloor.median} ms`;
  for (const [name, s] of Object.entries(r.steps)) {
    const limit = name === 'generated' ? 50 : 16.7;
    // Event Timing is the browser's own key press → next paint; it reports nothing under 16 ms (counted as 0 here).
    atMost(`step change p95, ${name} (${s.flow}), Event Timing`, s.eventTiming.p95, limit, 'ms');
    if (r.floor) lines[lines.length - 1].note = `this machine's floor ${r.floor.eventTiming.p95 || '< 16'} ms`;
    atMost(`step change p95, ${name} (${s.flow}), rAF-based`, s.paint.p95, limit, 'ms');
    if (r.floor) lines[lines.length - 1].note = `this machine's floor ${r.floor.paint.p95} ms`;
  }
  atMost('search query p95, real flows (one frame)', r.search?.real.queryMs.p95 ?? NaN, 16.7, 'ms');
  atMost('search query p95, 500 flows × 50 steps', r.search?.generated?.queryMs.p95 ?? NaN, 50, 'ms');
  atMost('running animations while idle', r.idle.runningAnimations, 0, '');
  atMost('animation frames requested per second while idle', r.idle.framesPerSecondIdle, 0, '');
  lines.push({ name: 'Mermaid not fetched by the canvas view', pass: r.deepLink.mermaidOnCanvas === false, actual: r.deepLink.mermaidOnCanvas ? 'fetched' : 'not fetched', limit: 'not fetched' });
  for (const [page, scores] of Object.entries(r.lighthouse)) {
    atLeast(`Lighthouse performance, ${page}`, scores.performance, 95);
    atLeast(`Lighthouse accessibility, ${page}`, scores.accessibility, 100);
  }
  atMost(`build of ${r.scale.flows} flows × ${r.scale.stepsPerFlow} steps`, Math.round(r.scale.buildMs / 100) / 10, 60, 's');
  atMost(`catalog JavaScript with ${r.scale.flows} flows (gzip)`, r.scale.catalogJsKB, 200, 'KB');
  lines.push({
    name: `catalog lists all ${r.scale.flows} flows`,
    pass: r.scale.flowsListed >= r.scale.flows,
    actual: String(r.scale.flowsListed),
    limit: `≥ ${r.scale.flows}`,
  });
  return lines;
}

export function formatBudgets(lines: BudgetLine[]): string {
  return lines.map((l) => `${l.pass ? 'PASS' : 'FAIL'}  ${l.name}: ${l.actual.trim()} (budget ${l.limit.trim()}${l.note ? `; ${l.note}` : ''})`).join('\n');
}
