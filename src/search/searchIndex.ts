import MiniSearch, { type Options } from 'minisearch';
import { buildCrossIndex, endpointKey, type CrossIndex, type StepRef } from '../flow/crossIndex.ts';
import { enclosingChoices, pathParam } from '../flow/branches.ts';
import { participantName } from '../flow/participantName.ts';
import type { Flow } from '../flow/schema.ts';

/**
 * The search palette's index: one document per thing a reader looks for (a flow, a participant, a step, an endpoint,
 * a table or key, a state change), built with the flows so the browser only loads it. An endpoint, table or state
 * change keeps every step that touches it, so a result answers "what calls POST /teams?" with the steps.
 */

/** Result groups, in the order shown when no query term favours one. */
export const SEARCH_KINDS = ['endpoint', 'table', 'state', 'step', 'participant', 'flow'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

/** Where a result opens: a flow, or one of its steps (with its number in file order and the outcomes leading to it). */
export interface SearchTarget {
  flow: string;
  step?: string;
  number?: number;
  /** The step's label, where the result's title is something else (an endpoint, a table). */
  label?: string;
  path?: string;
  /** What this step does with it: "insert", "Agent → Broker". */
  detail?: string;
}

/** What a document shows and opens (stored in the index; the indexed text is not). */
export interface SearchEntry {
  kind: SearchKind;
  /** The thing itself: "POST /teams", "deployment_objects", "task.status: pending → running", a step's label. */
  title: string;
  /** A short qualifier: "PostgreSQL", "Agent → Broker", "worker · Rust". */
  detail?: string;
  /** Normalised identifiers a query matches exactly (an endpoint's "method path" and path, a table's name). */
  exact?: string[];
  at: SearchTarget[];
}

interface SearchDoc extends SearchEntry {
  id: number;
  /** Identifiers (ids, paths, names), matched with more weight than prose. */
  keys: string;
  /** Where it is: flow title, system. */
  where: string;
  /** Prose: descriptions and summaries. */
  text: string;
}

// Words are runs of letters and digits: "deployment_objects", "/agents/:id/heartbeat" and "task.status" split into
// the words a reader types, and "{id}" and ":id" become the same word.
const tokenize = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean);

const STORED: (keyof SearchEntry)[] = ['kind', 'title', 'detail', 'exact', 'at'];

/** The options the index is built and loaded with: both sides must agree. */
export const INDEX_OPTIONS: Options<SearchDoc> = {
  fields: ['title', 'keys', 'where', 'text'],
  storeFields: STORED,
  tokenize,
  processTerm: (term) => term.toLowerCase(),
};

/** An endpoint path or a table name as a query is compared with it: lowercase, `{id}` and `:id` alike, no slash at the end. */
export function normaliseKey(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const method = /^(get|post|put|patch|delete|head|options|ws)\s+(.*)$/i.exec(trimmed);
  const key = method ? endpointKey(method[1], method[2]) : endpointKey('', trimmed).trimStart();
  return key.toLowerCase();
}

type NewDoc = Omit<SearchDoc, 'id'>;

function flowDocs(flow: Flow): NewDoc[] {
  const docs: NewDoc[] = [{ kind: 'flow', title: flow.title, at: [{ flow: flow.id }], keys: flow.id, where: flow.system, text: flow.summary }];
  for (const p of flow.participants) {
    const first = flow.steps.findIndex((s) => s.from === p.id || s.to === p.id);
    docs.push({
      kind: 'participant', title: p.label, detail: [p.kind, p.tech].filter(Boolean).join(' · '),
      at: [{ flow: flow.id, ...(first >= 0 ? { step: flow.steps[first].id } : {}) }],
      keys: `${p.id} ${p.tech ?? ''}`, where: flow.title, text: p.description ?? '',
    });
  }
  flow.steps.forEach((step, i) => docs.push({
    kind: 'step', title: step.label, detail: `${participantName(flow, step.from)} → ${participantName(flow, step.to)}`,
    at: [{ flow: flow.id, step: step.id, number: i + 1, ...(flow.outline ? { path: pathParam(flow, enclosingChoices(flow, i)) } : {}) }],
    keys: step.id, where: flow.title, text: step.description ?? '',
  }));
  return docs;
}

const target = (ref: StepRef, detail?: string): SearchTarget => ({
  flow: ref.flowId, step: ref.stepId, number: ref.number, label: ref.stepLabel, ...(ref.path ? { path: ref.path } : {}), ...(detail ? { detail } : {}),
});

/** Every document of the palette, in a stable order (the same flows give the same ids). */
export function searchDocuments(flows: readonly Flow[], index: CrossIndex = buildCrossIndex(flows)): SearchDoc[] {
  const docs: NewDoc[] = flows.flatMap(flowDocs);
  for (const e of index.endpoints) {
    docs.push({
      kind: 'endpoint', title: `${e.method} ${e.path}`, ...(e.auth.length ? { detail: e.auth.join(', ') } : {}),
      exact: [endpointKey(e.method, e.path).toLowerCase(), normaliseKey(e.path)],
      at: e.steps.map((ref) => target(ref, `${ref.from} → ${ref.to}`)), keys: `${e.method} ${e.path} ${e.auth.join(' ')}`, where: e.system, text: '',
    });
  }
  for (const t of index.tables) {
    const operations = [...new Set(t.steps.map((s) => s.operation))];
    const columns = [...new Set(t.steps.flatMap((s) => s.columns ?? []))];
    docs.push({
      kind: 'table', title: t.name, ...(t.store ? { detail: t.store } : {}), exact: [t.name.toLowerCase(), normaliseKey(t.name)],
      at: t.steps.map((ref) => target(ref, ref.operation)), keys: `${t.name} ${t.store ?? ''} ${operations.join(' ')} ${columns.join(' ')}`, where: t.system, text: '',
    });
  }
  for (const e of index.entities) {
    const name = e.field ? `${e.entity}.${e.field}` : e.entity;
    for (const t of e.transitions) {
      docs.push({ kind: 'state', title: `${name}: ${t.from ?? '(new)'} → ${t.to}`, exact: [name.toLowerCase()], at: t.steps.map((ref) => target(ref)), keys: `${name} ${t.from ?? ''} ${t.to}`, where: e.system, text: '' });
    }
  }
  return docs.map((d, id) => ({ ...d, id }));
}

/** The index as the build writes it: MiniSearch's own serialised form, loaded in the browser with `loadSearchIndex`. */
export function buildSearchIndex(flows: readonly Flow[], index?: CrossIndex): ReturnType<MiniSearch['toJSON']> {
  const search = new MiniSearch<SearchDoc>(INDEX_OPTIONS);
  search.addAll(searchDocuments(flows, index));
  return search.toJSON();
}
