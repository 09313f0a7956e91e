import type { Size, Viewport } from './camera.ts';
import type { Box, Point } from './layout.ts';

/** The part of the canvas a viewport shows on a stage of `size`, in canvas units. */
export const viewportArea = ({ x, y, zoom }: Viewport, { width, height }: Size): Box => ({
  x: -x / zoom,
  y: -y / zoom,
  width: width / zoom,
  height: height / zoom,
});

/**
 * Everything a camera move from `from` to `to` shows on its way, with `margin` canvas units to spare. The browser
 * moves x, y and zoom linearly in the move's progress, so each side of the shown area (−x / zoom, (width − x) / zoom)
 * is a ratio of two linear functions with a positive denominator: it runs monotonically from its start to its end.
 * The box around the start and end areas therefore holds every area in between.
 */
export function moveArea(from: Viewport, to: Viewport, size: Size, margin = 0): Box {
  const a = viewportArea(from, size);
  const b = viewportArea(to, size);
  const left = Math.min(a.x, b.x) - margin;
  const top = Math.min(a.y, b.y) - margin;
  const right = Math.max(a.x + a.width, b.x + b.width) + margin;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + margin;
  return { x: left, y: top, width: right - left, height: bottom - top };
}

export const boxesMeet = (a: Box, b: Box): boolean =>
  a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/**
 * Whether a route through `points` may cross `area`: some leg's bounding box meets it. Exact for the orthogonal legs
 * the layout draws; for a slanted leg it may say yes when the leg only passes near, never no when it crosses.
 */
export function routeMeets(points: readonly Point[], area: Box): boolean {
  if (points.length === 1) return boxesMeet({ ...points[0], width: 0, height: 0 }, area);
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1], points[i]];
    const leg = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(q.x - p.x), height: Math.abs(q.y - p.y) };
    if (boxesMeet(leg, area)) return true;
  }
  return false;
}

/** A stretch of a route inside an area, and how far along the whole route it starts. */
export interface RoutePart {
  points: Point[];
  along: number;
  /** Whether it starts at the route's first point, or ends at its last. */
  first: boolean;
  last: boolean;
}

/**
 * The stretches of a route inside `area`, each leg cut where it crosses the area's border (Liang–Barsky). Drawing
 * only these keeps a long dashed line from being dashed along its whole length whenever part of it is repainted.
 */
export function clipRoute(points: readonly Point[], area: Box): RoutePart[] {
  const parts: RoutePart[] = [];
  let open: RoutePart | undefined;
  let along = 0;
  const [x0, y0, x1, y1] = [area.x, area.y, area.x + area.width, area.y + area.height];
  for (let i = 1; i < points.length; i++) {
    const [p, q] = [points[i - 1], points[i]];
    const [dx, dy] = [q.x - p.x, q.y - p.y];
    const length = Math.hypot(dx, dy);
    let [t0, t1] = [0, 1];
    for (const [den, num] of [[-dx, p.x - x0], [dx, x1 - p.x], [-dy, p.y - y0], [dy, y1 - p.y]]) {
      if (den === 0) {
        if (num < 0) t0 = 2;
        continue;
      }
      const t = num / den;
      if (den < 0) t0 = Math.max(t0, t);
      else t1 = Math.min(t1, t);
    }
    if (t0 <= t1) {
      const from = { x: p.x + dx * t0, y: p.y + dy * t0 };
      const to = { x: p.x + dx * t1, y: p.y + dy * t1 };
      if (open && t0 === 0) open.points.push(to);
      else {
        open = { points: [from, to], along: along + length * t0, first: i === 1 && t0 === 0, last: false };
        parts.push(open);
      }
      if (t1 < 1) open = undefined;
      else if (i === points.length - 1) open.last = true;
    } else open = undefined;
    along += length;
  }
  if (points.length === 1 && boxesMeet({ ...points[0], width: 0, height: 0 }, area)) parts.push({ points: [points[0]], along: 0, first: true, last: true });
  return parts;
}
