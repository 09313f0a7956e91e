import { useLayoutEffect, useRef, useState } from 'react';
import { TRAVEL_MS } from '../player/playerStore';

interface Props {
  path: string;
  reverse: boolean;
  speed: number;
  reducedMotion: boolean;
}

/**
 * The message travelling from sender to receiver: one run along the edge (about 0.6 s), then it rests at the
 * receiver. Driven by requestAnimationFrame for exactly that run, so nothing animates once it has arrived.
 */
export function Token({ path, reverse, speed, reducedMotion }: Props) {
  const pathRef = useRef<SVGPathElement>(null);
  const dotRef = useRef<SVGCircleElement>(null);
  const [arrived, setArrived] = useState(false);

  useLayoutEffect(() => {
    const track = pathRef.current;
    const dot = dotRef.current;
    if (!track || !dot) return;
    const length = track.getTotalLength?.() ?? 0;
    const place = (t: number) => {
      const p = track.getPointAtLength?.(length * (reverse ? 1 - t : t));
      if (p) {
        dot.setAttribute('cx', String(p.x));
        dot.setAttribute('cy', String(p.y));
      }
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
      place(1 - (1 - t) * (1 - t) * (1 - t)); // ease-out
      if (t < 1) frame = requestAnimationFrame(tick);
      else setArrived(true);
    });
    place(0);
    return () => cancelAnimationFrame(frame);
  }, [path, reverse, speed, reducedMotion]);

  return (
    <g className="token" data-state={arrived ? 'arrived' : 'travelling'} aria-hidden="true">
      <path ref={pathRef} d={path} fill="none" stroke="none" />
      <circle ref={dotRef} r={7} className="token-dot" />
    </g>
  );
}
