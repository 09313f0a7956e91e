import { layoutParticipants, NODE_HEIGHT, NODE_WIDTH, participantOrder } from './layout.ts';
import type { Flow, Participant, StepKind } from './schema.ts';

/** How a participant takes part in the current step. */
export type ParticipantRole = 'idle' | 'sender' | 'receiver' | 'self';
export type EdgeStatus = 'current' | 'done' | 'upcoming';
/** Straight between participants with nothing in between; an arc over (or under) the row when others stand between. */
export type EdgeLane = 'straight' | 'above' | 'below';

export type ParticipantNodeData = {
  participant: Participant;
  role: ParticipantRole;
  /** The current self step ("validate request"), shown on the node since it has no edge. */
  selfStep?: { number: number; label: string };
};

export type MessageEdgeData = {
  lane: EdgeLane;
  /** How many places apart the two participants are in the layout order. */
  span: number;
  /** 1-based numbers of the steps travelling on this edge, in either direction. */
  stepNumbers: number[];
  status: EdgeStatus;
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
  sourceHandle: string;
  targetHandle: string;
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

interface CanvasStructure {
  positions: Map<string, Point>;
  pairs: { id: string; source: string; target: string; steps: number[]; stepNumbers: number[]; route: ReturnType<typeof routeEdge> }[];
}

// Layout, message pairs and edge routes depend on the flow alone (flows are never mutated once loaded): computed
// once per flow, not on every step change.
const structures = new WeakMap<Flow, CanvasStructure>();

function canvasStructure(flow: Flow): CanvasStructure {
  const cached = structures.get(flow);
  if (cached) return cached;
  const positions = layoutParticipants(flow);
  const rank = new Map(participantOrder(flow).map((id, i) => [id, i]));
  const byId = new Map<string, { source: string; target: string; steps: number[] }>();
  flow.steps.forEach((step, i) => {
    if (step.from === step.to) return;
    const [source, target] = (rank.get(step.from) ?? 0) <= (rank.get(step.to) ?? 0) ? [step.from, step.to] : [step.to, step.from];
    const id = `${source}--${target}`;
    const pair = byId.get(id) ?? { source, target, steps: [] };
    pair.steps.push(i);
    byId.set(id, pair);
  });
  const pairs = [...byId].map(([id, pair]) => ({
    id, ...pair, stepNumbers: pair.steps.map((i) => i + 1), route: routeEdge(pair.source, pair.target, positions),
  }));
  const structure = { positions, pairs };
  structures.set(flow, structure);
  return structure;
}

/**
 * Flow + current step → React Flow nodes and edges (plain data, no React). Pass the previous result to keep the
 * identity of every node and edge the step change does not affect.
 */
export function toCanvas(flow: Flow, stepIndex: number, previous?: CanvasModel): CanvasModel {
  const { positions, pairs } = canvasStructure(flow);
  const current = flow.steps[stepIndex];

  const nodes: CanvasNode[] = flow.participants.map((participant) => {
    let role: ParticipantRole = 'idle';
    if (current) {
      if (current.kind === 'self' && current.from === participant.id) role = 'self';
      else if (current.from === participant.id) role = 'sender';
      else if (current.to === participant.id) role = 'receiver';
    }
    const data: ParticipantNodeData = { participant, role };
    if (role === 'self') data.selfStep = { number: stepIndex + 1, label: current.label };
    return { id: participant.id, type: 'participant', position: positions.get(participant.id) ?? { x: 0, y: 0 }, data };
  });

  const edges: CanvasEdge[] = pairs.map((pair) => {
    const { route } = pair;
    const onEdge = current !== undefined && pair.steps.includes(stepIndex);
    const status: EdgeStatus = onEdge ? 'current' : pair.steps[0] < stepIndex ? 'done' : 'upcoming';
    const data: MessageEdgeData = { lane: route.lane, span: route.span, stepNumbers: pair.stepNumbers, status };
    if (onEdge) {
      data.current = { stepId: current.id, number: stepIndex + 1, label: current.label, kind: current.kind, reverse: current.from !== pair.source };
    }
    return { id: pair.id, type: 'message', source: pair.source, target: pair.target, sourceHandle: route.sourceHandle, targetHandle: route.targetHandle, data };
  });

  return { nodes: reuse(nodes, previous?.nodes), edges: reuse(edges, previous?.edges) };
}

type Point = { x: number; y: number };

/**
 * Picks the sides an edge leaves and enters by, from where the two participants stand: side by side in a row
 * (an arc when others stand between them), or in different rows (a straight line across the corridor).
 */
function routeEdge(source: string, target: string, positions: Map<string, Point>) {
  const a = positions.get(source) ?? { x: 0, y: 0 };
  const b = positions.get(target) ?? { x: 0, y: 0 };
  const sameRow = Math.abs(a.y - b.y) < NODE_HEIGHT;
  const between = [...positions.values()].filter(
    (p) => Math.abs(p.y - a.y) < NODE_HEIGHT && p.x > Math.min(a.x, b.x) + NODE_WIDTH / 2 && p.x < Math.max(a.x, b.x) - NODE_WIDTH / 2,
  ).length;
  if (sameRow && between > 0) {
    const rows = [...positions.values()].map((p) => p.y);
    const lane: EdgeLane = a.y > (Math.min(...rows) + Math.max(...rows)) / 2 ? 'below' : 'above';
    const side = lane === 'above' ? 'top' : 'bottom';
    return { lane, span: between + 1, sourceHandle: `${side}-out`, targetHandle: `${side}-in` };
  }
  if (sameRow) {
    return a.x <= b.x
      ? { lane: 'straight' as const, span: 1, sourceHandle: 'right-out', targetHandle: 'left-in' }
      : { lane: 'straight' as const, span: 1, sourceHandle: 'left-out', targetHandle: 'right-in' };
  }
  return a.y < b.y
    ? { lane: 'straight' as const, span: 1, sourceHandle: 'bottom-out', targetHandle: 'top-in' }
    : { lane: 'straight' as const, span: 1, sourceHandle: 'top-out', targetHandle: 'bottom-in' };
}
