import { create } from 'zustand';
import { createJSONStorage, persist, type PersistStorage, type StorageValue } from 'zustand/middleware';
import { safeLocalStorage } from '../app/safeStorage';

/** What a reader has seen of one flow, kept in this browser only. */
export interface FlowProgress {
  /** Ids of the steps seen (of the flow as it was when they were seen). */
  seen: string[];
  /** The step last shown, to continue from it: its id, and its number and label for the catalog's link. */
  last: { id: string; number: number; label: string };
  /** When it was last shown (ms since the epoch): the most recent flow is the one to continue. */
  at: number;
}

interface ProgressState {
  flows: Record<string, FlowProgress>;
  /** Records that a step was shown. `stepIds` are the flow's current steps: seen ids of removed steps are dropped. */
  markSeen: (flowId: string, step: { id: string; number: number; label: string }, stepIds: readonly string[]) => void;
  reset: () => void;
}

/** The storage key, with the format's version: a new format gets a new key rather than misreading an old one. */
export const PROGRESS_KEY = 'flow-explorer:progress:v1';
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A stored value, checked entry by entry: anything of another shape is dropped, never trusted. */
export function readProgress(stored: unknown): Record<string, FlowProgress> {
  const flows = (stored as { flows?: unknown } | null)?.flows;
  if (typeof flows !== 'object' || flows === null) return {};
  const out: Record<string, FlowProgress> = {};
  for (const [id, value] of Object.entries(flows)) {
    const v = value as Partial<FlowProgress> | null;
    const last = v?.last;
    const valid =
      SLUG.test(id) && Array.isArray(v?.seen) && v.seen.every((s) => typeof s === 'string') && typeof v.at === 'number' &&
      typeof last?.id === 'string' && typeof last.number === 'number' && typeof last.label === 'string';
    if (valid) out[id] = { seen: v.seen!, last: last!, at: v.at! };
  }
  return out;
}

/**
 * Writes a moment later, the latest value only: a step change never waits for JSON or localStorage, and stepping
 * quickly writes once. A page being left writes at once.
 */
function deferredWrites<S>(storage: PersistStorage<S> | undefined): PersistStorage<S> | undefined {
  if (!storage) return undefined;
  const pending = new Map<string, StorageValue<S>>();
  let timer: number | undefined;
  const flush = () => {
    window.clearTimeout(timer);
    timer = undefined;
    for (const [name, value] of pending) storage.setItem(name, value);
    pending.clear();
  };
  if (typeof window !== 'undefined') window.addEventListener('pagehide', flush);
  return {
    getItem: (name) => storage.getItem(name),
    setItem: (name, value) => {
      pending.set(name, value);
      timer ??= window.setTimeout(flush, 400);
    },
    removeItem: (name) => {
      pending.delete(name);
      storage.removeItem(name);
    },
  };
}

export const useProgressStore = create<ProgressState>()(
  persist(
    (set) => ({
      flows: {},
      markSeen: (flowId, step, stepIds) =>
        set((s) => {
          const known = s.flows[flowId];
          const current = new Set(stepIds);
          const seen = new Set((known?.seen ?? []).filter((id) => current.has(id)));
          seen.add(step.id);
          return { flows: { ...s.flows, [flowId]: { seen: [...seen], last: step, at: Date.now() } } };
        }),
      reset: () => set({ flows: {} }),
    }),
    {
      name: PROGRESS_KEY,
      storage: deferredWrites(createJSONStorage<{ flows: Record<string, FlowProgress> }>(safeLocalStorage)),
      partialize: (s) => ({ flows: s.flows }),
      merge: (stored, current) => ({ ...current, flows: readProgress(stored) }),
    },
  ),
);

/** How much of a flow has been seen: steps seen of its steps, capped (a flow may have lost steps since). */
export function seenCount(progress: FlowProgress | undefined, stepCount: number): number {
  return Math.min(progress?.seen.length ?? 0, stepCount);
}

/** The flow to continue: the one shown most recently. */
export function lastShown(flows: Record<string, FlowProgress>): [string, FlowProgress] | undefined {
  let best: [string, FlowProgress] | undefined;
  for (const entry of Object.entries(flows)) if (!best || entry[1].at > best[1].at) best = entry;
  return best;
}
