import type { Flow } from './schema.ts';

/** A participant's label, or its id when the flow has no such participant. */
export function participantName(flow: Flow, id: string): string {
  return flow.participants.find((p) => p.id === id)?.label ?? id;
}
