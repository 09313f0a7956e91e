import { NODE_HEIGHT } from '../flow/layout';
import type { EdgeLane } from '../flow/toCanvas';

const HORIZONTAL_LABEL_LIFT = NODE_HEIGHT / 2 + 16;

/** Path of a message edge and where its label sits: a line between neighbours, an arc over or under the row otherwise. */
export function edgeGeometry(lane: EdgeLane, span: number, sx: number, sy: number, tx: number, ty: number) {
  if (lane === 'straight') {
    // Between neighbours in a row the line is short: its label sits above the row so the message stays visible.
    const horizontal = Math.abs(sy - ty) < 1;
    return { path: `M ${sx},${sy} L ${tx},${ty}`, labelX: (sx + tx) / 2, labelY: horizontal ? sy - HORIZONTAL_LABEL_LIFT : (sy + ty) / 2 };
  }
  const lift = (36 + 30 * span) * (lane === 'above' ? -1 : 1);
  return {
    path: `M ${sx},${sy} C ${sx},${sy + lift} ${tx},${ty + lift} ${tx},${ty}`,
    labelX: (sx + tx) / 2,
    // The midpoint of this cubic is three quarters of the way to its control points.
    labelY: (sy + ty) / 2 + 0.75 * lift,
  };
}
