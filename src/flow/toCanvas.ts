import { messagePairs, type Box, type LayoutVariant, type MessagePair, type Point } from './layout.ts';
import type { Flow, Participant, StepKind } from './schema.ts';

/** How a participant takes part in the current step. */
export type ParticipantRole = 'idle' | 'sender' | 'receiver' | 'self';
export type EdgeStatus = 'current' | 'done' | 'upcoming';

export type ParticipantNodeData = {
  participant: Participant;
  role: ParticipantRole;
  width: number;
  height: number;
};

export type MessageEdgeData = {
  /** The route from source to target, from the layout. */
  points: Point[];
  pill: Box;
  /** 1-based numbers of the steps travelling on this edge, in either direction. */
  stepNumbers: number[];
  /** Done only once every step on it is done. */
  status: EdgeStatus;
  /** Which ends messages arrive at, so every direction a message takes has its arrowhead. */
  arrives: { atTarget: boolean; atSource: boolean };
  /** Present on the edge of the current step. `reverse`: the message goes from the edge's target to its source. */
  current?: { stepId: string; number: number; label: string; kind: StepKind; reverse: boolean };
};

export interface CanvasNode {
  id: string;
  type: 'participant';
  position: { x: number; y: number };
  data: ParticipantNodeData;
}

export interface CanvasEdge {
  id: string;
  type: 'message';
  source: string;
  target: string;
  data: MessageEdgeData;
}

export interface CanvasModel {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a) as (keyof typeof a)[];
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => {
    const va = a[k] as unknown;
    const vb = b[k] as unknown;
    if (va === vb) return true;
    // Nested plain data (step numbers, current step) compares by value, one level deep.
    if (Array.isArray(va) && Array.isArray(vb)) return va.length === vb.length && va.every((x, i) => x === vb[i]);
    if (va && vb && typeof va === 'object' && typeof vb === 'object') return shallowEqual(va, vb);
    return false;
  });
}

/** Keeps the previous object wherever nothing changed, so React Flow re-renders only what a step change touches. */
function reuse<T extends { id: string; data: object; position?: object }>(next: T[], previous: readonly T[] | undefined): T[] {
  if (!previous) return next;
  const byId = new Map(previous.map((item) => [item.id, item]));
  return next.map((item) => {
    const old = byId.get(item.id);
    if (!old || !shallowEqual(old.data, item.data)) return item;
    if (item.position && old.position && !shallowEqual(old.position, item.position)) return item;
    return old;
  });
}

// Message pairs depend on the flow alone (flows are never mutated once loaded): computed once per flow.
const pairsOf = new WeakMap<Flow, MessagePair[]>();
export function flowPairs(flow: Flow): MessagePair[] {
  let pairs = pairsOf.get(flow);
  if (!pairs) {
    pairs = messagePairs(flow);
    pairsOf.set(flow, pairs);
  }
  return pairs;
}

/**
 * Flow + layout + current step → React Flow nodes and edges (plain data, no React). Pass the previous result to keep
 * the identity of every node and edge the step change does not affect.
 */
export function toCanvas(flow: Flow, layout: LayoutVariant, stepIndex: number, previous?: CanvasModel): CanvasModel {
  const current = flow.steps[stepIndex];

  const nodes: CanvasNode[] = flow.participants.map((participant) => {
    let role: ParticipantRole = 'idle';
    if (current) {
      if (current.kind === 'self' && current.from === participant.id) role = 'self';
      else if (current.from === participant.id) role = 'sender';
      else if (current.to === participant.id) role = 'receiver';
    }
    const box = layout.nodes[participant.id] ?? { x: 0, y: 0, width: 0, height: 0 };
    return { id: participant.id, type: 'participant', position: { x: box.x, y: box.y }, data: { participant, role, width: box.width, height: box.height } };
  });

  const edges: CanvasEdge[] = flowPairs(flow).map((pair) => {
    const route = layout.edges[pair.id];
    const onEdge = current !== undefined && pair.steps.includes(stepIndex);
    const status: EdgeStatus = onEdge ? 'current' : pair.steps.every((i) => i < stepIndex) ? 'done' : 'upcoming';
    const data: MessageEdgeData = {
      points: route.points,
      pill: route.pill,
      stepNumbers: pair.steps.map((i) => i + 1),
      status,
      arrives: {
        atTarget: pair.steps.some((i) => flow.steps[i].to === pair.target),
        atSource: pair.steps.some((i) => flow.steps[i].to === pair.source),
      },
    };
    if (onEdge) {
      data.current = { stepId: current.id, number: stepIndex + 1, label: current.label, kind: current.kind, reverse: current.from !== pair.source };
    }
    return { id: pair.id, type: 'message', source: pair.source, target: pair.target, data };
  });

  return { nodes: reuse(nodes, previous?.nodes), edges: reuse(edges, previous?.edges) };
}
