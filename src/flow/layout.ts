import type { Flow } from './schema.ts';

export const NODE_WIDTH = 190;
export const NODE_HEIGHT = 64;
export const NODE_GAP = 84;
/** From this many participants on, they are staggered over two rows: half the width, so the canvas stays readable. */
export const STAGGER_FROM = 4;
const ROW_GAP = 150;

/** Participants in order of first appearance in the steps; ones no step mentions keep their declared order at the end. */
export function participantOrder(flow: Pick<Flow, 'participants' | 'steps'>): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  const add = (id: string) => {
    if (!seen.has(id)) {
      seen.add(id);
      order.push(id);
    }
  };
  for (const step of flow.steps) {
    add(step.from);
    add(step.to);
  }
  const declared = new Set(flow.participants.map((p) => p.id));
  const ordered = order.filter((id) => declared.has(id));
  for (const p of flow.participants) if (!seen.has(p.id)) ordered.push(p.id);
  return ordered;
}

/**
 * Left to right in order of first appearance, unless the file gives positions. Long flows zigzag over two rows
 * (first participant on top, second below and a half step right, …), so neighbours stay next to each other.
 */
export function layoutParticipants(flow: Pick<Flow, 'participants' | 'steps'>): Map<string, { x: number; y: number }> {
  const byId = new Map(flow.participants.map((p) => [p.id, p]));
  const order = participantOrder(flow);
  const staggered = order.length >= STAGGER_FROM;
  const positions = new Map<string, { x: number; y: number }>();
  order.forEach((id, i) => {
    const auto = staggered
      ? { x: i * ((NODE_WIDTH + NODE_GAP) / 2), y: (i % 2) * (NODE_HEIGHT + ROW_GAP) }
      : { x: i * (NODE_WIDTH + NODE_GAP), y: 0 };
    positions.set(id, byId.get(id)?.position ?? auto);
  });
  return positions;
}
