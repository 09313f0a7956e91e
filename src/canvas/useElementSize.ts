import { useLayoutEffect, useState, type RefObject } from 'react';
import type { Size } from '../flow/camera';

/** The element's content size, kept current by a ResizeObserver (window resized, fullscreen, panels toggled, zoom). */
export function useElementSize(ref: RefObject<HTMLElement | null>): Size | undefined {
  const [size, setSize] = useState<Size>();
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => {
      const width = Math.round(el.clientWidth);
      const height = Math.round(el.clientHeight);
      setSize((old) => (old && old.width === width && old.height === height ? old : width > 0 && height > 0 ? { width, height } : old));
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
