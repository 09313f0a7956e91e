// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { FlowFile, Step } from '../flow/schema.ts';
import { validateFlowSources } from '../flow/validate.ts';
import { readTrace, type TraceSpan } from './readTrace.ts';
import { traceToFlow } from './traceToFlow.ts';

const fixture = (name: string) => readFileSync(new URL(`../../scripts/fixtures/traces/${name}`, import.meta.url), 'utf8');
const SYSTEMS = { file: 'flows/systems.json', text: JSON.stringify({ systems: [{ id: 'shop', name: 'Shop', description: 'A shop.', repository: 'https://example.org/shop' }] }) };

function imported(name: string, id?: string): FlowFile {
  const { spans, problems } = readTrace(fixture(name));
  expect(problems).toEqual([]);
  const result = traceToFlow(spans, { system: 'shop', file: `scripts/fixtures/traces/${name}`, ...(id ? { id } : {}) });
  if (!result.ok) throw new Error(result.message);
  return result.flow;
}
const validate = (flow: FlowFile) => validateFlowSources([{ file: `flows/${flow.id}.json`, text: JSON.stringify(flow) }], SYSTEMS).problems;

describe('traceToFlow on the recorded two-service trace', () => {
  const EXPECTED_STEPS = [
    { id: 'inventory-post-reservations', from: 'shop-api', to: 'inventory', kind: 'request', label: 'POST /reservations', endpoint: { method: 'POST', path: '/reservations' } },
    { id: 'sqlite-insert-reservations', from: 'inventory', to: 'sqlite', kind: 'request', label: 'INSERT reservations', tables: [{ name: 'reservations', operation: 'insert' }] },
    { id: 'inventory-publish-reservation-created', from: 'inventory', to: 'shop-api', kind: 'async', label: 'Publish reservation.created', tables: [{ name: 'reservation.created', operation: 'insert', store: 'memory-queue' }] },
    { id: 'inventory-post-reservations-response', from: 'inventory', to: 'shop-api', kind: 'response', label: 'Response 201' },
  ];

  it.each(['two-services.otlp.json', 'two-services.jaeger.json'])('%s: participants, endpoints, tables and order', (name) => {
    const flow = imported(name);
    expect(flow).toMatchObject({
      id: 'shop-api-post-orders', system: 'shop', title: 'shop-api: POST /orders',
      source: {
        document: name,
        section: expect.stringMatching(/^trace [0-9a-f]{32}$/),
        trace: { recorded: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), services: { 'shop-api': '1.0.0', inventory: '1.0.0' } },
      },
    });
    expect(flow.participants).toEqual([
      { id: 'shop-api', label: 'shop-api', kind: 'service', tech: 'Node.js' },
      { id: 'inventory', label: 'inventory', kind: 'service', tech: 'Node.js' },
      { id: 'sqlite', label: 'sqlite', kind: 'database' },
    ]);
    expect(flow.steps).toEqual(EXPECTED_STEPS);
    expect(validate(flow)).toEqual([]);
  });

  it('gives the same flow from OTLP and from Jaeger, and the same flow every time', () => {
    const { source: _o, summary: _s, ...fromOtlp } = imported('two-services.otlp.json');
    const { source: _j, summary: _t, ...fromJaeger } = imported('two-services.jaeger.json');
    expect(fromJaeger).toEqual(fromOtlp);
    expect(JSON.stringify(imported('two-services.otlp.json'))).toBe(JSON.stringify(imported('two-services.otlp.json')));
    expect(imported('two-services.otlp.json', 'shop-checkout').id).toBe('shop-checkout');
  });
});

const span = (spanId: string, more: Partial<TraceSpan>): TraceSpan => ({
  traceId: 't1', spanId, links: [], name: spanId, kind: 'internal', service: 'api', startNs: 0n, endNs: 100n, attributes: {}, resource: {}, ...more,
});
const stepsOf = (spans: TraceSpan[]): Step[] => {
  const result = traceToFlow(spans, { system: 'shop', file: 'trace.json' });
  if (!result.ok) throw new Error(result.message);
  expect(validate(result.flow)).toEqual([]);
  return result.flow.steps as Step[];
};

describe('traceToFlow mappings', () => {
  it('maps older semantic conventions, gRPC, db operations and de-duplicates step ids', () => {
    const steps = stepsOf([
      span('root', { kind: 'server', service: 'web', resource: { 'telemetry.sdk.language': 'webjs' } }),
      span('c1', { parentSpanId: 'root', kind: 'client', service: 'web', startNs: 10n, endNs: 20n, attributes: { 'http.method': 'get' } }),
      span('s1', { parentSpanId: 'c1', kind: 'server', service: 'api', startNs: 11n, endNs: 19n, attributes: { 'http.method': 'GET', 'http.route': '/items/:id' } }),
      span('d1', { parentSpanId: 's1', kind: 'client', service: 'api', startNs: 12n, endNs: 13n, attributes: { 'db.system': 'postgresql', 'db.operation': 'SELECT', 'db.sql.table': 'items' } }),
      span('d2', { parentSpanId: 's1', kind: 'client', service: 'api', startNs: 14n, endNs: 15n, attributes: { 'db.system': 'postgresql', 'db.operation': 'SELECT', 'db.sql.table': 'items' } }),
      span('d3', { parentSpanId: 's1', kind: 'client', service: 'api', startNs: 16n, endNs: 17n, attributes: { 'db.system': 'postgresql', 'db.operation': 'MERGE', 'db.sql.table': 'stock' } }),
      span('c2', { parentSpanId: 'root', kind: 'client', service: 'web', startNs: 30n, endNs: 31n, attributes: { 'rpc.system': 'grpc', 'rpc.service': 'shop.Cart', 'rpc.method': 'Add' } }),
      span('s2', { parentSpanId: 'c2', kind: 'server', service: 'cart', startNs: 30n, endNs: 32n, attributes: { 'rpc.system': 'grpc', 'rpc.service': 'shop.Cart', 'rpc.method': 'Add' } }),
    ]);
    expect(steps.map((s) => [s.id, s.from, s.to, s.kind])).toEqual([
      ['api-get-items-id', 'web', 'api', 'request'],
      ['postgresql-read-items', 'api', 'postgresql', 'request'],
      ['postgresql-read-items-2', 'api', 'postgresql', 'request'],
      ['postgresql-read-stock', 'api', 'postgresql', 'request'],
      ['api-get-items-id-response', 'api', 'web', 'response'],
      // The client gave up before the server ended: no response step.
      ['cart-shop-cart-add', 'web', 'cart', 'request'],
    ]);
    expect(steps[0].endpoint).toEqual({ method: 'GET', path: '/items/:id' });
    expect(steps[3].tables).toEqual([{ name: 'stock', operation: 'read' }]);
    expect(steps[5]).toMatchObject({ label: 'shop.Cart/Add', endpoint: { method: 'POST', path: '/shop.Cart/Add' } });
    const flow = traceToFlow([span('root', { kind: 'server', service: 'web', resource: { 'telemetry.sdk.language': 'webjs' } }), span('c', { parentSpanId: 'root', kind: 'client', service: 'web', attributes: { 'db.system.name': 'sqlite' } })], { system: 'shop', file: 'x.json' });
    expect(flow.ok && flow.flow.participants[0]).toMatchObject({ id: 'web', kind: 'frontend' });
  });

  it('sends a message with no consumer in the trace to the queue, and a consumer found by its link', () => {
    const steps = stepsOf([
      span('p1', { kind: 'producer', service: 'orders', attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'order.paid' } }),
      span('p2', { kind: 'producer', service: 'orders', startNs: 200n, endNs: 201n, attributes: { 'messaging.system': 'kafka', 'messaging.destination.name': 'order.shipped' } }),
      span('k2', { kind: 'consumer', service: 'mailer', links: ['p2'], startNs: 300n, endNs: 301n }),
    ]);
    expect(steps.map((s) => [s.id, s.from, s.to, s.kind])).toEqual([
      ['orders-publish-order-paid', 'orders', 'kafka', 'async'],
      ['orders-publish-order-shipped', 'orders', 'mailer', 'async'],
    ]);
    expect(steps[0].tables).toEqual([{ name: 'order.paid', operation: 'insert', store: 'kafka' }]);
  });

  it('says in one line when nothing crosses services', () => {
    expect(traceToFlow([span('a', { kind: 'server' }), span('b', { parentSpanId: 'a' })], { system: 'shop', file: 'x.json' })).toEqual({
      ok: false, message: 'no span crosses from one service to another (no client span answered by another service, no database call, no published message): nothing to import',
    });
  });
});
