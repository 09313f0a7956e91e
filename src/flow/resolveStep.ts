import type { Flow } from './schema.ts';

export interface ResolvedStep {
  index: number;
  /** Set when the URL named a step this flow does not have: the page says so and shows step 1. */
  unknownStep?: string;
  /** Set when the URL used a 1-based number: the page replaces it with this id so the link survives reordering. */
  canonicalId?: string;
}

/** Reads the `step` search param: a step id, a 1-based number, or nothing (step 1). */
export function resolveStep(flow: Pick<Flow, 'steps'>, param: string | undefined, range?: StepRange): ResolvedStep {
  const { first, last } = stepBounds(flow, range);
  if (param === undefined || param === '') return { index: first };
  const byId = flow.steps.findIndex((s) => s.id === param);
  if (byId >= 0) return { index: Math.min(Math.max(byId, first), last) };
  if (/^\d+$/.test(param)) {
    const n = Number(param);
    if (n >= 1 && n <= flow.steps.length) {
      const index = Math.min(Math.max(n - 1, first), last);
      return { index, canonicalId: flow.steps[index].id };
    }
  }
  return { index: first, unknownStep: param };
}

export interface StepRange {
  from?: string;
  to?: string;
}

/** First and last reachable indices, optionally limited to a `from`..`to` range of step ids. */
export function stepBounds(flow: Pick<Flow, 'steps'>, range?: StepRange): { first: number; last: number } {
  const find = (id: string | undefined) => (id === undefined ? -1 : flow.steps.findIndex((s) => s.id === id));
  const lastIndex = flow.steps.length - 1;
  const from = find(range?.from);
  const to = find(range?.to);
  const first = from >= 0 ? from : 0;
  const last = to >= first ? to : lastIndex;
  return { first, last };
}

/**
 * How a step is counted for the reader: within the range an embed shows ("Step 2 of 6"), with its place in the whole
 * flow added when the range is not the whole flow.
 */
export function stepPosition(index: number, first: number, last: number, total: number, suffix = ''): { short: string; full: string } {
  const ranged = first > 0 || last < total - 1;
  const short = `Step ${index - first + 1} of ${last - first + 1}${ranged ? '' : suffix}`;
  return { short, full: ranged ? `${short} (step ${index + 1} of ${total} in the whole flow)` : short };
}
