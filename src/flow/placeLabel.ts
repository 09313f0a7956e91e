import { boundsOf, type Box, type Point } from './layout.ts';

/** What the current step's label belongs to: a message's route, or a participant (a self step). */
export type LabelAnchor = { points: Point[] } | { box: Box };

const GAP = 10;
// Along the route, middle first: a label near its message's middle reads as belonging to it.
const FRACTIONS = [0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85];
const DISTANCES = [GAP, 30, 52, 80, 115, 150];

function pointAt(points: Point[], fraction: number): { at: Point; horizontal: boolean } {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - points[i].x, p.y - points[i].y));
  let rest = lengths.reduce((a, b) => a + b, 0) * fraction;
  for (let i = 0; i < lengths.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (rest <= lengths[i] || i === lengths.length - 1) {
      const t = lengths[i] === 0 ? 0 : Math.min(1, rest / lengths[i]);
      return { at: { x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t }, horizontal: Math.abs(b.x - a.x) >= Math.abs(b.y - a.y) };
    }
    rest -= lengths[i];
  }
  return { at: points[0], horizontal: true };
}

/**
 * Places, in order of preference, where the label may go: beside its message (so the travelling token is never
 * hidden under it), then across it; around the participant for a self step.
 */
/** A place for the label; a lower tier is preferred whenever it has a free place at all. */
export type Candidate = Box & { tier: number };

/** Around a box: below, above, beside, at the corners, and aligned with either edge. */
function around(b: Box, w: number, h: number, gap: number, box: (x: number, y: number) => Candidate): Candidate[] {
  const cx = b.x + b.width / 2 - w / 2;
  const cy = b.y + b.height / 2 - h / 2;
  const below = b.y + b.height + gap;
  const above = b.y - gap - h;
  const right = b.x + b.width + gap;
  const left = b.x - gap - w;
  return [
    box(cx, below), box(cx, above), box(right, cy), box(left, cy),
    box(b.x, below), box(b.x + b.width - w, below), box(b.x, above), box(b.x + b.width - w, above),
    box(right, b.y + b.height + gap), box(left, b.y + b.height + gap), box(right, b.y - gap - h), box(left, b.y - gap - h),
  ];
}

export function labelCandidates(anchor: LabelAnchor, size: { width: number; height: number }, ends: Box[] = []): Candidate[] {
  const { width: w, height: h } = size;
  let tier = 0;
  const box = (x: number, y: number): Candidate => ({ x, y, width: w, height: h, tier });
  if ('box' in anchor) return [GAP, 30, 60].flatMap((gap) => around(anchor.box, w, h, gap, box));
  const out: Candidate[] = [];
  if (anchor.points.length < 2) return out;
  // Close to the line first; then further out, past the participants the line leaves from (a short edge between
  // neighbours has no room beside it).
  for (const distance of DISTANCES) {
    for (const fraction of FRACTIONS) {
      const { at, horizontal } = pointAt(anchor.points, fraction);
      if (horizontal) out.push(box(at.x - w / 2, at.y - distance - h), box(at.x - w / 2, at.y + distance));
      else out.push(box(at.x + distance, at.y - h / 2), box(at.x - distance - w, at.y - h / 2));
    }
  }
  // Next to the sender or the receiver: still beside the message, where the line is crowded.
  for (const end of ends) out.push(...around(end, w, h, GAP, box));
  // Across the line only when nothing beside it is free: there it hides the travelling token.
  tier = 1;
  for (const fraction of FRACTIONS) {
    const { at } = pointAt(anchor.points, fraction);
    out.push(box(at.x - w / 2, at.y - h / 2));
  }
  // A place beside one stretch of a bent route may still lie across another stretch: that one waits too.
  const stretches = anchor.points.slice(1).map((b, i) => inflate(boxAround(anchor.points[i], b), 3));
  return out.map((c) => (c.tier === 0 && stretches.some((s) => overlapArea(c, s) > 0) ? { ...c, tier: 1 } : c));
}

const boxAround = (a: Point, b: Point): Box => ({ x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(b.x - a.x), height: Math.abs(b.y - a.y) });

export function overlapArea(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const inflate = (b: Box, by: number): Box => ({ x: b.x - by, y: b.y - by, width: b.width + 2 * by, height: b.height + 2 * by });

/**
 * The collision pass: among the candidates that cover no participant and no other label (with a small margin), the
 * one that scores best — `score` lets the camera prefer a place that keeps the step compact on a small screen; ties
 * go to the earlier, preferred candidate. When every candidate covers something, the one that covers least.
 */
export function placeLabel(candidates: (Box & { tier?: number })[], obstacles: Box[], score?: (candidate: Box) => number, margin = 4): Box | undefined {
  let best: Box | undefined;
  let bestTier = Infinity;
  let bestScore = -Infinity;
  let fallback: Box | undefined;
  let fallbackOverlap = Infinity;
  // Only obstacles near some candidate can cover one: on a large flow that is a few of hundreds of pills.
  const reach = inflate(boundsOf(candidates), margin);
  const near = obstacles.filter((o) => overlapArea(reach, o) > 0);
  for (const candidate of candidates) {
    const grown = inflate(candidate, margin);
    let overlap = 0;
    for (const o of near) overlap += overlapArea(grown, o);
    const tier = candidate.tier ?? 0;
    if (overlap === 0) {
      if (tier > bestTier) continue;
      const value = score ? score(candidate) : 0;
      if (tier < bestTier || value > bestScore + 1e-9) {
        best = candidate;
        bestTier = tier;
        bestScore = value;
      }
    } else if (overlap < fallbackOverlap) {
      fallback = candidate;
      fallbackOverlap = overlap;
    }
  }
  const chosen = best ?? fallback;
  return chosen && { x: chosen.x, y: chosen.y, width: chosen.width, height: chosen.height };
}
