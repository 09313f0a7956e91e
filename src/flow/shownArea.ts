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
