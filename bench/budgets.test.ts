import { describe, expect, it } from 'vitest';
import { checkBudgets, formatBudgets, type BenchResults } from './budgets';

const good: BenchResults = {
  machine: { cores: 2, node: 'v20', chromium: '1', date: '2026-11-23' },
  deepLink: { url: '/flows/x', initialJsKB: 185, totalKB: 194, loadMs: { median: 300, runs: [300] }, mermaidOnCanvas: false },
  steps: {
    real: { flow: 'x', presses: 120, paint: { p50: 9, p95: 15, max: 20 }, whole: { p50: 20, p95: 30, max: 40 }, eventTiming: { p50: 0, p95: 0, over16: 0 } },
    generated: { flow: 'g', presses: 120, paint: { p50: 20, p95: 45, max: 60 }, whole: { p50: 40, p95: 80, max: 90 }, eventTiming: { p50: 16, p95: 48, over16: 80 } },
  },
  idle: { runningAnimations: 0, framesPerSecondIdle: 0 },
  search: {
    real: { flows: 38, documents: 2000, buildMs: 300, indexKB: 600, loadMs: 20, queries: 60, queryMs: { p50: 1, p95: 5, max: 9 } },
    generated: { flows: 500, documents: 60000, buildMs: 9000, indexKB: 20000, loadMs: 900, queries: 80, queryMs: { p50: 9, p95: 40, max: 60 } },
    typing: { keystrokes: 60, frameMs: { p50: 10, p95: 20, max: 30 } },
  },
  scale: { flows: 1000, stepsPerFlow: 50, validateMs: 2500, buildMs: 45_000, catalogJsKB: 150, catalogInteractiveMs: { median: 500, runs: [500] }, flowsListed: 1000 },
  lighthouse: { catalog: { performance: 100, accessibility: 100, 'best-practices': 100, seo: 100, lcpMs: 500, tbtMs: 0 } },
};

describe('checkBudgets', () => {
  it('passes results within every budget, one line per budget', () => {
    const lines = checkBudgets(good);
    expect(lines.every((l) => l.pass)).toBe(true);
    expect(lines.map((l) => l.name)).toContain('step change p95, generated (g), Event Timing');
    expect(formatBudgets(lines).split('\n')[0]).toBe('PASS  initial JavaScript of a deep link (gzip): 185 KB (budget ≤ 200 KB)');
  });

  it('fails each budget that is exceeded, and anything not measured', () => {
    const bad: BenchResults = structuredClone(good);
    bad.steps.real.paint.p95 = 16.8;
    bad.steps.generated.paint.p95 = 49;
    bad.idle.runningAnimations = 1;
    bad.lighthouse.catalog.accessibility = 98;
    bad.scale.buildMs = NaN;
    bad.search!.generated!.queryMs.p95 = 51;
    const failed = checkBudgets(bad).filter((l) => !l.pass).map((l) => l.name);
    expect(failed).toEqual([
      'step change p95, real (x), rAF-based',
      'search query p95, 500 flows × 50 steps',
      'running animations while idle',
      'Lighthouse accessibility, catalog',
      'build of 1000 flows × 50 steps',
    ]);
  });

  it("sets each step-change line beside this machine's floor for the same measure, when it was measured", () => {
    const withFloor: BenchResults = { ...structuredClone(good), floor: { flow: 'floor', presses: 120, paint: { p50: 8, p95: 17.2, max: 30 }, whole: { p50: 8, p95: 17.2, max: 30 }, eventTiming: { p50: 16, p95: 24, over16: 70 } } };
    const report = formatBudgets(checkBudgets(withFloor)).split('\n');
    expect(report).toContain("PASS  step change p95, real (x), rAF-based: 15 ms (budget ≤ 16.7 ms; this machine's floor 17.2 ms)");
    expect(report).toContain("PASS  step change p95, generated (g), Event Timing: 48 ms (budget ≤ 50 ms; this machine's floor 24 ms)");
    expect(formatBudgets(checkBudgets(good))).not.toContain('floor');
  });

  it("sets the load line beside this machine's floor for a React page, when it was measured", () => {
    const slow: BenchResults = { ...structuredClone(good), loadFloor: { median: 360, runs: [360] } };
    slow.deepLink.loadMs.median = 1000;
    expect(formatBudgets(checkBudgets(slow)).split('\n')).toContain(
      "FAIL  deep link: step drawn and details filled (median): 1000 ms (budget ≤ 400 ms; this machine's floor, React alone, 360 ms)",
    );
  });
});
