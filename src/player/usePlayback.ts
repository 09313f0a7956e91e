import { useEffect } from 'react';
import { STEP_DWELL_MS, usePlayerStore } from './playerStore';

/**
 * While playing, advances one step per dwell time and stops once the last step has had its time. Stopping after
 * the dwell, not on arrival, is what lets Play at the last step rewind and play: the rewind is already under way
 * when the timer would stop it.
 */
export function usePlayback(index: number, last: number, goTo: (index: number) => void) {
  const playing = usePlayerStore((s) => s.playing);
  const speed = usePlayerStore((s) => s.speed);
  const pause = usePlayerStore((s) => s.pause);

  useEffect(() => {
    if (!playing) return;
    const timer = window.setTimeout(() => (index >= last ? pause() : goTo(index + 1)), STEP_DWELL_MS / speed);
    return () => window.clearTimeout(timer);
  }, [playing, index, last, speed, goTo, pause]);

  // Leaving the page stops playback, so another flow never starts moving on its own.
  useEffect(() => () => pause(), [pause]);
}
