import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import {
  boundsOf, messagePairs, participantOrder, participantSize, pillSize, pillText,
  type Box, type EdgeLayout, type FlowLayout, type LayoutVariant, type MessagePair, type Point,
} from './layout.ts';
import type { Flow } from './schema.ts';

/**
 * Build-time layout with ELK's layered algorithm (the Eclipse Layout Kernel, as used by many diagram tools): few
 * crossings, edges routed around participants, pills placed where they cover neither a participant nor another pill.
 * Deterministic — the same flow always gives the same picture. Never imported by the browser: the Vite plugin runs
 * it and ships the result as data.
 */

const elk = new ELK();

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '56',
  'elk.spacing.edgeNode': '22',
  'elk.spacing.edgeEdge': '14',
  'elk.spacing.edgeLabel': '6',
  'elk.layered.spacing.edgeNodeBetweenLayers': '22',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '14',
  // The order participants first appear in breaks ties, so the picture reads in the order the story is told.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.spacing.componentComponent': '40',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

const round = (n: number) => Math.round(n);
const roundPoint = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });

/**
 * Which edges to lay out against their first message's direction. Layers follow the distance from the participant
 * that starts the flow (breadth first, in order of appearance), so every message joins neighbouring layers and no
 * step's sender and receiver end up too far apart for the camera to frame both at a readable size.
 */
function flippedForLayering(flow: Flow, pairs: MessagePair[]): Set<string> {
  const order = participantOrder(flow);
  const rank = new Map(order.map((id, i) => [id, i]));
  const neighbours = new Map<string, string[]>(order.map((id) => [id, []]));
  for (const pair of pairs) {
    neighbours.get(pair.source)?.push(pair.target);
    neighbours.get(pair.target)?.push(pair.source);
  }
  const depth = new Map<string, number>();
  for (const root of order) {
    if (depth.has(root)) continue;
    depth.set(root, 0);
    const queue = [root];
    while (queue.length > 0) {
      const id = queue.shift()!;
      const next = [...(neighbours.get(id) ?? [])].sort((a, b) => rank.get(a)! - rank.get(b)!);
      for (const n of next) {
        if (depth.has(n)) continue;
        depth.set(n, depth.get(id)! + 1);
        queue.push(n);
      }
    }
  }
  const key = (id: string) => [depth.get(id) ?? 0, rank.get(id) ?? 0];
  const before = (a: string, b: string) => key(a)[0] < key(b)[0] || (key(a)[0] === key(b)[0] && key(a)[1] < key(b)[1]);
  return new Set(pairs.filter((p) => before(p.target, p.source)).map((p) => p.id));
}

async function layered(flow: Flow, pairs: MessagePair[], direction: 'RIGHT' | 'DOWN'): Promise<LayoutVariant> {
  const byId = new Map(flow.participants.map((p) => [p.id, p]));
  const flipped = flippedForLayering(flow, pairs);
  const graph: ElkNode = {
    id: 'flow',
    layoutOptions: { ...OPTIONS, 'elk.direction': direction },
    children: participantOrder(flow).map((id) => ({ id, ...participantSize(byId.get(id)!) })),
    edges: pairs.map((pair): ElkExtendedEdge => ({
      id: pair.id,
      sources: [flipped.has(pair.id) ? pair.target : pair.source],
      targets: [flipped.has(pair.id) ? pair.source : pair.target],
      labels: [{ id: `${pair.id}:pill`, text: pillText(pair), ...pillSize(pillText(pair)) }],
    })),
  };
  const out = await elk.layout(graph);
  const nodes: Record<string, Box> = {};
  for (const n of out.children ?? []) nodes[n.id] = roundBox({ x: n.x ?? 0, y: n.y ?? 0, width: n.width ?? 0, height: n.height ?? 0 });
  const edges: Record<string, EdgeLayout> = {};
  for (const e of out.edges ?? []) {
    const section = e.sections?.[0];
    const label = e.labels?.[0];
    if (!section || !label) throw new Error(`ELK returned no route for edge ${e.id}`);
    const points = [section.startPoint, ...(section.bendPoints ?? []), section.endPoint].map(roundPoint);
    // Routes always run from the pair's source to its target, however the edge was laid out.
    if (flipped.has(e.id)) points.reverse();
    edges[e.id] = {
      points,
      pill: roundBox({ x: label.x ?? 0, y: label.y ?? 0, width: label.width ?? 0, height: label.height ?? 0 }),
    };
  }
  return normalise({ width: 0, height: 0, nodes, edges });
}

/** Where the border of `box` meets the line from its centre towards `toward`. */
function borderPoint(box: Box, toward: Point): Point {
  const c = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  const dx = toward.x - c.x;
  const dy = toward.y - c.y;
  if (dx === 0 && dy === 0) return c;
  const scale = Math.min(Math.abs(box.width / 2 / (dx || 1e-9)), Math.abs(box.height / 2 / (dy || 1e-9)));
  return { x: c.x + dx * scale, y: c.y + dy * scale };
}

/** The author's own positions: straight edges between the boxes, pills at their middle. */
function fixed(flow: Flow, pairs: MessagePair[]): LayoutVariant {
  const nodes: Record<string, Box> = {};
  for (const p of flow.participants) nodes[p.id] = roundBox({ ...p.position!, ...participantSize(p) });
  const edges: Record<string, EdgeLayout> = {};
  for (const pair of pairs) {
    const a = nodes[pair.source];
    const b = nodes[pair.target];
    const start = borderPoint(a, { x: b.x + b.width / 2, y: b.y + b.height / 2 });
    const end = borderPoint(b, { x: a.x + a.width / 2, y: a.y + a.height / 2 });
    const size = pillSize(pillText(pair));
    edges[pair.id] = {
      points: [start, end].map(roundPoint),
      pill: roundBox({ x: (start.x + end.x) / 2 - size.width / 2, y: (start.y + end.y) / 2 - size.height / 2, ...size }),
    };
  }
  return normalise({ width: 0, height: 0, nodes, edges });
}

/** Moves the drawing to start at (0, 0) and records its size, pills and routes included. */
function normalise(variant: LayoutVariant): LayoutVariant {
  const boxes = [
    ...Object.values(variant.nodes),
    ...Object.values(variant.edges).flatMap((e) => [e.pill, ...e.points.map((p) => ({ ...p, width: 0, height: 0 }))]),
  ];
  const b = boundsOf(boxes);
  const move = <T extends Point>(p: T): T => ({ ...p, x: p.x - b.x, y: p.y - b.y });
  return {
    width: round(b.width),
    height: round(b.height),
    nodes: Object.fromEntries(Object.entries(variant.nodes).map(([id, box]) => [id, move(box)])),
    edges: Object.fromEntries(Object.entries(variant.edges).map(([id, e]) => [id, { points: e.points.map(move), pill: move(e.pill) }])),
  };
}

/** Both arrangements of a flow (wide: left to right, tall: top to bottom), or the file's own positions. */
export async function layoutFlow(flow: Flow): Promise<FlowLayout> {
  const pairs = messagePairs(flow);
  if (flow.participants.every((p) => p.position)) {
    const own = fixed(flow, pairs);
    return { wide: own, tall: own };
  }
  const [wide, tall] = await Promise.all([layered(flow, pairs, 'RIGHT'), layered(flow, pairs, 'DOWN')]);
  return { wide, tall };
}
