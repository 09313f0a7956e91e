/**
 * Brings `el` into view by scrolling its own container only. `scrollIntoView` would also scroll every ancestor up to
 * the window — and, inside an iframe, the docs page that hosts the embed.
 */
export function scrollWithin(container: HTMLElement, el: Element | DOMRectReadOnly, align: 'nearest' | 'center' = 'nearest', behavior: ScrollBehavior = 'auto') {
  const box = container.getBoundingClientRect();
  const target = 'getBoundingClientRect' in el ? el.getBoundingClientRect() : el;
  const delta = (start: number, size: number, viewStart: number, viewSize: number) => {
    if (align === 'center') return start + size / 2 - (viewStart + viewSize / 2);
    if (start < viewStart) return start - viewStart;
    if (start + size > viewStart + viewSize) return Math.min(start - viewStart, start + size - (viewStart + viewSize));
    return 0;
  };
  const top = delta(target.top, target.height, box.top, container.clientHeight);
  const left = delta(target.left, target.width, box.left, container.clientWidth);
  if (top === 0 && left === 0) return;
  container.scrollTo?.({ top: container.scrollTop + top, left: container.scrollLeft + left, behavior });
}
