// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flowSchema, type Step } from '../src/flow/schema.ts';
import { readTrace } from '../src/trace/readTrace.ts';
import { traceToFlow } from '../src/trace/traceToFlow.ts';
import { verifyTrace } from '../src/trace/verifyTrace.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
let out: string;

/** A fresh run of the two services under the OpenTelemetry SDK, not the committed files: the SDK's output today. */
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'record-trace-'));
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/fixtures/traces/record.ts'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, RECORD_OUT: out } });
  expect(run.status, run.stderr).toBe(0);
}, 60_000);
afterAll(() => rmSync(out, { recursive: true, force: true }));

const imported = (name: string) => {
  const { spans, problems } = readTrace(readFileSync(join(out, name), 'utf8'));
  expect(problems).toEqual([]);
  const result = traceToFlow(spans, { system: 'shop', file: name });
  if (!result.ok) throw new Error(result.message);
  return result.flow;
};

describe('a trace recorded now with the OpenTelemetry JS SDK', () => {
  it.each(['two-services.otlp.json', 'two-services.jaeger.json'])('%s imports as the two services, their endpoint, table and queue, in order', (name) => {
    const flow = imported(name);
    expect(flow.participants.map((p) => `${p.id}:${p.kind}`)).toEqual(['shop-api:service', 'inventory:service', 'sqlite:database']);
    expect((flow.steps as Step[]).map((s) => [s.from, s.to, s.kind, s.endpoint && `${s.endpoint.method} ${s.endpoint.path}`, s.tables?.map((t) => `${t.operation} ${t.name}`).join()])).toEqual([
      ['shop-api', 'inventory', 'request', 'POST /reservations', undefined],
      ['inventory', 'sqlite', 'request', undefined, 'insert reservations'],
      ['inventory', 'shop-api', 'async', undefined, 'insert reservation.created'],
      ['inventory', 'shop-api', 'response', undefined, undefined],
    ]);
  });

  it('verifies clean against the flow imported from the committed fixture', () => {
    const committed = traceToFlow(readTrace(readFileSync(join(ROOT, 'scripts/fixtures/traces/two-services.otlp.json'), 'utf8')).spans, { system: 'shop', file: 'two-services.otlp.json' });
    if (!committed.ok) throw new Error(committed.message);
    const fresh = imported('two-services.otlp.json');
    expect(verifyTrace(flowSchema.parse(committed.flow), { participants: fresh.participants, steps: fresh.steps as Step[] }, { traceName: 'fresh', placeOf: () => '$.steps' })).toEqual([]);
  });
});
