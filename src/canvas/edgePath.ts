import type { Box, Point } from '../flow/layout';
import { clipRoute } from '../flow/shownArea';

const RADIUS = 10;

/** Each bend of the route, rounded: where the curve leaves the incoming leg, the corner, and where it joins the next. */
function roundedCorners(points: readonly Point[]): Array<{ before: Point; corner: Point; after: Point }> {
  const corners = [];
  for (let i = 1; i < points.length - 1; i++) {
    const [a, b, c] = [points[i - 1], points[i], points[i + 1]];
    const r = Math.min(RADIUS, Math.hypot(b.x - a.x, b.y - a.y) / 2, Math.hypot(c.x - b.x, c.y - b.y) / 2);
    const towards = (from: Point, to: Point) => {
      const length = Math.hypot(to.x - from.x, to.y - from.y) || 1;
      return { x: from.x + ((to.x - from.x) / length) * r, y: from.y + ((to.y - from.y) / length) * r };
    };
    corners.push({ before: towards(b, a), corner: b, after: towards(b, c) });
  }
  return corners;
}

/** An SVG path through the route's points, corners rounded so orthogonal routes read as one line. */
export function edgePath(points: readonly Point[]): string {
  if (points.length === 0) return '';
  let d = `M ${points[0].x},${points[0].y}`;
  for (const { before, corner, after } of roundedCorners(points)) d += ` L ${before.x},${before.y} Q ${corner.x},${corner.y} ${after.x},${after.y}`;
  const end = points[points.length - 1];
  return `${d} L ${end.x},${end.y}`;
}

/**
 * Where a point `sharp` units along the route (measured along its sharp corners, as the layout gives it) is on the
 * line as drawn: each rounded corner passed is a little shorter than the sharp one it replaces.
 */
export function drawnAlong(points: readonly Point[], sharp: number): number {
  let corners = 0;
  let at = 0;
  let saved = 0;
  for (const { before, corner, after } of roundedCorners(points)) {
    at += Math.hypot(corner.x - points[corners].x, corner.y - points[corners].y);
    corners++;
    const r = Math.hypot(after.x - corner.x, after.y - corner.y);
    if (at + r > sharp) break;
    saved += 2 * r - quadLength(before, corner, after);
  }
  return sharp - saved;
}

/** A stretch of a message's line as drawn: its SVG path, where along the drawn line it starts, and whether it holds the line's ends. */
export interface LinePiece {
  d: string;
  along: number;
  first: boolean;
  last: boolean;
}

/**
 * The line through `points` as drawn pieces: whole without an `area`, else only its stretches inside the area, each
 * starting as far along the drawn line as it is (so its dashes can continue the whole line's).
 */
export function linePieces(points: readonly Point[], area?: Box): LinePiece[] {
  const parts = area ? clipRoute(points, area) : [{ points, along: 0, first: true, last: true }];
  return parts.map((part) => ({ d: edgePath(part.points), along: Math.round(drawnAlong(points, part.along) * 100) / 100, first: part.first, last: part.last }));
}

/** The point `t` (0–1) of the way along the quadratic curve from `a` to `c` bent towards `b`. */
function curvePoint(a: Point, b: Point, c: Point, t: number): Point {
  const u = 1 - t;
  return { x: u * u * a.x + 2 * u * t * b.x + t * t * c.x, y: u * u * a.y + 2 * u * t * b.y + t * t * c.y };
}

/** The curve from `a` to `c` bent towards `b` as the track follows it: 8 chords (its first point excluded). */
const curveLine = (a: Point, b: Point, c: Point): Point[] => Array.from({ length: 8 }, (_, k) => curvePoint(a, b, c, (k + 1) / 8));

function quadLength(a: Point, b: Point, c: Point): number {
  let previous = a;
  let length = 0;
  for (const p of curveLine(a, b, c)) {
    length += Math.hypot(p.x - previous.x, p.y - previous.y);
    previous = p;
  }
  return length;
}

export interface Track {
  length: number;
  /** The point `distance` along the drawn route (clamped to its ends). */
  at: (distance: number) => Point;
}

/**
 * The route as `edgePath` draws it, corners rounded, as a dense polyline: the travelling token asks it for a point
 * every frame without making the browser measure an SVG path (getTotalLength/getPointAtLength cost a layout).
 */
export function edgeTrack(points: Point[]): Track {
  const line: Point[] = points.length === 0 ? [] : [points[0]];
  for (const { before, corner, after } of roundedCorners(points)) line.push(before, ...curveLine(before, corner, after));
  if (points.length > 1) line.push(points[points.length - 1]);
  const cumulative = [0];
  for (let i = 1; i < line.length; i++) cumulative.push(cumulative[i - 1] + Math.hypot(line[i].x - line[i - 1].x, line[i].y - line[i - 1].y));
  const length = cumulative[cumulative.length - 1] ?? 0;
  return {
    length,
    at: (distance) => {
      if (line.length === 0) return { x: 0, y: 0 };
      const d = Math.max(0, Math.min(length, distance));
      let lo = 0;
      let hi = cumulative.length - 1;
      while (hi - lo > 1) {
        const mid = (lo + hi) >> 1;
        if (cumulative[mid] <= d) lo = mid;
        else hi = mid;
      }
      const span = cumulative[hi] - cumulative[lo] || 1;
      const f = Math.min(1, (d - cumulative[lo]) / span);
      return { x: line[lo].x + (line[hi].x - line[lo].x) * f, y: line[lo].y + (line[hi].y - line[lo].y) * f };
    },
  };
}
