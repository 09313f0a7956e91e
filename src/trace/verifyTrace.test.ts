// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowSchema, type Flow, type FlowFile, type Step } from '../flow/schema.ts';
import { readTrace } from './readTrace.ts';
import { traceToFlow } from './traceToFlow.ts';
import { verifyTrace } from './verifyTrace.ts';

const fixture = (name: string) => readFileSync(new URL(`../../scripts/fixtures/traces/${name}`, import.meta.url), 'utf8');

function observedIn(name: string): FlowFile {
  const result = traceToFlow(readTrace(fixture(name)).spans, { system: 'shop', file: name });
  if (!result.ok) throw new Error(result.message);
  return result.flow;
}
const documented = (edit: (steps: Step[]) => Step[] = (s) => s): Flow => {
  const flow = observedIn('two-services.otlp.json');
  return flowSchema.parse({ ...flow, steps: edit(flow.steps as Step[]) });
};
const check = (flow: Flow, trace = 'two-services.jaeger.json') => {
  const observed = observedIn(trace);
  return verifyTrace(flow, { participants: observed.participants, steps: observed.steps as Step[] }, {
    traceName: trace,
    placeOf: (id) => `$.steps[${flow.steps.findIndex((s) => s.id === id)}]`,
  }).map((f) => `${f.place}: ${f.message}`);
};

describe('verifyTrace against the recorded two-service trace', () => {
  it('finds nothing when the flow is what the trace shows (imported from the OTLP file, checked against the Jaeger one)', () => {
    expect(check(documented())).toEqual([]);
  });

  it('reports a documented call the trace does not make, and the call it makes instead', () => {
    const flow = documented((steps) => steps.map((s) => (s.endpoint ? { ...s, endpoint: { method: 'POST', path: '/holds' } } : s)));
    expect(check(flow)).toEqual([
      '$.steps[0]: documented POST /holds (step \'inventory-post-reservations\') not observed in trace two-services.jaeger.json',
      '$.steps: trace two-services.jaeger.json shows POST /reservations (shop-api → inventory), which this flow does not document',
    ]);
  });

  it('reports calls documented in another order than they happen', () => {
    const flow = documented(([request, insert, publish, response]) => [request, publish, insert, response]);
    expect(check(flow)).toEqual([
      '$.steps[2]: documented reservations (step \'sqlite-insert-reservations\') is observed in trace two-services.jaeger.json, but before the calls documented ahead of it',
    ]);
  });

  it('reports a call the flow no longer documents after a step was removed', () => {
    const flow = documented((steps) => steps.filter((s) => s.id !== 'sqlite-insert-reservations'));
    expect(check(flow)).toEqual([
      '$.steps: trace two-services.jaeger.json shows reservations (inventory → sqlite), which this flow does not document',
    ]);
  });

  it('allows repetitions (loops) and takes the outcome at a fork that fits the trace', () => {
    const base = observedIn('two-services.otlp.json');
    const [request, insert, publish, response] = base.steps as Step[];
    const forked = flowSchema.parse({
      ...base,
      steps: [
        request,
        { kind: 'alt', id: 'stock', label: 'Stock', outcomes: [
          { id: 'none', label: 'Out of stock', ends: true, steps: [{ ...response, id: 'refuse' }] },
          { id: 'some', label: 'In stock', steps: [insert, publish] },
        ] },
        response,
      ],
    });
    expect(check(forked)).toEqual([]);
  });
});
