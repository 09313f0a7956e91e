import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Flow } from '../flow/schema';

/** The step the canvas shows. Written only by FlowCanvas, from its props (which come from the URL). */
export interface StepView {
  flow: Flow;
  index: number;
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
