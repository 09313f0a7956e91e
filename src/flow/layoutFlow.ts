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

/** Runs ELK on a graph: in this thread by default, or on a pool of worker threads during a build. */
export type LayoutEngine = (graph: ElkNode) => Promise<ElkNode>;
const inThisThread: LayoutEngine = (graph) => elk.layout(graph);

const OPTIONS: Record<string, string> = {
  'elk.algorithm': 'layered',
  'elk.edgeRouting': 'ORTHOGONAL',
  'elk.spacing.nodeNode': '36',
  'elk.layered.spacing.nodeNodeBetweenLayers': '40',
  'elk.spacing.edgeNode': '20',
  'elk.spacing.edgeEdge': '12',
  'elk.spacing.edgeLabel': '4',
  'elk.layered.spacing.edgeNodeBetweenLayers': '16',
  'elk.layered.spacing.edgeEdgeBetweenLayers': '12',
  // The order participants first appear in breaks ties, so the picture reads in the order the story is told.
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.padding': '[top=0,left=0,bottom=0,right=0]',
};

const round = (n: number) => Math.round(n);
const roundPoint = (p: Point): Point => ({ x: round(p.x), y: round(p.y) });
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });

/**
 * Which layer each participant goes in. Every message must cross at least one layer (ELK's layered algorithm has no
 * edges inside a layer), and a message crossing several layers puts its sender and receiver far apart — too far for
 * the camera to frame both at a readable size. So: start from the distance to the participant that starts the flow
 * (breadth first, in order of appearance), then move participants one at a time while that shortens the longest
 * messages (sum of squared extra layers). Deterministic: same flow, same layers.
 */
function assignLayers(flow: Flow, pairs: MessagePair[]): Map<string, number> {
  const order = participantOrder(flow);
  const rank = new Map(order.map((id, i) => [id, i]));
  const neighbours = new Map<string, string[]>(order.map((id) => [id, []]));
  for (const pair of pairs) {
    neighbours.get(pair.source)?.push(pair.target);
    neighbours.get(pair.target)?.push(pair.source);
  }
  const layer = new Map<string, number>();
  for (const root of order) {
    if (layer.has(root)) continue;
    layer.set(root, 0);
    const queue = [root];
    while (queue.length > 0) {
      const id = queue.shift()!;
      const next = [...(neighbours.get(id) ?? [])].sort((a, b) => rank.get(a)! - rank.get(b)!);
      for (const n of next) {
        if (layer.has(n)) continue;
        layer.set(n, layer.get(id)! + 1);
        queue.push(n);
      }
    }
  }
  // Same-layer messages first get pushed apart in order of appearance, as ELK would.
  for (const id of order) {
    for (const n of neighbours.get(id) ?? []) {
      if (layer.get(n) === layer.get(id) && rank.get(n)! > rank.get(id)!) layer.set(n, layer.get(n)! + 1);
    }
  }
  const costOf = (id: string, at: number) =>
    (neighbours.get(id) ?? []).reduce((sum, n) => {
      const span = Math.abs(layer.get(n)! - at);
      return sum + (span === 0 ? 1e6 : (span - 1) ** 2);
    }, 0);
  const maxLayer = order.length;
  for (let round = 0; round < 20; round++) {
    let moved = false;
    for (const id of order) {
      const here = layer.get(id)!;
      let best = here;
      let bestCost = costOf(id, here);
      for (let at = 0; at <= maxLayer; at++) {
        const cost = costOf(id, at);
        if (cost < bestCost - 1e-9) {
          best = at;
          bestCost = cost;
        }
      }
      if (best !== here) {
        layer.set(id, best);
        moved = true;
      }
    }
    if (!moved) break;
  }
  // Close gaps: layers numbered 0, 1, 2… in use.
  const used = [...new Set(layer.values())].sort((a, b) => a - b);
  return new Map([...layer].map(([id, l]) => [id, used.indexOf(l)]));
}

/** What both directions share: participants in order of appearance, and the pairs laid out against their direction. */
interface LayeredInput {
  order: string[];
  flipped: Set<string>;
}

function layeredInput(flow: Flow, pairs: MessagePair[]): LayeredInput {
  const layers = assignLayers(flow, pairs);
  // Edges run from the lower layer to the higher, which makes the graph acyclic and lets ELK's own layering find
  // these layers (or shorter ones); routes are turned back to the pair's own direction below.
  const flipped = new Set(pairs.filter((p) => layers.get(p.target)! < layers.get(p.source)!).map((p) => p.id));
  return { order: participantOrder(flow), flipped };
}

async function layered(flow: Flow, pairs: MessagePair[], { order, flipped }: LayeredInput, direction: 'RIGHT' | 'DOWN', engine: LayoutEngine): Promise<LayoutVariant> {
  const byId = new Map(flow.participants.map((p) => [p.id, p]));
  const graph: ElkNode = {
    id: 'flow',
    layoutOptions: { ...OPTIONS, 'elk.direction': direction },
    children: order.map((id) => ({ id, ...participantSize(byId.get(id)!) })),
    edges: pairs.map((pair): ElkExtendedEdge => ({
      id: pair.id,
      sources: [flipped.has(pair.id) ? pair.target : pair.source],
      targets: [flipped.has(pair.id) ? pair.source : pair.target],
      labels: [{ id: `${pair.id}:pill`, text: pillText(pair), ...pillSize(pillText(pair)) }],
    })),
  };
  const out = await engine(graph);
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
export async function layoutFlow(flow: Flow, engine: LayoutEngine = inThisThread): Promise<FlowLayout> {
  const pairs = messagePairs(flow);
  if (flow.participants.every((p) => p.position)) {
    const own = fixed(flow, pairs);
    return { wide: own, tall: own };
  }
  const input = layeredInput(flow, pairs);
  const [wide, tall] = await Promise.all([layered(flow, pairs, input, 'RIGHT', engine), layered(flow, pairs, input, 'DOWN', engine)]);
  return { wide, tall };
}
