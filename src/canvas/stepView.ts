import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Box, Point } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { boxesMeet, clipRoute } from '../flow/shownArea';
import { drawnAlong, edgePath } from './edgePath';
import { edgeState, type MessageEdgeData } from '../flow/toCanvas';

/**
 * The step the canvas shows, written by FlowCanvas from its props (which come from the URL), and the part of the
 * canvas the camera shows or passes over, written by the camera.
 */
export interface StepView {
  flow: Flow;
  index: number;
  /** Canvas area on screen now or during the camera's move; none while the reader pans and zooms by hand. */
  shown?: Box;
}

/**
 * Participants and edges subscribe to the step with a selector of their own state (role, status), so a step change
 * re-renders the few that change — not every node and edge, and not React Flow's whole store.
 */
export const StepViewContext = createContext<StoreApi<StepView> | null>(null);

export const createStepView = (initial: StepView) => createStore<StepView>(() => initial);

export function useStepView<T>(selector: (view: StepView) => T): T {
  const store = useContext(StepViewContext);
  if (!store) throw new Error('useStepView outside a FlowCanvas');
  return useStore(store, selector);
}

/**
 * An edge's state at the shown step. Subscribes to one value — the step's index while the edge carries it, its status
 * otherwise — so the edge re-renders only when what it draws changes.
 */
export function useEdgeState(source: string, stepNumbers: number[]): Pick<MessageEdgeData, 'status' | 'current'> {
  const flow = useStepView((view) => view.flow);
  const key = useStepView((view) => {
    const state = edgeState(view.flow, { source, stepNumbers }, view.index);
    return state.current ? view.index : state.status;
  });
  return useMemo(() => (typeof key === 'number' ? edgeState(flow, { source, stepNumbers }, key) : { status: key }), [key, flow, source, stepNumbers]);
}

/**
 * The stretches of a message's line the camera shows, each as an SVG path: one drawn piece per stretch. Off screen
 * the line is not drawn at all, and a long line only where it is on screen: the browser dashes a dashed line along
 * its whole length wherever any part of it is repainted, hundreds of lines on each frame of a camera move on a large
 * flow. The selector returns a string, so the edge re-renders only when what it draws changes.
 */
export function useRoutePieces(points: readonly Point[]): LinePiece[] {
  const key = useStepView((view) => {
    const parts = view.shown ? clipRoute(points, view.shown) : [{ points: [...points], along: 0, first: true, last: true }];
    return parts.map((part) => `${Math.round(drawnAlong(points as Point[], part.along) * 100) / 100}|${part.first ? 1 : 0}|${part.last ? 1 : 0}|${edgePath(part.points)}`).join('\n');
  });
  return useMemo(() => (key ? key.split('\n').map(parsePiece) : []), [key]);
}

export interface LinePiece {
  d: string;
  along: number;
  first: boolean;
  last: boolean;
}

function parsePiece(line: string): LinePiece {
  const [along, first, last, d] = line.split('|');
  return { d, along: Number(along), first: first === '1', last: last === '1' };
}

export const useBoxShown = (box: Box) => useStepView((view) => !view.shown || boxesMeet(box, view.shown));
