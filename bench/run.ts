/**
 * `npm run bench [-- --check] [-- --quick]`: builds, serves dist/ with gzip on loopback, drives Chromium and writes
 * bench/results.json. A benchmark, never a test: `--check` prints the budgets as PASS/FAIL lines and exits 1 on a
 * FAIL. `--quick` skips the 1,000-flow corpus and Lighthouse and presses fewer keys, for trying a change.
 */
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM_ARGS, chromiumPath } from '../e2e/chromium';
import { validateFlowSources } from '../src/flow/validate';
import { readFlowSources } from '../scripts/flowSources';
import { checkBudgets, formatBudgets, type BenchResults } from './budgets';
import { generateFlow, writeCorpus } from './corpus';
import { lighthouseScores } from './lighthouse';
import { measureCatalog, measureDeepLink, measureIdle, measureSteps } from './measure';
import { measureSearchQueries, measureSearchTyping } from './search';
import { serveDist } from './serve';

const args = new Set(process.argv.slice(2));
const quick = args.has('--quick');
const root = resolve(import.meta.dirname, '..');
const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

function build(outDir: string, flowsDir?: string, appRoot?: string): number {
  const started = performance.now();
  execFileSync('npx', ['vite', 'build', ...(appRoot ? [appRoot] : []), '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, BASE_PATH: '/', ...(flowsDir ? { FLOWS_DIR: flowsDir } : {}) },
  });
  return performance.now() - started;
}

// Typed one key at a time, as readers do: exact endpoints, partial paths, word beginnings, typos.
const REAL_QUERIES = ['POST /teams', 'deploy obj', 'brpop', ':id/heartbeat', 'deplyment objcts', 'build status', 'agent'];
const GENERATED_QUERIES = ['deployment objects', 'heartbeat', '/api/v1/things/12', 'Broker 3', 'evnts', 'fetch target state'];

const realSources = readFlowSources(join(root, 'flows'), root);
const realFlows = validateFlowSources(realSources.flows, realSources.systems).flows;

/** The real flow with the most to draw (participants × steps), where a step change costs most. */
function largestRealFlow(): { id: string; middle: string } {
  const size = (flow: { participants: unknown[]; steps: unknown[] }) => flow.participants.length * flow.steps.length;
  const largest = realFlows.reduce((a, b) => (size(b) > size(a) ? b : a));
  return { id: largest.id, middle: largest.steps[Math.floor(largest.steps.length / 2)].id };
}

const work = join(tmpdir(), 'flow-explorer-bench');
mkdirSync(work, { recursive: true });
const dist = join(work, 'dist');
log('building the explorer…');
build(dist);

const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const site = await serveDist(dist);
const real = largestRealFlow();
const deepLinkUrl = `${site.url}/flows/${real.id}?step=${real.middle}`;
const presses = quick ? 30 : 120;

log(`deep link ${deepLinkUrl.slice(site.url.length)}: ${quick ? 3 : 9} loads from an empty cache…`);
const deepLink = { url: deepLinkUrl.slice(site.url.length), ...(await measureDeepLink(browser, deepLinkUrl, quick ? 3 : 9)) };
log(`step changes on ${real.id}: ${presses} presses…`);
const steps: BenchResults['steps'] = { real: { flow: real.id, ...(await measureSteps(browser, `${site.url}/flows/${real.id}`, presses)) } };
log(`the machine's floor (a page that changes only the text and the URL): ${presses} presses…`);
const floorSite = await serveDist(join(root, 'bench/floor'));
const floor = { flow: 'floor', ...(await measureSteps(browser, `${floorSite.url}/index.html`, presses)) };
await floorSite.close();
log(`the machine's floor for a load (React drawing a node, an edge and a line): ${quick ? 3 : 9} loads…`);
const reactFloorDist = join(work, 'floor-react');
build(reactFloorDist, undefined, 'bench/floor-react');
const reactFloorSite = await serveDist(reactFloorDist);
const loadFloor = (await measureDeepLink(browser, `${reactFloorSite.url}/index.html`, quick ? 3 : 9)).loadMs;
await reactFloorSite.close();
log('search: queries on the real flows, and typing in the palette…');
const search: BenchResults['search'] = {
  real: measureSearchQueries(realFlows, REAL_QUERIES),
  typing: await measureSearchTyping(browser, `${site.url}/`, REAL_QUERIES),
};
if (!quick) {
  log('search: queries on a generated corpus of 500 flows × 50 steps…');
  search.generated = measureSearchQueries(Array.from({ length: 500 }, (_, i) => generateFlow(`flow-${i + 1}`, `system-${(i % 10) + 1}`, 4 + (i % 6), 50, i + 1)), GENERATED_QUERIES);
}
log('idle page…');
const idle = await measureIdle(browser, `${site.url}/flows/${real.id}`);

const NaNRuns = { median: NaN, runs: [] };
let scale: BenchResults['scale'] = { flows: 1000, stepsPerFlow: 50, validateMs: NaN, buildMs: NaN, catalogJsKB: NaN, catalogInteractiveMs: NaNRuns, flowsListed: 0 };
let lighthouse: BenchResults['lighthouse'] = {};
if (!quick) {
  const corpus = join(work, 'corpus');
  log('writing a corpus of 1,000 flows × 50 steps and one of 60 participants × 500 steps…');
  writeCorpus(corpus, 1000, 50, [generateFlow('generated-60x500', 'system-1', 60, 500, 60500)]);
  const validateStarted = performance.now();
  const sources = readFlowSources(corpus, root);
  const validated = validateFlowSources(sources.flows, sources.systems);
  const validateMs = performance.now() - validateStarted;
  if (validated.problems.length > 0) throw new Error(`the generated corpus is invalid: ${validated.problems[0].message}`);
  log('building the corpus…');
  const corpusDist = join(work, 'corpus-dist');
  const buildMs = build(corpusDist, corpus);
  const corpusSite = await serveDist(corpusDist);
  log('catalog of the corpus…');
  const catalog = await measureCatalog(browser, `${corpusSite.url}/`, 5);
  scale = { flows: 1000, stepsPerFlow: 50, validateMs: Math.round(validateMs), buildMs: Math.round(buildMs), catalogJsKB: catalog.catalogJsKB, catalogInteractiveMs: catalog.interactiveMs, flowsListed: catalog.flowsListed };
  log(`step changes on the generated 60 × 500 flow: ${presses} presses…`);
  steps.generated = { flow: 'generated-60x500', ...(await measureSteps(browser, `${corpusSite.url}/flows/generated-60x500`, presses)) };
  await corpusSite.close();
  log('Lighthouse (desktop) on the catalog and a flow page…');
  lighthouse = await lighthouseScores({ catalog: `${site.url}/`, flow: deepLinkUrl });
  rmSync(corpus, { recursive: true, force: true });
}

const results: BenchResults = {
  machine: { cores: availableParallelism(), node: process.version, chromium: browser.version(), date: new Date().toISOString() },
  deepLink,
  steps,
  floor,
  loadFloor,
  idle,
  search,
  scale,
  lighthouse,
};
await site.close();
await browser.close();

mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

const rows: Array<[string, string]> = [
  ['deep link: initial JS (gzip) / total', `${deepLink.initialJsKB} KB / ${deepLink.totalKB} KB`],
  ['deep link: step drawn + details (median)', `${deepLink.loadMs.median} ms (machine floor, React alone: ${loadFloor.median} ms)`],
  ...Object.entries(steps).map(([name, s]): [string, string] => [
    `step change, ${name} (${s.flow})`,
    `next paint p50 ${s.paint.p50} / p95 ${s.paint.p95} ms · whole step p50 ${s.whole.p50} / p95 ${s.whole.p95} ms · Event Timing p50 ${s.eventTiming.p50 || '<16'} / p95 ${s.eventTiming.p95 || '<16'} ms`,
  ]),
  [
    'machine floor (text + URL only)',
    `next paint p50 ${floor.paint.p50} / p95 ${floor.paint.p95} ms · Event Timing p50 ${floor.eventTiming.p50 || '<16'} / p95 ${floor.eventTiming.p95 || '<16'} ms`,
  ],
  ['search: query per keystroke, real flows', `p50 ${search.real.queryMs.p50} / p95 ${search.real.queryMs.p95} ms (${search.real.documents} documents, index ${search.real.indexKB} KB)`],
  ...(search.generated ? [['search: query per keystroke, 500 flows × 50 steps', `p50 ${search.generated.queryMs.p50} / p95 ${search.generated.queryMs.p95} ms (${search.generated.documents} documents)`] as [string, string]] : []),
  ['search: keystroke → next frame in the palette', `p50 ${search.typing.frameMs.p50} / p95 ${search.typing.frameMs.p95} ms`],
  ['idle: running animations / frames per s', `${idle.runningAnimations} / ${idle.framesPerSecondIdle}`],
  ['Mermaid fetched on the canvas view', deepLink.mermaidOnCanvas ? 'yes' : 'no'],
  ['1,000 flows: validate / build', `${scale.validateMs} ms / ${(scale.buildMs / 1000).toFixed(1)} s`],
  ['1,000 flows: catalog JS / interactive', `${scale.catalogJsKB} KB / ${scale.catalogInteractiveMs.median} ms`],
  ...Object.entries(lighthouse).map(([page, s]): [string, string] => [`Lighthouse ${page}`, `perf ${s.performance} · a11y ${s.accessibility} · best practices ${s['best-practices']} · SEO ${s.seo}`]),
];
const width = Math.max(...rows.map(([k]) => k.length));
console.log(rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n'));
console.log(`\nWrote bench/results.json (${results.machine.cores} cores, Node ${results.machine.node}, Chromium ${results.machine.chromium}).`);

if (args.has('--check')) {
  const lines = checkBudgets(results);
  console.log(`\n${formatBudgets(lines)}`);
  const failed = lines.filter((l) => !l.pass).length;
  console.log(failed === 0 ? '\nAll budgets met.' : `\n${failed} budget${failed === 1 ? '' : 's'} not met.`);
  if (failed > 0) process.exitCode = 1;
}

