import { useLayoutEffect, useRef, useState } from 'react';
import { TRAVEL_MS } from '../player/playerStore';

interface Props {
  path: string;
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
 * it has arrived.
 */
export function Token({ path, reverse, speed, reducedMotion }: Props) {
  const pathRef = useRef<SVGPathElement>(null);
  const dotRef = useRef<SVGGElement>(null);
  const [arrived, setArrived] = useState(false);

  useLayoutEffect(() => {
    const track = pathRef.current;
    const dot = dotRef.current;
    if (!track || !dot) return;
    const length = track.getTotalLength?.() ?? 0;
    const travel = Math.max(0, length - Math.min(REST_BEFORE_END, length / 3));
    const place = (t: number) => {
      const along = travel * t;
      const p = track.getPointAtLength?.(reverse ? length - along : along);
      if (p) dot.setAttribute('transform', `translate(${p.x} ${p.y})`);
    };
    if (reducedMotion || length === 0) {
      place(1);
      setArrived(true);
      return;
    }
    setArrived(false);
    const duration = TRAVEL_MS / speed;
    const start = performance.now();
    let frame = requestAnimationFrame(function tick(now) {
      const t = Math.min(1, (now - start) / duration);
      place(easeInOut(t));
      if (t < 1) frame = requestAnimationFrame(tick);
      else setArrived(true);
    });
    place(0);
    return () => cancelAnimationFrame(frame);
  }, [path, reverse, speed, reducedMotion]);

  return (
    <g className="token" data-state={arrived ? 'arrived' : 'travelling'} aria-hidden="true">
      <path ref={pathRef} d={path} fill="none" stroke="none" />
      <g ref={dotRef}>
        <circle r={13} className="token-halo" />
        <circle r={9} className="token-dot" />
      </g>
    </g>
  );
}
