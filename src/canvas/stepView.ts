import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Box, Point } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { boxesMeet, routeMeets } from '../flow/shownArea';
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
 * Whether a message's line crosses what the camera shows. A line off screen is not drawn: on a large flow the
 * browser would otherwise redraw hundreds of dashed lines on every frame of a camera move.
 */
export const useRouteShown = (points: readonly Point[]) => useStepView((view) => !view.shown || routeMeets(points, view.shown));

export const useBoxShown = (box: Box) => useStepView((view) => !view.shown || boxesMeet(box, view.shown));
