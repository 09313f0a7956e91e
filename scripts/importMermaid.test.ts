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
import { NotASequenceDiagramError, parseSequenceDiagram, SequenceSyntaxError } from './mermaidNode.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const FIXTURE = 'scripts/fixtures/dokkerr-data-flow.md';
const IMPORTED = ['dokkerr-request-flow', 'dokkerr-event-publishing', 'dokkerr-authentication-flow'];
const GRAPH_BLOCK_LINES = [38, 52, 82, 122, 141, 163, 208, 230, 251];
// Each run starts tsx and loads Mermaid: about two seconds, more on a busy machine.
const CLI_TIMEOUT = 30_000;

function importMermaid(...args: string[]) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/importMermaid.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  const lines = `${run.stdout}\n${run.stderr}`.split('\n').filter((l) => l !== '' && !l.startsWith('npm warn'));
  return { status: run.status, lines };
}

let out: string;
const shown = (file: string) => relative(ROOT, join(out, file));
const flowAt = (id: string): Flow => JSON.parse(readFileSync(join(out, `${id}.json`), 'utf8'));

beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'import-mermaid-'));
  copyFileSync(join(ROOT, 'flows/systems.json'), join(out, 'systems.json'));
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

// Each case starts Node with tsx and Mermaid's parser: seconds on a busy machine.
describe('npm run import-mermaid on the Dokkerr data-flow document', { timeout: 60_000 }, () => {
  it('writes one valid flow per sequence diagram and reports the graph blocks', () => {
    const { status, lines } = importMermaid(FIXTURE, '--system', 'dokkerr', '--out', out);
    expect(lines).toEqual(expect.arrayContaining([
      `${FIXTURE}:9: wrote ${shown('dokkerr-request-flow.json')} (7 participants, 14 steps)`,
      ...GRAPH_BLOCK_LINES.map((line) => `${FIXTURE}:${line}: not a sequenceDiagram but a flowchart: skipped`),
    ]));
    expect(lines).toContain('imported 3 flows, skipped 9 blocks');
    expect(status).toBe(0);

    const { flows, systems } = readFlowSources(out, ROOT);
    const result = validateFlowSources(flows, systems);
    // The copied systems.json lists the repository's flows in order, which this directory does not have.
    expect(result.problems.filter((p) => p.file !== systems.file)).toEqual([]);
    expect(result.flows.map((f) => f.id).sort()).toEqual([...IMPORTED].sort());
  }, CLI_TIMEOUT);

  it('maps the Request Flow participant by participant and message by message', () => {
    const flow = flowAt('dokkerr-request-flow');
    expect(flow).toMatchObject({
      system: 'dokkerr', title: 'Request Flow', illustrative: true,
      summary: `Imported from ${FIXTURE} (line 9). Describe what a reader learns here.`,
      source: { document: 'dokkerr-data-flow.md', section: 'Request Flow' },
    });
    expect(flow.participants.map((p) => [p.id, p.label, p.kind])).toEqual([
      ['client', 'Client', 'service'], ['load-balancer', 'Load Balancer', 'service'], ['api-gateway', 'API Gateway', 'service'], ['auth-service', 'Auth Service', 'service'],
      ['service', 'Service', 'service'], ['redis-cache', 'Redis Cache', 'service'], ['database', 'Database', 'service'],
    ]);
    expect(flow.steps).toHaveLength(14);
    expect(flow.steps[0]).toEqual({ id: 'http-request', from: 'client', to: 'load-balancer', kind: 'request', label: 'HTTP Request' });
    expect(flow.steps.map((s) => s.kind)).toEqual([
      'request', 'request', 'request', 'request', 'response', 'response', 'request',
      'request', 'response', 'request', 'response', 'request', 'response', 'response',
    ]);
    expect(flow.steps.at(-1)).toEqual({ id: 'http-response', from: 'api-gateway', to: 'client', kind: 'response', label: 'HTTP Response' });
  });

  it('maps Event Publishing and the Authentication Flow', () => {
    const events = flowAt('dokkerr-event-publishing');
    expect(events.participants.map((p) => p.label)).toEqual(['Service', 'Event Bus', 'Event Handlers', 'Database', 'Notifications']);
    expect(events.steps.map((s) => [s.id, s.from, s.to, s.kind])).toEqual([
      ['publish-event', 'service', 'event-bus', 'request'], ['route-event', 'event-bus', 'event-handlers', 'request'], ['update-state', 'event-handlers', 'database', 'request'], ['send-notifications', 'event-handlers', 'notifications', 'request'],
    ]);
    const auth = flowAt('dokkerr-authentication-flow');
    expect(auth.participants.map((p) => [p.id, p.label])).toEqual([['user', 'User'], ['auth-service', 'Auth Service'], ['database', 'Database'], ['token-service', 'Token Service']]);
    expect(auth.steps.map((s) => s.kind)).toEqual(['request', 'request', 'response', 'request', 'response', 'response']);
  });

  it('never overwrites: a second run reports each clash and writes nothing', () => {
    const before = IMPORTED.map((id) => statSync(join(out, `${id}.json`)).mtimeMs);
    const { status, lines } = importMermaid(FIXTURE, '--system', 'dokkerr', '--out', out);
    expect(lines).toContain(`${FIXTURE}:9: flow 'dokkerr-request-flow' exists at ${shown('dokkerr-request-flow.json')}: skipped (use --force to overwrite)`);
    expect(lines.filter((l) => l.includes('(use --force to overwrite)'))).toHaveLength(3);
    expect(lines).toContain('imported 0 flows, skipped 12 blocks');
    expect(status).toBe(1);
    expect(IMPORTED.map((id) => statSync(join(out, `${id}.json`)).mtimeMs)).toEqual(before);
  }, CLI_TIMEOUT);

  it('overwrites with --force', () => {
    const file = join(out, 'dokkerr-request-flow.json');
    const imported = readFileSync(file, 'utf8');
    writeFileSync(file, '{ "edited": true }\n');
    const { status, lines } = importMermaid(FIXTURE, '--system', 'dokkerr', '--out', out, '--force');
    expect(lines).toContain('imported 3 flows, skipped 9 blocks');
    expect(status).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe(imported);
    expect(imported.endsWith('}\n')).toBe(true);
  }, CLI_TIMEOUT);
});

describe('npm run import-mermaid, other inputs', { timeout: 60_000 }, () => {
  it('imports a .mmd file under its file name and reports a broken one at the line Mermaid names', () => {
    writeFileSync(join(out, 'agent-heartbeat.mmd'), 'sequenceDiagram\n  actor Op as Operator\n  Op-)Broker: Heartbeat\n');
    writeFileSync(join(out, 'broken.mmd'), '%% a comment\nsequenceDiagram\n  A->>B: ok\n  A->>: who?\n');
    const { status, lines } = importMermaid(join(out, 'agent-heartbeat.mmd'), join(out, 'broken.mmd'), '--system', 'brokkr', '--out', out);
    expect(lines).toContain(`${shown('broken.mmd')}:1: Mermaid cannot parse this sequenceDiagram: line 4: Expecting '+', '-', '()', 'ACTOR', got 'TXT'`);
    expect(status).toBe(1);
    expect(flowAt('brokkr-agent-heartbeat')).toMatchObject({
      title: 'agent-heartbeat',
      participants: [{ id: 'operator', label: 'Operator', kind: 'actor' }, { id: 'broker', label: 'Broker', kind: 'service' }],
      steps: [{ id: 'heartbeat', from: 'operator', to: 'broker', kind: 'async' }],
    });
  }, CLI_TIMEOUT);

  it('names the known systems when --system is unknown', () => {
    const { status, lines } = importMermaid(FIXTURE, '--system', 'dokker', '--out', out);
    expect(lines[0]).toBe(`unknown system "dokker" (did you mean "dokkerr"?); systems in ${shown('systems.json')}: brokkr, kubeorch, kanban, dokkerr`);
    expect(status).toBe(2);
  }, CLI_TIMEOUT);
});

describe('parseSequenceDiagram', () => {
  it('reads participants and messages with Mermaid, keeping entity codes as written', async () => {
    const diagram = await parseSequenceDiagram('sequenceDiagram\n  actor U as User#59; admin\n  U->>API: Save#59; then<br/>reply\n  Note over API: skipped by the mapping\n');
    expect(diagram.participants).toEqual([{ name: 'U', label: 'User#59; admin', isActor: true }, { name: 'API', label: 'API', isActor: false }]);
    expect(diagram.messages).toEqual([
      { from: 'U', to: 'API', text: 'Save#59; then<br/>reply', lineType: 0 },
      { from: 'API', to: 'API', text: 'skipped by the mapping', lineType: 2 },
    ]);
  }, CLI_TIMEOUT);

  it('tells another diagram type from a broken sequence diagram', async () => {
    await expect(parseSequenceDiagram('graph TD\n  A --> B\n')).rejects.toThrow(NotASequenceDiagramError);
    const broken = parseSequenceDiagram('sequenceDiagram\n  A->>: x\n');
    await expect(broken).rejects.toThrow(SequenceSyntaxError);
    await expect(broken).rejects.toMatchObject({ line: 2, message: expect.stringContaining("Expecting '+', '-', '()', 'ACTOR', got 'TXT'") });
  });
});
