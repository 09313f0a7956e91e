// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WHOLE_FILE } from '../flow/problems.ts';
import { readTrace, type TraceSpan } from './readTrace.ts';

const fixture = (name: string) => readFileSync(new URL(`../../scripts/fixtures/traces/${name}`, import.meta.url), 'utf8');
const shape = (spans: TraceSpan[]) =>
  spans.map((s) => [s.service, s.kind, s.name]).sort((a, b) => a.join().localeCompare(b.join()));

const otlpSpan = (spanId: string, more: Record<string, unknown> = {}) => ({
  traceId: '0af7651916cd43dd8448eb211c80319c', spanId, name: `span ${spanId}`, kind: 2,
  startTimeUnixNano: '1700000000000000000', endTimeUnixNano: '1700000000100000000', ...more,
});
const otlp = (spans: unknown[], service: string | null = 'api') =>
  JSON.stringify({ resourceSpans: [{ resource: { attributes: service ? [{ key: 'service.name', value: { stringValue: service } }] : [] }, scopeSpans: [{ spans }] }] });

describe('readTrace on the recorded fixtures', () => {
  it('reads the OTLP/JSON the SDK serialised: services, kinds, attributes, parents, nanosecond times', () => {
    const { format, spans, problems } = readTrace(fixture('two-services.otlp.json'));
    expect(problems).toEqual([]);
    expect(format).toBe('otlp');
    expect(shape(spans)).toEqual([
      ['inventory', 'client', 'INSERT reservations'], ['inventory', 'producer', 'publish reservation.created'], ['inventory', 'server', 'POST /reservations'],
      ['shop-api', 'client', 'POST'], ['shop-api', 'consumer', 'process reservation.created'], ['shop-api', 'server', 'POST /orders'],
    ]);
    const server = spans.find((s) => s.name === 'POST /reservations')!;
    const client = spans.find((s) => s.name === 'POST')!;
    expect(server.parentSpanId).toBe(client.spanId);
    expect(server.attributes).toMatchObject({ 'http.request.method': 'POST', 'http.route': '/reservations', 'http.response.status_code': 201 });
    expect(server.resource).toMatchObject({ 'telemetry.sdk.language': 'nodejs' });
    expect(server.resource['service.name']).toBeUndefined();
    expect(typeof server.startNs).toBe('bigint');
    expect(server.endNs > server.startNs).toBe(true);
    expect(spans.filter((s) => s.parentSpanId === undefined).map((s) => s.name)).toEqual(['POST /orders']);
  });

  it('reads the Jaeger JSON of the same trace into the same spans, times in microseconds × 1000', () => {
    const jaeger = readTrace(fixture('two-services.jaeger.json'));
    const otlpTrace = readTrace(fixture('two-services.otlp.json'));
    expect(jaeger.problems).toEqual([]);
    expect(jaeger.format).toBe('jaeger');
    const strip = (s: TraceSpan) => ({ ...s, startNs: s.startNs / 1000n, endNs: undefined, attributes: { ...s.attributes, 'otel.scope.name': undefined, 'otel.scope.version': undefined } });
    expect(jaeger.spans.map(strip)).toEqual(otlpTrace.spans.map(strip));
    expect(jaeger.spans.every((s) => s.startNs % 1000n === 0n)).toBe(true);
  });

  it('reads the Collector file exporter\'s format: one OTLP/JSON object per line', () => {
    const whole = JSON.parse(fixture('two-services.otlp.json'));
    const lines = whole.resourceSpans.map((rs: unknown) => JSON.stringify({ resourceSpans: [rs] })).join('\n');
    const { format, spans, problems } = readTrace(`${lines}\n`);
    expect(problems).toEqual([]);
    expect(format).toBe('otlp');
    expect(shape(spans)).toEqual(shape(readTrace(fixture('two-services.otlp.json')).spans));
  });
});

describe('readTrace, formats and problems', () => {
  it('accepts kinds as numbers or SPAN_KIND_* names and every attribute value type', () => {
    const { spans, problems } = readTrace(otlp([
      otlpSpan('00f067aa0ba902b7', { kind: 'SPAN_KIND_PRODUCER', attributes: [
        { key: 's', value: { stringValue: 'x' } }, { key: 'i', value: { intValue: '42' } }, { key: 'b', value: { boolValue: true } }, { key: 'd', value: { doubleValue: 1.5 } },
      ] }),
    ]));
    expect(problems).toEqual([]);
    expect(spans[0]).toMatchObject({ kind: 'producer', service: 'api', attributes: { s: 'x', i: 42, b: true, d: 1.5 }, startNs: 1700000000000000000n });
  });

  it('names an unknown format in one line', () => {
    expect(readTrace('{"traces": []}').problems).toEqual([{ place: WHOLE_FILE, message: expect.stringMatching(/^unknown trace format: expected OTLP\/JSON .* or Jaeger JSON/) }]);
    expect(readTrace('[1, 2]').format).toBeUndefined();
    expect(readTrace('{"resourceSpans": [').problems).toEqual([{ place: 'line 1, column 20', message: expect.stringMatching(/^invalid JSON: /) }]);
  });

  it('reports a broken parent link once per span, and lets the root name a parent that was not recorded', () => {
    const rootUnderUnrecordedCaller = otlpSpan('1111111111111111', { parentSpanId: 'aaaaaaaaaaaaaaaa' });
    const child = otlpSpan('2222222222222222', { parentSpanId: '1111111111111111', kind: 3, startTimeUnixNano: '1700000000000000001' });
    const orphan = otlpSpan('3333333333333333', { parentSpanId: 'bbbbbbbbbbbbbbbb', startTimeUnixNano: '1700000000000000002' });
    expect(readTrace(otlp([rootUnderUnrecordedCaller, child])).problems).toEqual([]);
    expect(readTrace(otlp([rootUnderUnrecordedCaller, child, orphan])).problems).toEqual([
      { place: 'span 3333333333333333', message: 'broken parent link: parent span bbbbbbbbbbbbbbbb is not in trace 0af7651916cd43dd8448eb211c80319c (was it dropped or sampled out?)' },
    ]);
    // With a true root in the trace, every span whose parent is missing is broken.
    const root = otlpSpan('4444444444444444');
    expect(readTrace(otlp([root, rootUnderUnrecordedCaller, orphan])).problems.map((p) => p.place)).toEqual(['span 1111111111111111', 'span 3333333333333333']);
  });

  it('reports spans without a service, one each', () => {
    const { spans, problems } = readTrace(otlp([otlpSpan('1111111111111111'), otlpSpan('2222222222222222')], null));
    expect(spans).toEqual([]);
    expect(problems).toEqual([
      { place: 'span 1111111111111111', message: 'has no service: its resource has no service.name attribute' },
      { place: 'span 2222222222222222', message: 'has no service: its resource has no service.name attribute' },
    ]);
    const jaeger = { data: [{ traceID: 'abc1', processes: {}, spans: [{ traceID: 'abc1', spanID: '01', operationName: 'x', processID: 'p9', startTime: 1, duration: 2, tags: [] }] }] };
    expect(readTrace(JSON.stringify(jaeger)).problems).toEqual([{ place: 'span 01', message: 'has no service: no process "p9" with a serviceName in this trace' }]);
  });

  it('reports a broken line of a one-object-per-line file at its line', () => {
    const line = otlp([otlpSpan('1111111111111111')]);
    expect(readTrace(`${line}\n{"resourceSpans": [}\n${line.replace('1111111111111111', '2222222222222222')}\n`).problems).toEqual([
      { place: 'line 2, column 20', message: expect.stringMatching(/^invalid JSON: /) },
    ]);
  });
});
