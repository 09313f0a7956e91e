import { createContext, useContext, useMemo, useRef } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Box, Point } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { boxesMeet } from '../flow/shownArea';
import { linePieces, type LinePiece } from './edgePath';
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
 * The stretches of a message's line the camera shows, each drawn as one path. Off screen the line is not drawn at
 * all, and a long line only where it is on screen: the browser dashes a dashed line along its whole length wherever
 * any part of it is repainted, hundreds of lines on each frame of a camera move on a large flow. Worked out again only
 * when the shown area changes (not on every step), and the same array is kept while the pieces are the same, so the
 * edge re-renders only when what it draws changes.
 */
export function useRoutePieces(points: readonly Point[]): LinePiece[] {
  const last = useRef<{ points: readonly Point[]; shown?: Box; key: string; pieces: LinePiece[] } | undefined>(undefined);
  return useStepView((view) => {
    const previous = last.current;
    if (previous && previous.points === points && previous.shown === view.shown) return previous.pieces;
    const pieces = linePieces(points, view.shown);
    const key = pieces.map((piece) => `${piece.along} ${piece.first} ${piece.last} ${piece.d}`).join('|');
    last.current = { points, shown: view.shown, key, pieces: previous?.key === key ? previous.pieces : pieces };
    return last.current.pieces;
  });
}

export const useBoxShown = (box: Box) => useStepView((view) => !view.shown || boxesMeet(box, view.shown));
