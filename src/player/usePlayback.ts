import { useEffect } from 'react';
import { STEP_DWELL_MS, usePlayerStore } from './playerStore';

/** While playing, advances one step per dwell time and stops at the last step. */
export function usePlayback(index: number, last: number, goTo: (index: number) => void) {
  const playing = usePlayerStore((s) => s.playing);
  const speed = usePlayerStore((s) => s.speed);
  const pause = usePlayerStore((s) => s.pause);

  useEffect(() => {
    if (!playing) return;
    if (index >= last) {
      pause();
      return;
    }
    const timer = window.setTimeout(() => goTo(index + 1), STEP_DWELL_MS / speed);
    return () => window.clearTimeout(timer);
  }, [playing, index, last, speed, goTo, pause]);

  // Leaving the page stops playback, so another flow never starts moving on its own.
  useEffect(() => () => pause(), [pause]);
}
