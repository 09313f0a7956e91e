import { forksOf, pathOf, type Choices } from '../flow/branches.ts';
import { endpointKey } from '../flow/crossIndex.ts';
import { slugify } from '../flow/fromSequence.ts';
import type { Flow, Participant, Step } from '../flow/schema.ts';

/** One way a trace departs from a documented flow; `place` is the JSON path of the documented step, or `$.steps`. */
export interface TraceFinding {
  place: string;
  message: string;
}

/** What a step is checked by: its endpoint, and each table, key or queue it touches. Caller and store aside. */
interface Call {
  key: string;
  /** As a reader writes it: "POST /teams", "deployment_objects". */
  shown: string;
}

const callsOf = (step: Pick<Step, 'kind' | 'endpoint' | 'tables'>): Call[] => {
  // A response repeats its request's endpoint: the request is the call.
  if (step.kind === 'response') return [];
  return [
    ...(step.endpoint ? [{ key: `endpoint ${endpointKey(step.endpoint.method, step.endpoint.path)}`, shown: `${step.endpoint.method} ${step.endpoint.path}` }] : []),
    ...(step.tables ?? []).map((t) => ({ key: `table ${t.name.toLowerCase()}`, shown: t.name })),
  ];
};

/** Each documented participant's name in a trace: its id or label as a service name, a database or a queue system. */
function participantMatcher(documented: readonly Participant[], observed: readonly Participant[]) {
  const names = (p: Participant) => [slugify(p.id), slugify(p.label)];
  return (observedId: string): string | undefined => {
    const seen = observed.find((p) => p.id === observedId);
    if (!seen) return undefined;
    return documented.find((d) => names(d).some((n) => names(seen).includes(n)))?.id;
  };
}

/** Every path through the flow's forks (each outcome of each), at most `limit` of them. */
function allPaths(flow: Flow, limit = 64): number[][] {
  let choices: Choices[] = [{}];
  for (const fork of forksOf(flow)) {
    choices = choices.flatMap((c) => fork.options.map((_, i) => ({ ...c, [fork.id]: i }))).slice(0, limit);
  }
  const unique = new Map(choices.map((c) => {
    const path = pathOf(flow, c);
    return [path.join(','), path];
  }));
  return [...unique.values()];
}

/** The documented calls of one path, in order, against the observed ones: missing, out of order. */
function checkPath(flow: Flow, path: readonly number[], observed: readonly Call[], placeOf: (stepId: string) => string, traceName: string): TraceFinding[] {
  const findings: TraceFinding[] = [];
  let cursor = 0;
  for (const index of path) {
    const step = flow.steps[index];
    for (const call of callsOf(step)) {
      const next = observed.findIndex((o, i) => i >= cursor && o.key === call.key);
      if (next >= 0) {
        cursor = next + 1;
        continue;
      }
      const earlier = observed.some((o) => o.key === call.key);
      findings.push({
        place: placeOf(step.id),
        message: earlier
          ? `documented ${call.shown} (step '${step.id}') is observed in trace ${traceName}, but before the calls documented ahead of it`
          : `documented ${call.shown} (step '${step.id}') not observed in trace ${traceName}`,
      });
    }
  }
  return findings;
}

/**
 * Does a recorded trace follow the documented flow? `observed` is the trace as `traceToFlow` reads it. Every documented
 * endpoint, table, key or queue must be observed in the documented order; repetitions (loops) and calls the flow does
 * not name in between are allowed, and of a flow with forks the outcome that fits the trace best is taken. Calls
 * the trace shows between two of the flow's own participants that the flow documents nowhere are listed as well.
 */
export function verifyTrace(flow: Flow, observedFlow: Pick<Flow, 'participants' | 'steps'>, options: { traceName: string; placeOf: (stepId: string) => string }): TraceFinding[] {
  const observed = observedFlow.steps.flatMap(callsOf);
  let best: TraceFinding[] | undefined;
  for (const path of allPaths(flow)) {
    const findings = checkPath(flow, path, observed, options.placeOf, options.traceName);
    if (!best || findings.length < best.length) best = findings;
    if (best.length === 0) break;
  }
  const documented = new Set(flow.steps.flatMap((s) => callsOf(s).map((c) => c.key)));
  const ours = participantMatcher(flow.participants, observedFlow.participants);
  const extra = new Map<string, TraceFinding>();
  for (const step of observedFlow.steps) {
    const from = ours(step.from);
    const to = ours(step.to);
    // Only between the flow's own participants: a trace also records calls this flow is not about.
    if (!from || (!to && !step.tables?.length)) continue;
    for (const call of callsOf(step)) {
      if (documented.has(call.key) || extra.has(call.key)) continue;
      const names = (id: string | undefined, fallback: string) => flow.participants.find((p) => p.id === id)?.label ?? fallback;
      extra.set(call.key, {
        place: '$.steps',
        message: `trace ${options.traceName} shows ${call.shown} (${names(from, step.from)} → ${names(to, step.to)}), which this flow does not document`,
      });
    }
  }
  return [...(best ?? []), ...extra.values()];
}
