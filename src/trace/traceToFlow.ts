import { flowIdOf, slugify, uniqueId } from '../flow/fromSequence.ts';
import { HTTP_METHODS, type Endpoint, type FlowFile, type Participant, type ParticipantKind, type Step, type TableAccess } from '../flow/schema.ts';
import type { AttributeValue, TraceSpan } from './readTrace.ts';

/** Where the trace came from: it becomes the flow's id, title and source. */
export interface TraceOrigin {
  system: string;
  /** The flow id; by default the system, then the root span's service and name. */
  id?: string;
  /** Path as shown to the author. */
  file: string;
  illustrative?: boolean;
}

export type TraceFlowResult = { ok: true; flow: FlowFile } | { ok: false; message: string };

const TABLE_OPERATIONS: Record<string, TableAccess['operation']> = { SELECT: 'read', INSERT: 'insert', UPDATE: 'update', DELETE: 'delete', UPSERT: 'upsert' };
const LANGUAGES: Record<string, string> = {
  nodejs: 'Node.js', webjs: 'JavaScript (browser)', python: 'Python', java: 'Java', go: 'Go', dotnet: '.NET', ruby: 'Ruby', php: 'PHP', rust: 'Rust', cpp: 'C++', erlang: 'Erlang', swift: 'Swift',
};

const textOf = (value: AttributeValue | undefined): string | undefined => (value === undefined || value === '' ? undefined : String(value));
const first = (attributes: Record<string, AttributeValue>, ...keys: string[]): string | undefined => {
  for (const key of keys) {
    const value = textOf(attributes[key]);
    if (value !== undefined) return value;
  }
  return undefined;
};
const compare = (a: bigint, b: bigint): number => (a < b ? -1 : a > b ? 1 : 0);
/** Starts first; of siblings started in the same instant (the JS SDK's start times are in whole milliseconds), the one that ended first. */
const byTime = (a: TraceSpan, b: TraceSpan): number => compare(a.startNs, b.startNs) || compare(a.endNs, b.endNs) || (a.spanId < b.spanId ? -1 : a.spanId > b.spanId ? 1 : 0);

const dbSystemOf = (span: TraceSpan) => first(span.attributes, 'db.system.name', 'db.system');

function tableOf(span: TraceSpan): TableAccess | undefined {
  const name = first(span.attributes, 'db.collection.name', 'db.sql.table', 'db.mongodb.collection', 'db.cassandra.table');
  if (name === undefined) return undefined;
  const verb = (first(span.attributes, 'db.operation.name', 'db.operation') ?? span.name).trim().split(/\s+/)[0].toUpperCase();
  return { name, operation: TABLE_OPERATIONS[verb] ?? 'read' };
}

/** The endpoint a client span called, from the server span's attributes first (it knows the route), then the client's. */
function endpointOf(server: TraceSpan | undefined, client: TraceSpan): Endpoint | undefined {
  const attributes = { ...client.attributes, ...server?.attributes };
  const rpcService = first(attributes, 'rpc.service');
  const rpcMethod = first(attributes, 'rpc.method');
  if (rpcService && rpcMethod) {
    // The format has no "RPC" method; a gRPC (or Connect) call is an HTTP/2 POST to /<service>/<method>, which is.
    const rpcSystem = first(attributes, 'rpc.system.name', 'rpc.system');
    return rpcSystem === 'grpc' || rpcSystem === 'connect_rpc' ? { method: 'POST', path: `/${rpcService}/${rpcMethod}` } : undefined;
  }
  const method = first(attributes, 'http.request.method', 'http.method')?.toUpperCase();
  const path = first(attributes, 'http.route', 'url.template');
  if (!method || !path || !path.startsWith('/') || !(HTTP_METHODS as readonly string[]).includes(method)) return undefined;
  return { method: method as Endpoint['method'], path };
}

function requestLabel(server: TraceSpan | undefined, client: TraceSpan, endpoint: Endpoint | undefined): string {
  const attributes = { ...client.attributes, ...server?.attributes };
  const rpcService = first(attributes, 'rpc.service');
  const rpcMethod = first(attributes, 'rpc.method');
  if (rpcService && rpcMethod) return `${rpcService}/${rpcMethod}`;
  if (endpoint) return `${endpoint.method} ${endpoint.path}`;
  return (server ?? client).name || 'Request';
}

interface Draft {
  step: Omit<Step, 'id'>;
  /** Read into the step id: what the step does, as the service and operation name it. */
  idBase: string;
  at: bigint;
}

/** When the trace was recorded (the day its first span started, UTC) and each service's version, where it says. */
function traceMeta(spans: readonly TraceSpan[]): { recorded: string; services?: Record<string, string> } {
  const start = spans.reduce((min, s) => (s.startNs < min ? s.startNs : min), spans[0].startNs);
  const recorded = new Date(Number(start / 1_000_000n)).toISOString().slice(0, 10);
  const services: Record<string, string> = {};
  for (const span of spans) {
    const version = textOf(span.resource['service.version']);
    if (version !== undefined) services[span.service] = version;
  }
  return { recorded, ...(Object.keys(services).length > 0 ? { services } : {}) };
}

/**
 * Spans → a flow. Each message between services becomes a step: a client span whose server span is in another
 * service (a request, then the response when the client waited for it), a database call (a request to the database,
 * with the table it touched), a message a producer published (async, to the service that consumed it, or to the
 * queue when no consumer is in the trace). Work inside one service (internal spans, server spans' own children)
 * is not a step. Synchronous steps follow the call tree; what consumers do is placed by time.
 */
export function traceToFlow(spans: readonly TraceSpan[], origin: TraceOrigin): TraceFlowResult {
  const key = (traceId: string, spanId: string) => `${traceId}/${spanId}`;
  const byId = new Map(spans.map((s) => [key(s.traceId, s.spanId), s]));
  const children = new Map<string, TraceSpan[]>();
  for (const span of spans) {
    const parent = span.parentSpanId === undefined ? undefined : byId.get(key(span.traceId, span.parentSpanId));
    if (parent) children.set(key(parent.traceId, parent.spanId), [...(children.get(key(parent.traceId, parent.spanId)) ?? []), span]);
  }
  for (const list of children.values()) list.sort(byTime);
  const childrenOf = (span: TraceSpan) => children.get(key(span.traceId, span.spanId)) ?? [];
  const producerOf = (consumer: TraceSpan): TraceSpan | undefined =>
    [consumer.parentSpanId, ...consumer.links]
      .map((id) => (id === undefined ? undefined : byId.get(key(consumer.traceId, id))))
      .find((s) => s?.kind === 'producer');

  const consumersOf = new Map<TraceSpan, TraceSpan[]>();
  for (const consumer of spans.filter((s) => s.kind === 'consumer').sort(byTime)) {
    const producer = producerOf(consumer);
    if (producer) consumersOf.set(producer, [...(consumersOf.get(producer) ?? []), consumer]);
  }

  // One participant per service, database system and queue; listed in the order the steps first name them.
  const participants = new Map<string, Participant>();
  const participantIds = new Set<string>();
  const participant = (role: string, name: string, kind: ParticipantKind, tech?: string): string => {
    const existing = participants.get(`${role}:${name}`);
    if (existing) return existing.id;
    const id = uniqueId(slugify(name) || role, participantIds);
    participantIds.add(id);
    participants.set(`${role}:${name}`, { id, label: name, kind, ...(tech ? { tech } : {}) });
    return id;
  };
  // The language of a service's SDK, from whichever of its spans says (a browser's is "webjs").
  const languages = new Map<string, string>();
  for (const span of spans) {
    const language = textOf(span.resource['telemetry.sdk.language']);
    if (language !== undefined && !languages.has(span.service)) languages.set(span.service, language);
  }
  const serviceParticipant = (span: TraceSpan): string => {
    const language = languages.get(span.service);
    return participant('service', span.service, language === 'webjs' ? 'frontend' : 'service', language && (LANGUAGES[language] ?? language));
  };

  // Each synchronous call tree is one sequence in call order; each consumer's work is a sequence of its own.
  const sequences: Draft[][] = [];
  const walk = (root: TraceSpan): Draft[] => {
    const drafts: Draft[] = [];
    const visit = (span: TraceSpan) => {
      const after: Draft[] = [];
      if (span.kind === 'client') {
        const dbSystem = dbSystemOf(span);
        if (dbSystem !== undefined) {
          const from = serviceParticipant(span);
          const to = participant('database', dbSystem, 'database');
          const table = tableOf(span);
          drafts.push({
            step: { from, to, kind: 'request', label: span.name || `${dbSystem} call`, ...(table ? { tables: [table] } : {}) },
            idBase: [to, table?.operation, table?.name].filter(Boolean).join(' ') || `${to} ${span.name}`,
            at: span.startNs,
          });
        } else {
          for (const server of childrenOf(span).filter((c) => c.kind === 'server' && c.service !== span.service)) {
            const from = serviceParticipant(span);
            const to = serviceParticipant(server);
            const endpoint = endpointOf(server, span);
            const label = requestLabel(server, span, endpoint);
            drafts.push({ step: { from, to, kind: 'request', label, ...(endpoint ? { endpoint } : {}) }, idBase: `${to} ${label}`, at: span.startNs });
            if (span.endNs >= server.endNs) {
              const status = first({ ...span.attributes, ...server.attributes }, 'http.response.status_code', 'http.status_code', 'rpc.grpc.status_code');
              after.push({ step: { from: to, to: from, kind: 'response', label: status ? `Response ${status}` : 'Response' }, idBase: `${to} ${label} response`, at: server.endNs });
            }
          }
        }
      }
      if (span.kind === 'producer') {
        const from = serviceParticipant(span);
        const system = first(span.attributes, 'messaging.system');
        const destination = first(span.attributes, 'messaging.destination.name', 'messaging.destination');
        const tables: TableAccess[] = destination ? [{ name: destination, operation: 'insert', ...(system ? { store: system } : {}) }] : [];
        const label = destination ? `Publish ${destination}` : span.name || 'Publish';
        const consumers = consumersOf.get(span) ?? [];
        const targets = consumers.length > 0 ? consumers.map(serviceParticipant) : [participant('queue', system ?? 'queue', 'queue')];
        for (const to of new Set(targets)) {
          drafts.push({ step: { from, to, kind: to === from ? 'self' : 'async', label, ...(tables.length ? { tables } : {}) }, idBase: `${from} ${label}`, at: span.startNs });
        }
      }
      for (const child of childrenOf(span)) {
        if (child.kind === 'consumer' && producerOf(child)) continue;
        visit(child);
      }
      drafts.push(...after);
    };
    // A consumer whose producer is not in the file received the message from the queue.
    if (root.kind === 'consumer' && !producerOf(root)) {
      const system = first(root.attributes, 'messaging.system');
      const destination = first(root.attributes, 'messaging.destination.name', 'messaging.destination');
      const label = destination ? `Deliver ${destination}` : root.name || 'Deliver';
      drafts.push({ step: { from: participant('queue', system ?? 'queue', 'queue'), to: serviceParticipant(root), kind: 'async', label }, idBase: `${root.service} ${label}`, at: root.startNs });
    }
    visit(root);
    return drafts;
  };
  const roots = spans
    .filter((s) => s.parentSpanId === undefined || !byId.has(key(s.traceId, s.parentSpanId)) || (s.kind === 'consumer' && producerOf(s)))
    .sort(byTime);
  for (const root of roots) sequences.push(walk(root));

  // Merge the sequences by time, keeping each one's own order.
  const ordered: Draft[] = [];
  const heads = sequences.map(() => 0);
  for (;;) {
    let next = -1;
    sequences.forEach((sequence, i) => {
      if (heads[i] < sequence.length && (next === -1 || sequence[heads[i]].at < sequences[next][heads[next]].at)) next = i;
    });
    if (next === -1) break;
    ordered.push(sequences[next][heads[next]]);
    heads[next] += 1;
  }
  if (ordered.length === 0) {
    return { ok: false, message: 'no span crosses from one service to another (no client span answered by another service, no database call, no published message): nothing to import' };
  }

  const stepIds = new Set<string>();
  const steps: Step[] = ordered.map(({ step, idBase }, i) => {
    const id = uniqueId(slugify(idBase) || `step-${i + 1}`, stepIds);
    stepIds.add(id);
    return { id, ...step };
  });
  const used = [...new Set(steps.flatMap((s) => [s.from, s.to]))];
  const participantById = new Map([...participants.values()].map((p) => [p.id, p]));
  const root = roots[0];
  const title = `${root.service}: ${root.name || root.kind}`;
  const traceIds = [...new Set(spans.map((s) => s.traceId))];
  const document = origin.file.replace(/^.*[\\/]/, '');
  return {
    ok: true,
    flow: {
      $schema: '../public/flow.schema.json',
      id: origin.id ?? flowIdOf(origin.system, title),
      system: origin.system,
      title,
      summary: `Imported from ${origin.file} (trace ${root.traceId}). Describe what a reader learns here.`,
      source: { document, section: traceIds.length === 1 ? `trace ${traceIds[0]}` : `traces ${traceIds.join(', ')}`, trace: traceMeta(spans) },
      ...(origin.illustrative ? { illustrative: true } : {}),
      participants: used.map((id) => participantById.get(id)!),
      steps,
    },
  };
}
