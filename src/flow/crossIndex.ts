import { enclosingChoices, pathParam } from './branches.ts';
import { participantName } from './participantName.ts';
import type { Flow, TableAccess } from './schema.ts';

/**
 * The cross-flow index: every endpoint, table (collection, key, queue) and entity with a state, joined across all
 * flows, each with the steps that touch it. Built once when the flows are built; the browser only reads it.
 */

/** A step that touches an entry, with what a link to it needs. */
export interface StepRef {
  flowId: string;
  flowTitle: string;
  stepId: string;
  stepLabel: string;
  /** 1-based, in file order (every outcome included), as the docs number steps. */
  number: number;
  /** The outcomes that lead to the step (`&path=`), when it is inside one. */
  path?: string;
  from: string;
  to: string;
}

export interface EndpointEntry {
  /** Stable slug, unique within the system: the entry's URL is /endpoints/<system>/<id>. */
  id: string;
  system: string;
  method: string;
  /** As the flows write it (the first spelling met); `:id` and `{id}` name the same endpoint. */
  path: string;
  auth: string[];
  steps: StepRef[];
}

export interface TableEntry {
  id: string;
  system: string;
  store?: string;
  name: string;
  steps: Array<StepRef & { operation: TableAccess['operation']; columns?: string[] }>;
}

export interface EntityTransition {
  from: string | null;
  to: string;
  steps: StepRef[];
}

export interface EntityEntry {
  id: string;
  system: string;
  entity: string;
  field?: string;
  /** Every state, in the order first met. */
  states: string[];
  transitions: EntityTransition[];
  /** States entered but never left (terminal, or a transition the flows do not show). */
  neverLeft: string[];
  /** States left but never entered in any flow. */
  neverEntered: string[];
}

export interface CrossIndex {
  endpoints: EndpointEntry[];
  tables: TableEntry[];
  entities: EntityEntry[];
}

/** One key for one endpoint however a flow writes its parameters: `:id`, `{id}` and `{agent_id}` are the same slot. */
export function endpointKey(method: string, path: string): string {
  const normal = path
    .replace(/^https?:\/\/[^/]+/, '')
    .replace(/\{[^}/]*\}|:[A-Za-z_][A-Za-z0-9_]*/g, '{}')
    .replace(/\?.*$/, '')
    .replace(/(.)\/+$/, '$1');
  return `${method.toUpperCase()} ${normal}`;
}

/** A slug for URLs: lowercase letters, digits and dashes (underscores kept, as table names use them). */
export function entrySlug(text: string): string {
  return text.toLowerCase().replace(/\{\}/g, 'id').replace(/[^a-z0-9_]+/g, '-').replace(/^-+|-+$/g, '') || 'root';
}

function stepRefs(flow: Flow): StepRef[] {
  return flow.steps.map((step, i) => ({
    flowId: flow.id,
    flowTitle: flow.title,
    stepId: step.id,
    stepLabel: step.label,
    number: i + 1,
    ...(flow.outline ? { path: pathParam(flow, enclosingChoices(flow, i)) } : {}),
    from: participantName(flow, step.from),
    to: participantName(flow, step.to),
  }));
}

/** Entries of one kind keyed by system and key, each given a slug unique in its system. */
function keyed<T extends { id: string; system: string }>() {
  const byKey = new Map<string, T>();
  const slugs = new Set<string>();
  return {
    get: (system: string, key: string, create: (id: string) => T): T => {
      const full = `${system}\u0000${key}`;
      let entry = byKey.get(full);
      if (!entry) {
        const base = entrySlug(key);
        let id = base;
        for (let n = 2; slugs.has(`${system}/${id}`); n++) id = `${base}-${n}`;
        slugs.add(`${system}/${id}`);
        entry = create(id);
        byKey.set(full, entry);
      }
      return entry;
    },
    peek: (system: string, key: string): T | undefined => byKey.get(`${system}\u0000${key}`),
    values: () => [...byKey.values()],
  };
}

const bySystemThen = <T extends { system: string }>(key: (entry: T) => string) => (a: T, b: T) =>
  a.system.localeCompare(b.system) || key(a).localeCompare(key(b));

export function buildCrossIndex(flows: readonly Flow[]): CrossIndex {
  const endpoints = keyed<EndpointEntry>();
  const tables = keyed<TableEntry>();
  const entities = keyed<EntityEntry>();
  for (const flow of flows) {
    const refs = stepRefs(flow);
    flow.steps.forEach((step, i) => {
      const ref = refs[i];
      if (step.endpoint) {
        const key = endpointKey(step.endpoint.method, step.endpoint.path);
        const entry = endpoints.get(flow.system, key, (id) => ({ id, system: flow.system, method: step.endpoint!.method, path: step.endpoint!.path, auth: [], steps: [] }));
        if (step.endpoint.auth && !entry.auth.includes(step.endpoint.auth)) entry.auth.push(step.endpoint.auth);
        entry.steps.push(ref);
      }
      for (const table of step.tables ?? []) {
        // One entry per name in a system; a flow that leaves the store out joins it. The same name in another store
        // (a Redis key and a table both called "teams") is an entry of its own.
        const first = tables.peek(flow.system, table.name);
        const key = first?.store && table.store && first.store !== table.store ? `${table.name} ${table.store}` : table.name;
        const entry = tables.get(flow.system, key, (id) => ({ id, system: flow.system, ...(table.store ? { store: table.store } : {}), name: table.name, steps: [] }));
        if (!entry.store && table.store) entry.store = table.store;
        entry.steps.push({ ...ref, operation: table.operation, ...(table.columns ? { columns: table.columns } : {}) });
      }
      for (const t of step.state ?? []) {
        const key = t.field ? `${t.entity}.${t.field}` : t.entity;
        const entry = entities.get(flow.system, key, (id) => ({ id, system: flow.system, entity: t.entity, ...(t.field ? { field: t.field } : {}), states: [], transitions: [], neverLeft: [], neverEntered: [] }));
        for (const state of [t.from, t.to]) if (state !== null && !entry.states.includes(state)) entry.states.push(state);
        let transition = entry.transitions.find((x) => x.from === t.from && x.to === t.to);
        if (!transition) entry.transitions.push((transition = { from: t.from, to: t.to, steps: [] }));
        if (!transition.steps.some((s) => s.flowId === ref.flowId && s.stepId === ref.stepId)) transition.steps.push(ref);
      }
    });
  }
  for (const entry of entities.values()) {
    const left = new Set(entry.transitions.filter((t) => t.from !== null && t.from !== t.to).map((t) => t.from));
    const entered = new Set(entry.transitions.filter((t) => t.from !== t.to).map((t) => t.to));
    entry.neverLeft = entry.states.filter((s) => entered.has(s) && !left.has(s));
    entry.neverEntered = entry.states.filter((s) => !entered.has(s));
  }
  return {
    endpoints: endpoints.values().sort(bySystemThen((e) => `${e.path} ${e.method}`)),
    tables: tables.values().sort(bySystemThen((t) => `${t.store ?? ''} ${t.name}`)),
    entities: entities.values().sort(bySystemThen((e) => `${e.entity}.${e.field ?? ''}`)),
  };
}

/** An index entry a step touches: its id (for its URL) and the ids of the other flows that touch it too. */
export interface RelatedEntry {
  id: string;
  also: string[];
}
/** Aligned with the step's own lists: `tables[i]` is the entry of `step.tables[i]`, `entities[i]` of `step.state[i]`. */
export interface StepRelated {
  endpoint?: RelatedEntry;
  tables?: Array<RelatedEntry | null>;
  entities?: Array<RelatedEntry | null>;
}

/**
 * For one flow, per step id: the index entries its endpoint, tables and state transitions belong to, with the other
 * flows that touch each ("Also in"). Small enough to ship with the flow, so its page never loads the whole index.
 */
export function relatedOf(index: CrossIndex, flow: Flow): Record<string, StepRelated> {
  const related: Record<string, StepRelated> = {};
  const entry = (e: { id: string; steps: StepRef[] }): RelatedEntry => {
    // Ids only: the page has every flow's title in the catalog already.
    const also = new Set<string>();
    for (const s of e.steps) if (s.flowId !== flow.id) also.add(s.flowId);
    return { id: e.id, also: [...also] };
  };
  const touches = (steps: StepRef[], stepId: string) => steps.some((s) => s.flowId === flow.id && s.stepId === stepId);
  const ofSystem = <T extends { system: string }>(list: T[]) => list.filter((e) => e.system === flow.system);
  const endpoints = ofSystem(index.endpoints);
  const tables = ofSystem(index.tables);
  const entities = ofSystem(index.entities);
  for (const step of flow.steps) {
    const out: StepRelated = {};
    const endpoint = step.endpoint && endpoints.find((e) => touches(e.steps, step.id));
    if (endpoint) out.endpoint = entry(endpoint);
    if (step.tables?.length) {
      out.tables = step.tables.map((table) => {
        const found = tables.find((t) => t.name === table.name && (!table.store || !t.store || t.store === table.store) && touches(t.steps, step.id));
        return found ? entry(found) : null;
      });
    }
    if (step.state?.length) {
      out.entities = step.state.map((t) => {
        const found = entities.find((e) => e.entity === t.entity && e.field === t.field);
        return found ? entry({ id: found.id, steps: found.transitions.flatMap((x) => x.steps) }) : null;
      });
    }
    if (Object.keys(out).length > 0) related[step.id] = out;
  }
  return related;
}
