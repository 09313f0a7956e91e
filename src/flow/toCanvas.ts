import { sourceOf } from './branches.ts';
import { messagePairs, type Box, type LayoutVariant, type MessagePair, type Point } from './layout.ts';
import type { Flow, Participant, StepKind } from './schema.ts';

/** How a participant takes part in the current step. */
export type ParticipantRole = 'idle' | 'sender' | 'receiver' | 'self';
/** `other`: the edge carries only messages of outcomes the reader has not chosen. */
export type EdgeStatus = 'current' | 'done' | 'upcoming' | 'other';

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
  /** 1-based numbers (on the chosen path) of the steps travelling on this edge, in either direction. */
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

/** How a participant takes part in a step. */
export function participantRole(step: Flow['steps'][number] | undefined, participantId: string): ParticipantRole {
  if (!step) return 'idle';
  if (step.kind === 'self' && step.from === participantId) return 'self';
  if (step.from === participantId) return 'sender';
  if (step.to === participantId) return 'receiver';
  return 'idle';
}

/** An edge at a step: current while one of its messages is the step, done once all of them are, upcoming before. */
export function edgeState(flow: Flow, edge: { source: string; stepNumbers: number[] }, stepIndex: number): Pick<MessageEdgeData, 'status' | 'current'> {
  const number = stepIndex + 1;
  const step = flow.steps[stepIndex];
  if (step && edge.stepNumbers.includes(number)) {
    return { status: 'current', current: { stepId: step.id, number, label: step.label, kind: step.kind, reverse: step.from !== edge.source } };
  }
  if (edge.stepNumbers.length === 0) return { status: 'other' };
  return { status: edge.stepNumbers.every((n) => n < number) ? 'done' : 'upcoming' };
}

export type StaticNodeData = Omit<ParticipantNodeData, 'role'>;
export type StaticEdgeData = Omit<MessageEdgeData, 'status' | 'current'>;
export interface CanvasElements {
  nodes: Array<Omit<CanvasNode, 'data'> & { data: StaticNodeData }>;
  edges: Array<Omit<CanvasEdge, 'data'> & { data: StaticEdgeData }>;
}

/**
 * Flow + layout → the nodes and edges that stay the same on every step (positions, routes, pills, step numbers). The
 * canvas hands these to React Flow once; each participant and edge then follows the step by itself
 * (`participantRole`, `edgeState`), so a step change re-renders only what it changes.
 */
export function canvasElements(flow: Flow, layout: LayoutVariant): CanvasElements {
  const nodes = flow.participants.map((participant) => {
    const box = layout.nodes[participant.id] ?? { x: 0, y: 0, width: 0, height: 0 };
    return { id: participant.id, type: 'participant' as const, position: { x: box.x, y: box.y }, data: { participant, width: box.width, height: box.height } };
  });
  // Edges are the whole flow's (as laid out), numbered by the chosen path: an edge that only other outcomes use has no
  // numbers and is drawn as "other".
  const whole = sourceOf(flow);
  const position = new Map(whole.path.map((stepIndex, i) => [stepIndex, i]));
  const edges = flowPairs(whole.flow).map((pair) => {
    const route = layout.edges[pair.id];
    const onPath = pair.steps.filter((i) => position.has(i));
    const shown = onPath.length > 0 ? onPath : pair.steps;
    const data: StaticEdgeData = {
      points: route.points,
      pill: route.pill,
      stepNumbers: onPath.map((i) => position.get(i)! + 1).sort((a, b) => a - b),
      arrives: {
        atTarget: shown.some((i) => whole.flow.steps[i].to === pair.target),
        atSource: shown.some((i) => whole.flow.steps[i].to === pair.source),
      },
    };
    return { id: pair.id, type: 'message' as const, source: pair.source, target: pair.target, data };
  });
  return { nodes, edges };
}

/**
 * Flow + layout + current step → nodes and edges with their state at that step (plain data, no React). Pass the
 * previous result to keep the identity of every node and edge the step change does not affect.
 */
export function toCanvas(flow: Flow, layout: LayoutVariant, stepIndex: number, previous?: CanvasModel): CanvasModel {
  const elements = canvasElements(flow, layout);
  const current = flow.steps[stepIndex];
  const nodes: CanvasNode[] = elements.nodes.map((node) => ({ ...node, data: { ...node.data, role: participantRole(current, node.id) } }));
  const edges: CanvasEdge[] = elements.edges.map((edge) => ({ ...edge, data: { ...edge.data, ...edgeState(flow, { source: edge.source, stepNumbers: edge.data.stepNumbers }, stepIndex) } }));
  return { nodes: reuse(nodes, previous?.nodes), edges: reuse(edges, previous?.edges) };
}
