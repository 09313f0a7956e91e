import { useReactFlow, useStore } from '@xyflow/react';
import { useLayoutEffect, useRef, type RefObject } from 'react';
import { cameraShot, framingScore, viewportBetween, type CameraLimits, type Insets, type Size, type Viewport } from '../flow/camera';
import { boundsOf, type Box, type LayoutVariant } from '../flow/layout';
import { labelCandidates, placeLabel } from '../flow/placeLabel';
import type { Flow } from '../flow/schema';
import { moveArea } from '../flow/shownArea';
import { stepGeometry } from '../flow/stepGeometry';
import { CAMERA_MS, EASE_IN_OUT } from '../player/dwell';
import { usePlayerStore } from '../player/playerStore';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';


interface Options {
  flow: Flow;
  layout: LayoutVariant;
  index: number;
  size: Size | undefined;
  limits: CameraLimits;
  label: RefObject<HTMLDivElement | null>;
  stage: RefObject<HTMLDivElement | null>;
  /** Overlays on the stage the framing keeps clear of. */
  insets: Insets;
  /** Told the canvas area the camera shows, from where a move starts to where it lands; none while the reader steers. */
  show: (area: Box | undefined) => void;
}

/** Canvas units drawn beyond the shown area: arrowheads and strokes reach a little past a line's points. */
const SHOWN_MARGIN = 32;

/**
 * Places the current label (collision pass) and points the camera, before the step is painted. A step change or a
 * camera switch eases there (about a second, scaled by speed; at once under reduced motion); a resize refits at once.
 * While the reader has panned or zoomed by hand, the camera stays where they left it.
 */
export function useCamera({ flow, layout, index, size, limits, label, stage, insets, show }: Options) {
  const { setViewport, getViewport } = useReactFlow();
  const ready = useStore((s) => s.panZoom !== null);
  const mode = usePlayerStore((s) => s.camera);
  const paused = usePlayerStore((s) => s.cameraPaused);
  const speed = usePlayerStore((s) => s.speed);
  const reducedMotion = usePrefersReducedMotion();
  const last = useRef<{ index: number; mode: string; paused: boolean } | undefined>(undefined);
  const shots = useRef(0);
  const labelSize = useRef<Size | undefined>(undefined);
  const reaim = useRef<((measured: Size) => void) | undefined>(undefined);
  const move = useRef<{ animation: Animation; from: Viewport; to: Viewport } | undefined>(undefined);
  // The reader took over (a hand pan, a zoom button): the view lands where the move was going, which is where React
  // Flow already is, so their gesture starts from what they see next.
  useLayoutEffect(() => {
    if (paused) move.current?.animation.cancel();
  }, [paused]);
  useLayoutEffect(() => () => move.current?.animation.cancel(), []);

  const observer = useRef<{ el: Element; observer: ResizeObserver } | undefined>(undefined);
  useLayoutEffect(() => () => observer.current?.observer.disconnect(), []);
  /** Watches the label (it appears only once React Flow is ready) and aims again whenever its size changes. */
  const observe = (el: HTMLElement) => {
    if (observer.current?.el === el || typeof ResizeObserver === 'undefined') return;
    observer.current?.observer.disconnect();
    const watcher = new ResizeObserver(([entry]) => {
      const box = entry.borderBoxSize?.[0];
      const measured = box ? { width: Math.round(box.inlineSize), height: Math.round(box.blockSize) } : { width: el.offsetWidth, height: el.offsetHeight };
      const known = labelSize.current;
      if (known && known.width === measured.width && known.height === measured.height) return;
      labelSize.current = measured;
      reaim.current?.(measured);
    });
    watcher.observe(el);
    observer.current = { el, observer: watcher };
    // A new element has no size yet: measure it once, now.
    labelSize.current = undefined;
  };

  useLayoutEffect(() => {
    const el = label.current;
    if (!el || !size || !ready) return;
    const geometry = stepGeometry(flow, layout, index);
    const score = framingScore(geometry.participants, size, limits, insets);
    const previous = last.current;
    last.current = { index, mode, paused };
    // Moving on (a step, a camera switch, following resumed) is shown as a move; a resize or first frame is not.
    const moved = previous !== undefined && (previous.index !== index || previous.mode !== mode || previous.paused !== paused);
    const duration = moved && !reducedMotion ? CAMERA_MS / speed : 0;
    const root = stage.current;

    const aim = (measured: Size) => {
      const placed = placeLabel(labelCandidates(geometry.anchor, measured, geometry.participants), geometry.obstacles, score) ?? { x: 0, y: 0, ...measured };
      el.style.transform = `translate(${placed.x}px, ${placed.y}px)`;
      el.style.visibility = 'visible';
      if (paused) {
        show(undefined);
        return;
      }
      const shot = cameraShot(mode, boundsOf([geometry.whole, placed]), boundsOf([...geometry.participants, placed]), placed, size, limits, insets);
      root?.setAttribute('data-framing', shot.framing);
      root?.setAttribute('data-camera', duration > 0 ? 'moving' : 'still');
      const shotId = ++shots.current;
      const settled = () => {
        if (shots.current === shotId) root?.setAttribute('data-camera', 'still');
      };
      const viewportEl = root?.querySelector<HTMLElement>('.react-flow__viewport');
      if (duration === 0 || !viewportEl || typeof viewportEl.animate !== 'function') {
        move.current?.animation.cancel();
        show(moveArea(shot.viewport, shot.viewport, size, SHOWN_MARGIN));
        void setViewport(shot.viewport).then(settled);
        return;
      }
      // The move runs on the compositor: React Flow is set once, to where the camera lands, and the browser eases
      // the viewport there. Easing React Flow's own viewport would update its store, and every node and edge
      // listening to it, on each of the move's sixty-odd frames. A move already under way continues from where it is.
      // Where a move under way is now, from its own timing: reading the element's computed transform instead would
      // make the browser recompute the page's style in the middle of the step change.
      const running = move.current?.animation.playState === 'running' ? move.current : undefined;
      const progress = running?.animation.effect?.getComputedTiming().progress;
      const from = running && typeof progress === 'number' ? viewportBetween(running.from, running.to, progress) : getViewport();
      move.current?.animation.cancel();
      show(moveArea(from, shot.viewport, size, SHOWN_MARGIN));
      void setViewport(shot.viewport);
      const animation = viewportEl.animate([{ transform: transformOf(from) }, { transform: transformOf(shot.viewport) }], { duration, easing: EASE_IN_OUT });
      move.current = { animation, from, to: shot.viewport };
      animation.finished.then(settled, () => undefined);
    };
    // The label's size from the last time it was laid out: reading offsetWidth here would force a layout of the whole
    // page in the middle of the step change. When the new text has another size, the observer below aims again with
    // it, after the browser's own layout and before the frame is painted.
    observe(el);
    if (typeof ResizeObserver === 'undefined') labelSize.current = undefined;
    labelSize.current ??= { width: el.offsetWidth, height: el.offsetHeight };
    aim(labelSize.current);
    reaim.current = aim;
  }, [flow, layout, index, size, limits, insets, mode, paused, speed, reducedMotion, ready, setViewport, getViewport, label, stage, show]);
}

const transformOf = ({ x, y, zoom }: { x: number; y: number; zoom: number }) => `translate(${x}px, ${y}px) scale(${zoom})`;
