import { parseJson } from '../flow/parseJson.ts';
import { WHOLE_FILE, quote } from '../flow/problems.ts';

export type SpanKind = 'client' | 'server' | 'producer' | 'consumer' | 'internal';
export type AttributeValue = string | number | boolean;

/** A span as the importer reads it, whichever format it came in. */
export interface TraceSpan {
  traceId: string;
  spanId: string;
  /** The parent's span id; absent for a root. */
  parentSpanId?: string;
  /** Span ids this span links to (OTLP links, Jaeger FOLLOWS_FROM references): how many consumers find their producer. */
  links: string[];
  name: string;
  kind: SpanKind;
  /** service.name of the span's resource (OTLP) or process (Jaeger). */
  service: string;
  /** Unix time in nanoseconds (Jaeger's microseconds × 1000). */
  startNs: bigint;
  endNs: bigint;
  attributes: Record<string, AttributeValue>;
  /** The resource's (OTLP) or process's (Jaeger) attributes other than service.name, e.g. telemetry.sdk.language. */
  resource: Record<string, AttributeValue>;
}

/** Something wrong with one span (place: `span <id>`) or with the whole file. */
export interface TraceProblem {
  place: string;
  message: string;
}

export interface ReadTraceResult {
  format: 'otlp' | 'jaeger' | undefined;
  /** Spans that could be read, in file order; spans with problems of their own are left out. */
  spans: TraceSpan[];
  problems: TraceProblem[];
}

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

const OTLP_KINDS: Record<string, SpanKind> = {
  0: 'internal', 1: 'internal', 2: 'server', 3: 'client', 4: 'producer', 5: 'consumer',
  SPAN_KIND_UNSPECIFIED: 'internal', SPAN_KIND_INTERNAL: 'internal', SPAN_KIND_SERVER: 'server', SPAN_KIND_CLIENT: 'client', SPAN_KIND_PRODUCER: 'producer', SPAN_KIND_CONSUMER: 'consumer',
};
const JAEGER_KINDS: Record<string, SpanKind> = { client: 'client', server: 'server', producer: 'producer', consumer: 'consumer', internal: 'internal' };

const spanPlace = (id: string | undefined, index: string): string => (id ? `span ${id}` : index);

/** A whole number of nanoseconds (OTLP writes them as strings, as 64-bit integers do not fit a JSON number). */
function nanos(value: unknown): bigint | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return BigInt(Math.trunc(value));
  if (typeof value === 'string' && /^\d+$/.test(value)) return BigInt(value);
  return undefined;
}

function otlpValue(value: unknown): AttributeValue | undefined {
  const v = record(value);
  if (!v) return undefined;
  if (typeof v.stringValue === 'string') return v.stringValue;
  if (typeof v.boolValue === 'boolean') return v.boolValue;
  if (v.intValue !== undefined) return Number(v.intValue);
  if (typeof v.doubleValue === 'number') return v.doubleValue;
  if (v.arrayValue !== undefined) return JSON.stringify(list(record(v.arrayValue)?.values).map(otlpValue));
  return undefined;
}

function otlpAttributes(attributes: unknown): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const a of list(attributes)) {
    const key = str(record(a)?.key);
    const value = otlpValue(record(a)?.value);
    if (key !== undefined && value !== undefined) out[key] = value;
  }
  return out;
}

const hex = (v: unknown): string | undefined => {
  const s = str(v);
  return s && /^[0-9a-fA-F]+$/.test(s) && !/^0+$/.test(s) ? s.toLowerCase() : undefined;
};

function readOtlp(requests: { value: Raw; where: string }[], problems: TraceProblem[]): TraceSpan[] {
  const spans: TraceSpan[] = [];
  for (const { value, where } of requests) {
    list(value.resourceSpans).forEach((rs, r) => {
      const resource = otlpAttributes(record(record(rs)?.resource)?.attributes);
      const service = typeof resource['service.name'] === 'string' && resource['service.name'] !== '' ? resource['service.name'] : undefined;
      delete resource['service.name'];
      list(record(rs)?.scopeSpans ?? record(rs)?.instrumentationLibrarySpans).forEach((ss, s) => {
        list(record(ss)?.spans).forEach((raw, i) => {
          const span = record(raw) ?? {};
          const spanId = hex(span.spanId);
          const place = spanPlace(spanId, `${where}$.resourceSpans[${r}].scopeSpans[${s}].spans[${i}]`);
          const traceId = hex(span.traceId);
          const kind = OTLP_KINDS[String(span.kind ?? 0)];
          const startNs = nanos(span.startTimeUnixNano);
          const endNs = nanos(span.endTimeUnixNano);
          if (!spanId || !traceId) return problems.push({ place, message: 'has no hex traceId and spanId: not an OTLP/JSON span (OTLP protobuf JSON with base64 ids is not read)' });
          if (!service) return problems.push({ place, message: `has no service: its resource has no service.name attribute` });
          if (!kind) return problems.push({ place, message: `unknown span kind ${quote(String(span.kind))}: expected 1-5 or SPAN_KIND_INTERNAL, _SERVER, _CLIENT, _PRODUCER, _CONSUMER` });
          if (startNs === undefined || endNs === undefined) return problems.push({ place, message: 'has no startTimeUnixNano or endTimeUnixNano' });
          const parent = hex(span.parentSpanId);
          spans.push({
            traceId, spanId, ...(parent ? { parentSpanId: parent } : {}),
            links: list(span.links).map((l) => hex(record(l)?.spanId)).filter((l): l is string => l !== undefined),
            name: str(span.name) ?? '', kind, service, startNs, endNs,
            attributes: otlpAttributes(span.attributes), resource,
          });
        });
      });
    });
  }
  return spans;
}

function jaegerTags(tags: unknown): Record<string, AttributeValue> {
  const out: Record<string, AttributeValue> = {};
  for (const t of list(tags)) {
    const key = str(record(t)?.key);
    const value = record(t)?.value;
    if (key === undefined) continue;
    if (typeof value === 'string' || typeof value === 'boolean') out[key] = value;
    else if (typeof value === 'number' && Number.isFinite(value)) out[key] = value;
  }
  return out;
}

function readJaeger(root: Raw, problems: TraceProblem[]): TraceSpan[] {
  const spans: TraceSpan[] = [];
  list(root.data).forEach((rawTrace, t) => {
    const processes = record(record(rawTrace)?.processes) ?? {};
    list(record(rawTrace)?.spans).forEach((raw, i) => {
      const span = record(raw) ?? {};
      const spanId = hex(span.spanID);
      const place = spanPlace(spanId, `$.data[${t}].spans[${i}]`);
      const traceId = hex(span.traceID);
      const process = record(span.process) ?? record(processes[String(span.processID)]);
      const service = str(process?.serviceName);
      const attributes = jaegerTags(span.tags);
      const kindTag = attributes['span.kind'];
      delete attributes['span.kind'];
      const kind = kindTag === undefined ? 'internal' : JAEGER_KINDS[String(kindTag)];
      const start = nanos(span.startTime);
      const duration = nanos(span.duration);
      if (!spanId || !traceId) return problems.push({ place, message: 'has no hex traceID and spanID' });
      if (!service) return problems.push({ place, message: `has no service: no process ${quote(String(span.processID ?? ''))} with a serviceName in this trace` });
      if (!kind) return problems.push({ place, message: `unknown span.kind ${quote(String(kindTag))}: expected client, server, producer, consumer or internal` });
      if (start === undefined || duration === undefined) return problems.push({ place, message: 'has no startTime or duration (microseconds)' });
      const references = list(span.references).map(record).filter((r): r is Raw => r !== undefined);
      const parent = hex(references.find((r) => r.refType === 'CHILD_OF')?.spanID) ?? hex(span.parentSpanID);
      const resource = jaegerTags(process?.tags);
      spans.push({
        traceId, spanId, ...(parent ? { parentSpanId: parent } : {}),
        links: references.filter((r) => r.refType === 'FOLLOWS_FROM').map((r) => hex(r.spanID)).filter((l): l is string => l !== undefined),
        name: str(span.operationName) ?? '', kind, service,
        startNs: start * 1000n, endNs: (start + duration) * 1000n,
        attributes, resource,
      });
    });
  });
  return spans;
}

/**
 * The file as OTLP requests: one JSON object, or — as the OpenTelemetry Collector's file exporter writes — one object
 * per line. Undefined when it is neither.
 */
function otlpRequests(text: string, whole: unknown, problems: TraceProblem[]): { value: Raw; where: string }[] | undefined {
  if (record(whole)?.resourceSpans !== undefined) return [{ value: record(whole)!, where: '' }];
  if (whole !== undefined) return undefined;
  const lines = text.split(/\r?\n/).map((line, i) => ({ line, number: i + 1 })).filter(({ line }) => line.trim() !== '');
  const first = lines.length > 1 ? parseJson(lines[0].line) : undefined;
  if (!first?.ok || record(first.value)?.resourceSpans === undefined) return undefined;
  const requests: { value: Raw; where: string }[] = [];
  for (const { line, number } of lines) {
    const parsed = parseJson(line);
    const value = parsed.ok ? record(parsed.value) : undefined;
    if (!parsed.ok) problems.push({ place: `line ${number}, column ${parsed.column}`, message: `invalid JSON: ${parsed.message}` });
    else if (!value || value.resourceSpans === undefined) problems.push({ place: `line ${number}`, message: 'expected an OTLP/JSON object {"resourceSpans": [...]} on every line' });
    else requests.push({ value, where: `line ${number}: ` });
  }
  return requests;
}

/** Parent links every span of a trace can follow: one root per trace, every other span's parent in the trace. */
function checkParents(spans: TraceSpan[], problems: TraceProblem[]) {
  const byTrace = new Map<string, TraceSpan[]>();
  for (const span of spans) byTrace.set(span.traceId, [...(byTrace.get(span.traceId) ?? []), span]);
  for (const [traceId, members] of byTrace) {
    const ids = new Set(members.map((s) => s.spanId));
    const seen = new Set<string>();
    for (const span of members) {
      if (seen.has(span.spanId)) problems.push({ place: `span ${span.spanId}`, message: `appears twice in trace ${traceId}` });
      seen.add(span.spanId);
    }
    const orphans = members.filter((s) => s.parentSpanId !== undefined && !ids.has(s.parentSpanId));
    // A trace may start below a caller that was not recorded: its root then names a parent the file does not have.
    const hasRoot = members.some((s) => s.parentSpanId === undefined);
    const [first] = [...orphans].sort((a, b) => (a.startNs < b.startNs ? -1 : a.startNs > b.startNs ? 1 : 0));
    for (const span of orphans) {
      if (!hasRoot && span === first) continue;
      problems.push({ place: `span ${span.spanId}`, message: `broken parent link: parent span ${span.parentSpanId} is not in trace ${traceId} (was it dropped or sampled out?)` });
    }
  }
}

/**
 * Reads a trace file: OTLP/JSON (an export request, or one per line as the Collector's file exporter writes) or the
 * Jaeger query API's JSON. Plain TypeScript, no Node API: it runs in the browser as well as in the importer.
 */
export function readTrace(text: string): ReadTraceResult {
  const problems: TraceProblem[] = [];
  const parsed = parseJson(text);
  const requests = otlpRequests(text, parsed.ok ? parsed.value : undefined, problems);
  if (requests) {
    const spans = readOtlp(requests, problems);
    checkParents(spans, problems);
    return { format: 'otlp', spans, problems };
  }
  if (!parsed.ok) {
    return { format: undefined, spans: [], problems: [{ place: `line ${parsed.line}, column ${parsed.column}`, message: `invalid JSON: ${parsed.message}` }] };
  }
  const root = record(parsed.value);
  if (root && Array.isArray(root.data) && root.data.some((t) => Array.isArray(record(t)?.spans))) {
    const spans = readJaeger(root, problems);
    checkParents(spans, problems);
    return { format: 'jaeger', spans, problems };
  }
  return {
    format: undefined,
    spans: [],
    problems: [{ place: WHOLE_FILE, message: 'unknown trace format: expected OTLP/JSON ({"resourceSpans": [...]}, or one such object per line) or Jaeger JSON ({"data": [{"spans": [...], "processes": {...}}]})' }],
  };
}
