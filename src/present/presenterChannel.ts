import { useEffect, useRef } from 'react';
import type { Flow } from '../flow/schema';

/** What the presenter's windows tell each other: the step one of them now shows. */
export interface StepMessage {
  type: 'step';
  flowId: string;
  stepId: string;
}

const CHANNEL = 'flow-explorer:presenter';

/** A message from another window, checked: any page of this site may post on the channel. */
export function readStepMessage(data: unknown): StepMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const { type, flowId, stepId } = data as Record<string, unknown>;
  return type === 'step' && typeof flowId === 'string' && typeof stepId === 'string' ? { type, flowId, stepId } : undefined;
}

/**
 * Keeps the presenter's windows on the same step, both ways: each window announces the step its own URL shows, and
 * goes to a step another window announces for the same flow. A window that is already there stays quiet, so the two
 * never echo each other.
 */
export function usePresenterSync(flow: Flow, stepId: string, goTo: (index: number) => void) {
  const flowId = flow.id;
  const channel = useRef<BroadcastChannel | undefined>(undefined);
  const shown = useRef(stepId);
  shown.current = stepId;
  const follow = useRef<(id: string) => void>(() => undefined);
  follow.current = (id) => {
    const target = flow.steps.findIndex((s) => s.id === id);
    if (target >= 0) goTo(target);
  };

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = (event: MessageEvent) => {
      const message = readStepMessage(event.data);
      if (message && message.flowId === flowId && message.stepId !== shown.current) follow.current(message.stepId);
    };
    channel.current = ch;
    return () => {
      ch.close();
      channel.current = undefined;
    };
  }, [flowId]);

  // Runs after the channel opens, so a window that just opened also says where it is.
  useEffect(() => {
    channel.current?.postMessage({ type: 'step', flowId, stepId } satisfies StepMessage);
  }, [flowId, stepId]);
}
