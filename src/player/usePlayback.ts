import { useEffect } from 'react';
import { usePlayerStore } from './playerStore';

interface Options {
  index: number;
  first: number;
  last: number;
  goTo: (index: number) => void;
  /** How long the current step stays at 1× (stepDwellMs); the chosen speed divides it. */
  dwellMs: number;
  /** Start again from the first step after the last one, instead of stopping. */
  loop: boolean;
}

/**
 * While playing, advances one step per dwell time. After the last step has had its time, playback stops, or starts
 * again from the first step when looping. Stopping after the dwell, not on arrival, is what lets Play at the last
 * step rewind and play: the rewind is already under way when the timer would stop it.
 */
export function usePlayback({ index, first, last, goTo, dwellMs, loop }: Options) {
  const playing = usePlayerStore((s) => s.playing);
  const speed = usePlayerStore((s) => s.speed);
  const pause = usePlayerStore((s) => s.pause);

  useEffect(() => {
    if (!playing) return;
    const advance = () => {
      if (index < last) goTo(index + 1);
      else if (loop) goTo(first);
      else pause();
    };
    const timer = window.setTimeout(advance, dwellMs / speed);
    return () => window.clearTimeout(timer);
  }, [playing, index, first, last, speed, dwellMs, loop, goTo, pause]);

  // Leaving the page stops playback, so another flow never starts moving on its own.
  useEffect(() => () => pause(), [pause]);
}
