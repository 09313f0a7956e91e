import { useLayoutEffect, useMemo, useRef } from 'react';
import type { Point } from '../flow/layout';
import { TRAVEL_MS } from '../player/playerStore';
import { edgeTrack } from './edgePath';

interface Props {
  points: Point[];
  reverse: boolean;
  speed: number;
  reducedMotion: boolean;
}

/** Where the token comes to rest: just short of the arrowhead, so both stay visible. */
const REST_BEFORE_END = 30;

const easeInOut = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/**
 * The message travelling from sender to receiver: one run along the edge (about a second at 1×, eased in and out),
 * then it rests before the arrowhead. Driven by requestAnimationFrame for exactly that run, so nothing animates once
 * it has arrived. Positions come from the route's own geometry and go straight to the DOM: a frame of travel costs no
 * React render and no layout.
 */
export function Token({ points, reverse, speed, reducedMotion }: Props) {
  const groupRef = useRef<SVGGElement>(null);
  const dotRef = useRef<SVGGElement>(null);
  const track = useMemo(() => edgeTrack(points), [points]);

  useLayoutEffect(() => {
    const group = groupRef.current;
    const dot = dotRef.current;
    if (!group || !dot) return;
    const { length } = track;
    const travel = Math.max(0, length - Math.min(REST_BEFORE_END, length / 3));
    const place = (t: number) => {
      const along = travel * t;
      const p = track.at(reverse ? length - along : along);
      dot.setAttribute('transform', `translate(${p.x} ${p.y})`);
    };
    const arrive = () => group.setAttribute('data-state', 'arrived');
    if (reducedMotion || length === 0) {
      place(1);
      arrive();
      return;
    }
    group.setAttribute('data-state', 'travelling');
    const duration = TRAVEL_MS / speed;
    const start = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const t = Math.min(1, (now - start) / duration);
      place(easeInOut(t));
      if (t < 1) frame = requestAnimationFrame(tick);
      else arrive();
    });
    place(0);
    return () => cancelAnimationFrame(frame);
  }, [track, reverse, speed, reducedMotion]);

  return (
    <g ref={groupRef} className="token" data-state="travelling" aria-hidden="true">
      <g ref={dotRef}>
        <circle r={13} className="token-halo" />
        <circle r={9} className="token-dot" />
      </g>
    </g>
  );
}
