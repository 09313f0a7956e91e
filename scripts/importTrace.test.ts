// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Flow } from '../src/flow/schema.ts';
import { validateFlowSources } from '../src/flow/validate.ts';
import { readFlowSources } from './flowSources.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OTLP = 'scripts/fixtures/traces/two-services.otlp.json';
const JAEGER = 'scripts/fixtures/traces/two-services.jaeger.json';
// Each run starts tsx: about a second, more on a busy machine.
const CLI_TIMEOUT = 30_000;

function importTrace(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/importTrace.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
  return { status: run.status, lines };
}

let out: string;
const shown = (file: string) => relative(ROOT, join(out, file));
const flowAt = (id: string): Flow => JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'));
const writeTrace = (name: string, value: unknown) => {
  writeFileSync(join(out, name), typeof value === 'string' ? value : JSON.stringify(value));
  return shown(name);
};

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'import-trace-'));
  copyFileSync(join(ROOT, 'flows/systems.json'), join(out, 'systems.json'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run import-trace on the recorded traces', () => {
  it('writes one valid flow, pretty-printed, with its source', () => {
    const { status, lines } = importTrace(OTLP, '--system', 'kanban', '--out', out);
    expect(lines).toEqual([`${OTLP}: wrote ${shown('kanban-shop-api-post-orders.json')} (3 participants, 4 steps)`]);
    expect(status).toBe(0);
    const text = readFileSync(join(out, 'kanban-shop-api-post-orders.json'), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(flowAt('kanban-shop-api-post-orders')).toMatchObject({
      system: 'kanban', title: 'shop-api: POST /orders',
      source: { document: 'two-services.otlp.json', section: expect.stringMatching(/^trace [0-9a-f]{32}$/) },
    });
    const { flows, systems } = readFlowSources(out, ROOT);
    const result = validateFlowSources(flows, systems);
    expect(result.problems.filter((p) => p.file !== systems.file)).toEqual([]);
  }, CLI_TIMEOUT);

  it('never overwrites without --force, and gives the same file again with it', () => {
    const file = join(out, 'kanban-shop-api-post-orders.json');
    const imported = readFileSync(file, 'utf8');
    const before = statSync(file).mtimeMs;
    const refused = importTrace(OTLP, '--system', 'kanban', '--out', out);
    expect(refused.lines).toEqual([`${OTLP}: flow 'kanban-shop-api-post-orders' exists at ${shown('kanban-shop-api-post-orders.json')}: not written (use --force to overwrite, or --id to name another flow)`]);
    expect(refused.status).toBe(1);
    expect(statSync(file).mtimeMs).toBe(before);

    writeFileSync(file, '{ "edited": true }\n');
    const forced = importTrace(OTLP, '--system', 'kanban', '--out', out, '--force');
    expect(forced.status).toBe(0);
    expect(forced.lines[0]).toMatch(/, overwriting the previous file$/);
    expect(readFileSync(file, 'utf8')).toBe(imported);
  }, CLI_TIMEOUT * 2);

  it('imports the Jaeger JSON of the same trace, under the id --id names, into the same steps', () => {
    const { status } = importTrace(JAEGER, '--system', 'kanban', '--id', 'kanban-checkout', '--out', out);
    expect(status).toBe(0);
    expect(flowAt('kanban-checkout').steps).toEqual(flowAt('kanban-shop-api-post-orders').steps);
    expect(flowAt('kanban-checkout').source.document).toBe('two-services.jaeger.json');
  }, CLI_TIMEOUT);
});

describe('npm run import-trace, problems', () => {
  it('reports an unknown format, a broken parent link and a trace with no cross-service span in one line each', () => {
    const unknown = writeTrace('zipkin.json', [{ traceId: 'a', id: 'b', name: 'get' }]);
    expect(importTrace(unknown, '--system', 'kanban', '--out', out)).toEqual({ status: 1, lines: [
      `${unknown}: $ (the whole file): unknown trace format: expected OTLP/JSON ({"resourceSpans": [...]}, or one such object per line) or Jaeger JSON ({"data": [{"spans": [...], "processes": {...}}]})`,
      `${unknown}: not imported: 1 problem in the trace`,
    ] });

    const jaeger = JSON.parse(readFileSync(join(ROOT, JAEGER), 'utf8'));
    const span = jaeger.data[0].spans.find((s: { operationName: string }) => s.operationName === 'INSERT reservations');
    span.references[0].spanID = '00000000000000ff';
    const broken = writeTrace('broken.json', jaeger);
    const { status, lines } = importTrace(broken, '--system', 'kanban', '--out', out);
    expect(lines).toEqual([
      `${broken}: span ${span.spanID}: broken parent link: parent span 00000000000000ff is not in trace ${span.traceID} (was it dropped or sampled out?)`,
      `${broken}: not imported: 1 problem in the trace`,
    ]);
    expect(status).toBe(1);

    const lonely = writeTrace('lonely.json', { data: [{ traceID: 'ab', processes: { p1: { serviceName: 'api' } }, spans: [{ traceID: 'ab', spanID: '01', operationName: 'GET /health', references: [], startTime: 1, duration: 2, processID: 'p1', tags: [{ key: 'span.kind', type: 'string', value: 'server' }] }] }] });
    expect(importTrace(lonely, '--system', 'kanban', '--out', out)).toEqual({ status: 1, lines: [
      `${lonely}: no span crosses from one service to another (no client span answered by another service, no database call, no published message): nothing to import`,
    ] });
  }, CLI_TIMEOUT * 3);

  it('exits 2 on a usage error, naming the known systems', () => {
    const missing = importTrace(OTLP, '--out', out);
    expect(missing.lines[0]).toBe('--system is required: the system the imported flows belong to');
    expect(missing.status).toBe(2);
    const unknown = importTrace(OTLP, '--system', 'kanbn', '--out', out);
    expect(unknown.lines[0]).toBe(`unknown system "kanbn" (did you mean "kanban"?); systems in ${shown('systems.json')}: brokkr, kubeorch, kanban, dokkerr`);
    expect(unknown.status).toBe(2);
  }, CLI_TIMEOUT * 2);
});
