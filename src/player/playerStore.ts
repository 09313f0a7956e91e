import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { safeLocalStorage } from '../app/safeStorage';
import type { CameraMode } from '../flow/camera';

/**
 * What the URL does not hold: whether playback runs, the reader's preferences (speed, camera), and whether the
 * reader has taken the camera by hand. The current step lives in the URL (`?step=`) and nowhere else.
 */
export const SPEEDS = [0.25, 0.5, 1, 2] as const;
export type Speed = (typeof SPEEDS)[number];

interface PlayerState {
  playing: boolean;
  speed: Speed;
  /** Follow the step, or show the whole flow (when it is readable whole). */
  camera: CameraMode;
  /** The reader panned or zoomed by hand: the camera stays put until asked to follow again. */
  cameraPaused: boolean;
  play: () => void;
  pause: () => void;
  setSpeed: (speed: Speed) => void;
  /** The camera button and key: resumes a paused camera, otherwise switches between following and the whole flow. */
  toggleCamera: () => void;
  pauseCamera: () => void;
  resumeCamera: () => void;
}

const initial = { playing: false, speed: 1 as Speed, camera: 'follow' as CameraMode, cameraPaused: false };

export const usePlayerStore = create<PlayerState>()(
  persist(
    (set) => ({
      ...initial,
      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      setSpeed: (speed) => set({ speed }),
      toggleCamera: () => set((s) => (s.cameraPaused ? { cameraPaused: false } : { camera: s.camera === 'follow' ? 'whole' : 'follow' })),
      pauseCamera: () => set({ cameraPaused: true }),
      resumeCamera: () => set({ cameraPaused: false }),
    }),
    // Only preferences survive a reload; a reloaded page never starts playing by itself.
    {
      name: 'flow-explorer:player',
      storage: createJSONStorage(safeLocalStorage),
      partialize: (s) => ({ speed: s.speed, camera: s.camera }),
      // A stored value from an older version or another tab's bad write must never break the page.
      merge: (stored, current) => {
        const s = (stored ?? {}) as Partial<PlayerState>;
        return {
          ...current,
          speed: SPEEDS.includes(s.speed as Speed) ? (s.speed as Speed) : current.speed,
          camera: s.camera === 'whole' || s.camera === 'follow' ? s.camera : current.camera,
        };
      },
    },
  ),
);

export function resetPlayerStore() {
  usePlayerStore.setState(initial);
}
