import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Plugin, ResolvedConfig } from 'vite';
import { buildCrossIndex, relatedOf } from '../src/flow/crossIndex.ts';
import { buildSearchIndex } from '../src/search/searchIndex.ts';
import { layoutFlow } from '../src/flow/layoutFlow.ts';
import type { Flow, Tour } from '../src/flow/schema.ts';
import { orderFlows } from '../src/flow/order.ts';
import { formatProblem } from '../src/flow/problems.ts';
import { flowIdOfFile, validateFlowSources } from '../src/flow/validate.ts';
import { validateTourSources } from '../src/flow/validateTours.ts';
import { createElkPool, type ElkPool } from './elkPool.ts';
import { flowPageAssets, flowPageHtml, type Manifest } from './flowPages.ts';
import { readFlowSources, readTourSources } from './flowSources.ts';

const ID = 'virtual:flows';
const RESOLVED = `\0${ID}`;
// The tours, in a module of their own: only the tour pages and a flow seen inside a tour download them.
const TOURS_ID = 'virtual:tours';
const RESOLVED_TOURS = `\0${TOURS_ID}`;
// The cross-flow index (endpoints, tables, state machines), built here: only the index pages download it.
const INDEX_ID = 'virtual:index';
const RESOLVED_INDEX = `\0${INDEX_ID}`;
// The flows' summaries, for the catalog page only: a deep link needs the titles, not 60 paragraphs.
const SUMMARIES_ID = 'virtual:summaries';
const RESOLVED_SUMMARIES = `\0${SUMMARIES_ID}`;
// The search palette's index, built here: downloaded when the palette is first opened.
const SEARCH_ID = 'virtual:search';
const RESOLVED_SEARCH = `\0${SEARCH_ID}`;
// One module per flow: the validated flow and its layout, computed here so the reader's browser never lays out.
const FLOW_PREFIX = 'virtual:flow/';
// Speaker notes, in a chunk of their own: only presenter mode and the presenter window read them, so a deep link from
// the docs never downloads them.
const NOTES_PREFIX = 'virtual:notes/';
const RESOLVED_FLOW_PREFIX = `\0${FLOW_PREFIX}`;

/** A tour as the browser needs it: each stop with its flow's title and system and its range as step numbers. */
function tourEntry(tour: Tour, flows: Flow[]) {
  return {
    id: tour.id,
    title: tour.title,
    intro: tour.intro,
    stops: tour.stops.map((stop) => {
      const flow = flows.find((f) => f.id === stop.flow)!;
      const at = (id: string | undefined, fallback: number) => (id === undefined ? fallback : flow.steps.findIndex((s) => s.id === id));
      const first = at(stop.from, 0);
      const last = at(stop.to, flow.steps.length - 1);
      return { ...stop, title: flow.title, system: flow.system, stepCount: flow.steps.length, first: first + 1, last: last + 1, stepIds: flow.steps.slice(first, last + 1).map((s) => s.id) };
    }),
  };
}

/**
 * Validates flows/ with the same rules as `npm run validate` and serves them as `virtual:flows`: the catalog
 * (small, eager) and one lazy chunk per flow with its precomputed layout, so a deep link downloads only the flow
 * it shows.
 * A build with invalid flows fails; the dev server shows the problems in the page instead.
 */
export function flowsPlugin(options: { dir?: string } = {}): Plugin {
  let config: ResolvedConfig;
  let dir = '';
  // A build validates once, in configResolved, and serves that result; the dev server re-reads on every load.
  let built: ReturnType<typeof readAndValidate> | undefined;
  const readAndValidate = () => {
    const sources = readFlowSources(dir, config.root);
    const result = validateFlowSources(sources.flows, sources.systems);
    const tourSources = readTourSources(dir, config.root);
    const tours = validateTourSources(tourSources, result.flows);
    return { sources: { ...sources, tours: tourSources }, result: { ...result, problems: [...result.problems, ...tours.problems], tours: tours.tours } };
  };
  // A build lays out every flow at once, on all cores; the dev server lays out the one flow it is asked for.
  let pool: ElkPool | undefined;
  // Built once per build (every flow's "Also in" needs it); the dev server builds it per flow it serves.
  let crossIndex: ReturnType<typeof buildCrossIndex> | undefined;
  return {
    name: 'flow-explorer:flows',
    buildStart() {
      if (config.command === 'build') pool ??= createElkPool();
    },
    async buildEnd() {
      await pool?.close();
      pool = undefined;
    },
    // Once the bundle is written: a page per flow (scripts/flowPages.ts), from index.html and the bundle's manifest.
    closeBundle() {
      if (config.command !== 'build' || !built) return;
      const out = resolve(config.root, config.build.outDir);
      const manifestFile = join(out, typeof config.build.manifest === 'string' ? config.build.manifest : '.vite/manifest.json');
      if (!existsSync(manifestFile) || !existsSync(join(out, 'index.html'))) return;
      const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as Manifest;
      const index = readFileSync(join(out, 'index.html'), 'utf8');
      mkdirSync(join(out, 'flows'), { recursive: true });
      for (const flow of built.result.flows) {
        writeFileSync(join(out, 'flows', `${flow.id}.html`), flowPageHtml(index, flow, flowPageAssets(manifest, flow.id), config.base));
      }
    },
    configResolved(resolved) {
      config = resolved;
      dir = resolve(config.root, options.dir ?? 'flows');
      if (config.command !== 'build') return;
      // A build validates once, before the bundler starts: a broken flow ends it with the validator's report and
      // exit code 1, and nothing after it (no bundler stack trace burying the lines that matter).
      built = readAndValidate();
      const { problems } = built.result;
      if (problems.length > 0) {
        process.stderr.write(`${problems.map(formatProblem).join('\n')}\n\nThe build stopped: flows/ has ${problems.length} problem${problems.length === 1 ? '' : 's'} (npm run validate lists the same).\n`);
        process.exit(1);
      }
    },
    resolveId(id) {
      if (id === ID) return RESOLVED;
      if (id === TOURS_ID) return RESOLVED_TOURS;
      if (id === INDEX_ID) return RESOLVED_INDEX;
      if (id === SEARCH_ID) return RESOLVED_SEARCH;
      if (id === SUMMARIES_ID) return RESOLVED_SUMMARIES;
      if (id.startsWith(FLOW_PREFIX) || id.startsWith(NOTES_PREFIX)) return `\0${id}`;
      return undefined;
    },
    async load(id) {
      if (id.startsWith(RESOLVED_FLOW_PREFIX)) {
        const flowId = id.slice(RESOLVED_FLOW_PREFIX.length);
        const { sources, result } = built ?? readAndValidate();
        const source = sources.flows.find((s) => flowIdOfFile(s.file) === flowId);
        if (source) this.addWatchFile(resolve(config.root, source.file));
        const flow = result.flows.find((f) => f.id === flowId);
        if (!flow) return 'export default undefined;';
        if (!built) crossIndex = undefined;
        crossIndex ??= buildCrossIndex(result.flows);
        const hasNotes = flow.steps.some((s) => s.notes);
        const shown = { ...flow, steps: flow.steps.map(({ notes: _, ...step }) => step) };
        const data = JSON.stringify({ flow: shown, layout: await layoutFlow(flow, pool?.layout), related: relatedOf(crossIndex, flow) });
        return hasNotes ? `export default { ...${data}, notes: () => import(${JSON.stringify(NOTES_PREFIX + flowId)}).then((m) => m.default) };` : `export default ${data};`;
      }
      if (id.startsWith(`\0${NOTES_PREFIX}`)) {
        const flowId = id.slice(NOTES_PREFIX.length + 1);
        const { result } = built ?? readAndValidate();
        const flow = result.flows.find((f) => f.id === flowId);
        return `export default ${JSON.stringify(Object.fromEntries((flow?.steps ?? []).filter((s) => s.notes).map((s) => [s.id, s.notes])))};`;
      }
      if (id === RESOLVED_TOURS) {
        const { sources, result } = built ?? readAndValidate();
        for (const f of sources.tours) this.addWatchFile(resolve(config.root, f.file));
        // Tours across several systems (a first day) lead; then by title.
        const systemsOf = (t: Tour) => new Set(t.stops.map((s) => result.flows.find((f) => f.id === s.flow)?.system)).size;
        const ordered = [...result.tours].sort((a, b) => systemsOf(b) - systemsOf(a) || a.title.localeCompare(b.title));
        return `export const tours = ${JSON.stringify(ordered.map((t) => tourEntry(t, result.flows)))};`;
      }
      if (id === RESOLVED_SUMMARIES) {
        const { sources, result } = built ?? readAndValidate();
        for (const f of sources.flows) this.addWatchFile(resolve(config.root, f.file));
        // Pairs for a Map: a flow id such as "__proto__" is an ordinary key there.
        return `export const summaries = new Map(${JSON.stringify(result.flows.map((f) => [f.id, f.summary]))});`;
      }
      if (id === RESOLVED_INDEX || id === RESOLVED_SEARCH) {
        const { sources, result } = built ?? readAndValidate();
        for (const f of sources.flows) this.addWatchFile(resolve(config.root, f.file));
        if (!built) crossIndex = undefined;
        crossIndex ??= buildCrossIndex(result.flows);
        if (id === RESOLVED_INDEX) return `export const index = ${JSON.stringify(crossIndex)};`;
        // JSON.parse of a string literal: faster for the browser to read than the same data as an object literal.
        return `export const searchIndex = JSON.parse(${JSON.stringify(JSON.stringify(buildSearchIndex(result.flows, crossIndex)))});`;
      }
      if (id !== RESOLVED) return undefined;
      const { sources, result } = built ?? readAndValidate();
      const { flows } = sources;
      this.addWatchFile(join(dir, 'systems.json'));
      for (const f of [...flows, ...sources.tours]) this.addWatchFile(resolve(config.root, f.file));
      const problems = result.problems.map(formatProblem);
      if (problems.length > 0) config.logger.error(`flows/ has ${problems.length} problem(s):\n${problems.join('\n')}`);
      const catalog = orderFlows(result.systems?.systems ?? [], result.flows).map((f) => ({
        id: f.id, system: f.system, title: f.title, stepCount: f.steps.length, illustrative: f.illustrative === true,
      }));
      const loaders = result.flows
        .map((f) => `  [${JSON.stringify(f.id)}, () => import(${JSON.stringify(FLOW_PREFIX + f.id)}).then((m) => m.default)],`)
        .join('\n');
      return [
        `export const problems = ${JSON.stringify(problems)};`,
        `export const systems = ${JSON.stringify(result.systems?.systems ?? [])};`,
        `export const catalog = ${JSON.stringify(catalog)};`,
        `export const tourCount = ${result.tours.length};`,
        // A Map, not an object: a flow id such as "constructor" or "__proto__" can never find an inherited property.
        `export const loaders = new Map([\n${loaders}\n]);`,
      ].join('\n');
    },
    configureServer(server) {
      // A flow edited, added or removed: re-validate and reload, so the page never shows stale content.
      server.watcher.add(dir);
      const refresh = (file: string) => {
        if (!file.startsWith(dir) || !file.endsWith('.json')) return;
        for (const [id, mod] of server.moduleGraph.idToModuleMap) {
          if (id === RESOLVED || id === RESOLVED_TOURS || id === RESOLVED_INDEX || id === RESOLVED_SEARCH || id === RESOLVED_SUMMARIES || id.startsWith(RESOLVED_FLOW_PREFIX) || id.startsWith(`\0${NOTES_PREFIX}`)) server.moduleGraph.invalidateModule(mod);
        }
        server.ws.send({ type: 'full-reload' });
      };
      server.watcher.on('add', refresh);
      server.watcher.on('unlink', refresh);
      server.watcher.on('change', refresh);
    },
  };
}
