import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Point } from '../flow/layout';
import { EASE_IN_OUT, TRAVEL_MS } from '../player/dwell';
import { edgeTrack } from './edgePath';

interface Props {
  points: Point[];
  reverse: boolean;
  speed: number;
  reducedMotion: boolean;
}

/** Where the token comes to rest: just short of the arrowhead, so both stay visible. */
const REST_BEFORE_END = 30;
/** Points of the run given to the browser: enough that the corners stay round at any zoom the camera allows. */
const SAMPLES = 48;

/**
 * The message travelling from sender to receiver: one run along the edge (about a second at 1×, eased in and out),
 * then it rests before the arrowhead. The run is handed to the browser as a transform animation through points of
 * the route's own geometry, so it plays on the compositor: a frame of travel costs the page no script, style, layout
 * or paint, and nothing animates once it has arrived.
 */
export function Token({ points, reverse, speed, reducedMotion }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const track = useMemo(() => edgeTrack(points), [points]);

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { length } = track;
    const travel = Math.max(0, length - Math.min(REST_BEFORE_END, length / 3));
    const at = (t: number) => {
      const along = travel * t;
      const p = track.at(reverse ? length - along : along);
      return `translate(${p.x}px, ${p.y}px)`;
    };
    const arrive = () => el.setAttribute('data-state', 'arrived');
    // Where it rests, underneath the run: when the run ends (or cannot play) the token is already there.
    el.style.transform = at(1);
    if (reducedMotion || length === 0 || typeof el.animate !== 'function') {
      arrive();
      return;
    }
    el.setAttribute('data-state', 'travelling');
    // Evenly spaced along the route; the run's easing spaces them in time.
    const keyframes = Array.from({ length: SAMPLES + 1 }, (_, i) => ({ offset: i / SAMPLES, transform: at(i / SAMPLES) }));
    const run = el.animate(keyframes, { duration: TRAVEL_MS / speed, easing: EASE_IN_OUT });
    run.finished.then(arrive, () => undefined);
    return () => run.cancel();
  }, [track, reverse, speed, reducedMotion]);

  return <div ref={ref} className="token" data-state="travelling" aria-hidden="true" />;
}
