import { describe, expect, it, vi } from 'vitest';
import { afterNextPaint } from './afterNextPaint';

/** A window whose frames and timers run only when the test says so. */
function fakeWindow() {
  const frames = new Map<number, () => void>();
  let id = 0;
  vi.useFakeTimers();
  const win = {
    requestAnimationFrame: (cb: () => void) => (frames.set(++id, cb), id),
    cancelAnimationFrame: (frame: number) => frames.delete(frame),
    setTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms),
    clearTimeout: (t: ReturnType<typeof setTimeout>) => clearTimeout(t),
  } as unknown as Window;
  const paint = () => {
    const due = [...frames.values()];
    frames.clear();
    for (const cb of due) cb();
  };
  return { win, paint };
}

describe('afterNextPaint', () => {
  it('runs once, in a task after the next frame, not before it', () => {
    const { win, paint } = fakeWindow();
    const callback = vi.fn();
    afterNextPaint(callback, win);
    vi.advanceTimersByTime(0);
    expect(callback).not.toHaveBeenCalled();
    paint();
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(0);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('still runs where no frame comes (a hidden tab)', () => {
    const { win } = fakeWindow();
    const callback = vi.fn();
    afterNextPaint(callback, win);
    vi.advanceTimersByTime(99);
    expect(callback).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(callback).toHaveBeenCalledTimes(1);
    vi.useRealTimers();
  });

  it('does nothing once cancelled', () => {
    const { win, paint } = fakeWindow();
    const callback = vi.fn();
    const cancel = afterNextPaint(callback, win);
    cancel();
    paint();
    vi.advanceTimersByTime(1000);
    expect(callback).not.toHaveBeenCalled();
    vi.useRealTimers();
  });
});
