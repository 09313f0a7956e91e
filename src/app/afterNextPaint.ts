/**
 * Runs `callback` once, after the next frame has been painted: for writes the reader does not see on the page (the
 * address bar, the tab's title) that are synchronous calls into the browser and would otherwise delay that frame.
 * A task queued from the frame's callbacks runs after the frame; the timeout covers a hidden tab, where frames stop.
 * Returns a function that cancels it.
 */
export function afterNextPaint(callback: () => void, win: Window = window): () => void {
  let done = false;
  const run = () => {
    if (done) return;
    done = true;
    callback();
  };
  const frame = win.requestAnimationFrame?.(() => win.setTimeout(run, 0));
  const fallback = win.setTimeout(run, 100);
  return () => {
    done = true;
    if (frame !== undefined) win.cancelAnimationFrame?.(frame);
    win.clearTimeout(fallback);
  };
}
