import type { Block, Flow, OutlineItem, Step } from './schema.ts';

/**
 * Paths through a flow with alt / opt blocks. A path is the steps a reader walks through with one outcome chosen at
 * each fork: the first outcome (the happy path) unless the URL's `path` says otherwise. Loops are walked once.
 */

/** A place where the reader chooses: an alt's outcomes, or an opt's "taken" and "skipped". */
export interface Fork {
  id: string;
  kind: 'alt' | 'opt';
  label: string;
  options: ForkOption[];
}
export interface ForkOption {
  /** What `&path=` says for this option: the outcome id, the opt's id, or `skip-<opt id>`. */
  token: string;
  label: string;
  ends?: boolean;
  /** The first step of this option, or none for a skipped opt. */
  firstStep?: number;
}

/** Fork id → the chosen option's index; a fork left out takes its first option. */
export type Choices = Readonly<Record<string, number>>;

const forksCache = new WeakMap<Flow, Fork[]>();
const firstStepOf = (items: OutlineItem[]): number | undefined => {
  for (const item of items) {
    if (typeof item === 'number') return item;
    const inner = firstStepOf(item.branches[0]?.items ?? []);
    if (inner !== undefined) return inner;
  }
  return undefined;
};

/** Every fork of the flow, in file order (outer before inner). */
export function forksOf(flow: Pick<Flow, 'outline'>): Fork[] {
  const cached = forksCache.get(flow as Flow);
  if (cached) return cached;
  const forks: Fork[] = [];
  const walk = (items: OutlineItem[]) => {
    for (const item of items) {
      if (typeof item === 'number') continue;
      if (item.kind === 'alt') {
        forks.push({ id: item.id!, kind: 'alt', label: item.label, options: item.branches.map((b) => ({ token: b.id!, label: b.label!, ...(b.ends ? { ends: true } : {}), firstStep: firstStepOf(b.items) })) });
      } else if (item.kind === 'opt') {
        forks.push({ id: item.id!, kind: 'opt', label: item.label, options: [{ token: item.id!, label: item.label, firstStep: firstStepOf(item.branches[0].items) }, { token: `skip-${item.id}`, label: 'Skipped' }] });
      }
      item.branches.forEach((b) => walk(b.items));
    }
  };
  walk(flow.outline ?? []);
  forksCache.set(flow as Flow, forks);
  return forks;
}

/** Reads `&path=`: outcome tokens separated by commas. Tokens this flow does not have are returned to be reported. */
export function parsePath(flow: Pick<Flow, 'outline'>, param: string | undefined): { choices: Choices; unknown: string[] } {
  const choices: Record<string, number> = {};
  const unknown: string[] = [];
  for (const token of (param ?? '').split(',').map((t) => t.trim()).filter(Boolean)) {
    const fork = forksOf(flow).find((f) => f.options.some((o) => o.token === token));
    if (fork) choices[fork.id] = fork.options.findIndex((o) => o.token === token);
    else unknown.push(token);
  }
  return { choices, unknown };
}

/** The forks and options that enclose a step: choosing them all puts the step on the path. */
export function enclosingChoices(flow: Pick<Flow, 'outline'>, stepIndex: number): Choices {
  const found: Record<string, number> = {};
  const walk = (items: OutlineItem[], trail: Array<[string, number]>): boolean => {
    for (const item of items) {
      if (typeof item === 'number') {
        if (item !== stepIndex) continue;
        for (const [fork, option] of trail) found[fork] = option;
        return true;
      }
      const hit = item.branches.some((branch, i) => walk(branch.items, item.kind === 'loop' ? trail : [...trail, [item.id!, i]]));
      if (hit) return true;
    }
    return false;
  };
  walk(flow.outline ?? [], []);
  return found;
}

/** The steps of the path these choices make, as indices into `flow.steps`, in the order they happen. */
export function pathOf(flow: Pick<Flow, 'steps' | 'outline'>, choices: Choices): number[] {
  return walkPath(flow, choices).steps;
}

/** The path's steps, and the forks it reaches (only their choices matter for it). */
function walkPath(flow: Pick<Flow, 'steps' | 'outline'>, choices: Choices): { steps: number[]; forks: Set<string> } {
  const steps: number[] = [];
  const forks = new Set<string>();
  if (!flow.outline) return { steps: flow.steps.map((_, i) => i), forks };
  // True when the path has ended (an outcome that ends the flow).
  const walk = (items: OutlineItem[]): boolean => {
    for (const item of items) {
      if (typeof item === 'number') steps.push(item);
      else if (walkBlock(item)) return true;
    }
    return false;
  };
  const walkBlock = (block: Block): boolean => {
    if (block.kind === 'loop') return walk(block.branches[0].items);
    forks.add(block.id!);
    const chosen = choices[block.id!] ?? 0;
    if (block.kind === 'opt') return chosen === 0 ? walk(block.branches[0].items) : false;
    const branch = block.branches[chosen] ?? block.branches[0];
    return walk(branch.items) || branch.ends === true;
  };
  walk(flow.outline);
  return { steps, forks };
}

/** The `path` param for these choices: the non-default options of the forks the path reaches, in file order. */
export function pathParam(flow: Pick<Flow, 'steps' | 'outline'>, choices: Choices): string | undefined {
  const reached = walkPath(flow, choices).forks;
  const tokens = forksOf(flow)
    .filter((fork) => reached.has(fork.id) && (choices[fork.id] ?? 0) > 0 && fork.options[choices[fork.id]] !== undefined)
    .map((fork) => fork.options[choices[fork.id]].token);
  return tokens.length > 0 ? tokens.join(',') : undefined;
}

/** The fork choices with a step put on the path: a link to a step inside an outcome selects that outcome. */
export function choicesWithStep(flow: Pick<Flow, 'outline'>, choices: Choices, stepIndex: number | undefined): Choices {
  if (stepIndex === undefined || !flow.outline) return choices;
  const enclosing = enclosingChoices(flow, stepIndex);
  return Object.entries(enclosing).every(([id, option]) => (choices[id] ?? 0) === option) ? choices : { ...choices, ...enclosing };
}

/**
 * The fork a reader chooses at on a step: the one that comes right after it (what happens next), else the innermost
 * one the step is inside (switching the outcome being read).
 */
export function forkAt(flow: Pick<Flow, 'outline'>, stepIndex: number): Fork | undefined {
  const forks = forksOf(flow);
  if (forks.length === 0) return undefined;
  let ahead: Block | undefined;
  const find = (items: OutlineItem[]): boolean =>
    items.some((item, i) => {
      if (item === stepIndex) {
        const next = items[i + 1];
        if (typeof next === 'object' && next.kind !== 'loop') ahead = next;
        return true;
      }
      return typeof item === 'object' && item.branches.some((b) => find(b.items));
    });
  find(flow.outline ?? []);
  if (ahead) return forks.find((f) => f.id === ahead!.id);
  const inside = Object.keys(enclosingChoices(flow, stepIndex));
  return inside.length > 0 ? forks.find((f) => f.id === inside[inside.length - 1]) : undefined;
}

const views = new WeakMap<Flow, Map<string, Flow>>();
const sources = new WeakMap<Flow, { flow: Flow; path: readonly number[] }>();

/**
 * The flow as one path shows it: the same flow with only the path's steps, in order. Everything that steps, numbers
 * and draws works on this as on a flow without blocks; the same object is returned for the same path.
 */
export function pathView(flow: Flow, path: readonly number[]): Flow {
  if (!flow.outline) return flow;
  const key = path.join(',');
  let byKey = views.get(flow);
  if (!byKey) views.set(flow, (byKey = new Map()));
  let view = byKey.get(key);
  if (!view) {
    view = { ...flow, steps: path.map((i) => flow.steps[i]) };
    byKey.set(key, view);
    sources.set(view, { flow, path });
  }
  return view;
}

/** The whole flow a path view was made from, and the path (indices into its steps); a flow without blocks is its own. */
export function sourceOf(flow: Flow): { flow: Flow; path: readonly number[] } {
  return sources.get(flow) ?? { flow, path: flow.steps.map((_, i) => i) };
}

/** An entity's state after a step: what the last transition on the path up to that step set it to. */
export interface EntityState {
  entity: string;
  field?: string;
  state: string;
  /** The state before that transition; null when that step created the entity. */
  from: string | null;
  /** The step that set it (1-based on the path), with its id and label. */
  stepNumber: number;
  stepId: string;
  stepLabel: string;
}

/** Every entity the steps up to `position` touch, in the order they were first touched, with its latest state. */
export function stateAfter(steps: readonly Step[], position: number): EntityState[] {
  const states = new Map<string, EntityState>();
  steps.slice(0, position + 1).forEach((step, i) => {
    for (const t of step.state ?? []) {
      states.set(`${t.entity}\u0000${t.field ?? ''}`, { entity: t.entity, ...(t.field ? { field: t.field } : {}), state: t.to, from: t.from, stepNumber: i + 1, stepId: step.id, stepLabel: step.label });
    }
  });
  return [...states.values()];
}

/** " on this path" for a flow with forks, whose step numbers count the chosen path; nothing otherwise. */
export function onThisPath(flow: Flow): string {
  return forksOf(sourceOf(flow).flow).length > 0 ? ' on this path' : '';
}
