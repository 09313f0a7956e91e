import type { Box, LayoutVariant } from './layout.ts';
import type { LabelAnchor } from './placeLabel.ts';
import type { Flow } from './schema.ts';
import { sourceOf } from './branches.ts';
import { flowPairs } from './toCanvas.ts';

export interface StepGeometry {
  /** What the current label belongs to: its message's route, or its participant for a self step. */
  anchor: LabelAnchor;
  /** The boxes of the step's sender and receiver (one box for a self step). */
  participants: Box[];
  /** What the current label must not cover: every participant and every other edge's pill. */
  obstacles: Box[];
  /** The whole drawing. */
  whole: Box;
}

/** Where the current step sits in a layout, for the label's collision pass and the camera. */
export function stepGeometry(flow: Flow, layout: LayoutVariant, index: number): StepGeometry {
  const step = flow.steps[index];
  const nodeBoxes = Object.values(layout.nodes);
  const drawing = { x: 0, y: 0, width: layout.width, height: layout.height };
  const from = layout.nodes[step.from];
  const to = layout.nodes[step.to];
  // Edges are the whole flow's, as laid out; the step's index there is its place in the whole flow.
  const whole = sourceOf(flow);
  const stepIndex = whole.path[index];
  const pairs = flowPairs(whole.flow);
  const pair = step.from === step.to ? undefined : pairs.find((p) => p.steps.includes(stepIndex));
  const pills = pairs.filter((p) => p !== pair).map((p) => layout.edges[p.id].pill);
  const route = pair && layout.edges[pair.id];
  return {
    anchor: route ? { points: route.points } : { box: from },
    participants: step.from === step.to ? [from] : [from, to],
    obstacles: [...nodeBoxes, ...pills],
    whole: drawing,
  };
}
