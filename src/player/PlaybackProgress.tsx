import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { usePrefersReducedMotion } from '../canvas/usePrefersReducedMotion';
import { usePlayerStore } from './playerStore';

interface Props {
  /** The current step's dwell at 1× (stepDwellMs). */
  dwellMs: number;
  /** Restarts the countdown: the step it counts down. */
  stepId: string;
}

/**
 * While playing, how long the current step has left: a bar that empties and the seconds remaining. Shown only while
 * playing, and restarted with each step, each speed change and each press of Play, as the playback timer is.
 */
export function PlaybackProgress({ dwellMs, stepId }: Props) {
  const playing = usePlayerStore((s) => s.playing);
  const speed = usePlayerStore((s) => s.speed);
  if (!playing) return null;
  return <Countdown key={`${stepId}:${speed}`} durationMs={dwellMs / speed} />;
}

const secondsLeft = (ms: number) => Math.max(0, Math.ceil(ms / 1000));

function Countdown({ durationMs }: { durationMs: number }) {
  const bar = useRef<HTMLSpanElement>(null);
  const reducedMotion = usePrefersReducedMotion();
  const [left, setLeft] = useState(() => secondsLeft(durationMs));

  // The bar empties on the compositor; under reduced motion it drops once a second instead of gliding.
  useLayoutEffect(() => {
    const el = bar.current;
    if (!el || typeof el.animate !== 'function') return;
    const easing = reducedMotion ? `steps(${Math.max(1, secondsLeft(durationMs))})` : 'linear';
    const run = el.animate([{ transform: 'scaleX(1)' }, { transform: 'scaleX(0)' }], { duration: durationMs, easing, fill: 'forwards' });
    return () => run.cancel();
  }, [durationMs, reducedMotion]);

  useEffect(() => {
    const start = performance.now();
    const timer = window.setInterval(() => setLeft(secondsLeft(durationMs - (performance.now() - start))), 1000);
    return () => window.clearInterval(timer);
  }, [durationMs]);

  return (
    // A timer is not a live region: the seconds are there to read, never announced every second.
    <span className="playback-progress" role="timer" aria-label={`${left} seconds left on this step`} title="Time left on this step">
      <span className="playback-progress-track" aria-hidden="true">
        <span ref={bar} className="playback-progress-bar" />
      </span>
      <span className="playback-progress-text" aria-hidden="true">{left} s</span>
    </span>
  );
}
