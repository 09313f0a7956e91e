import { create } from 'zustand';
import { persist } from 'zustand/middleware';

/**
 * What the URL does not hold: whether playback runs, and the reader's speed preference.
 * The current step lives in the URL (`?step=`) and nowhere else.
 */
export const SPEEDS = [0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

interface PlayerState {
  playing: boolean;
  speed: Speed;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: Speed) => void;
}

const initial = { playing: false, speed: 1 as Speed };

export const usePlayerStore = create<PlayerState>()(
  persist(
    (set) => ({
      ...initial,
      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed }),
    }),
    // Only the preference survives a reload; a reloaded page never starts playing by itself.
    { name: 'flow-explorer:player', partialize: (s) => ({ speed: s.speed }) },
  ),
);

export function resetPlayerStore() {
  usePlayerStore.setState(initial);
}

/** How long one step stays on screen at 1×: the message travels, then the reader gets time to read the panel. */
export const TRAVEL_MS = 600;
export const STEP_DWELL_MS = 2400;
