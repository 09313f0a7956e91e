import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testCommandContext } from '../testing/factories';
import { commands } from './commands';
import { resetPlayerStore, STEP_DWELL_MS, usePlayerStore } from './playerStore';
import { usePlayback } from './usePlayback';

/** A page with steps 0..3 whose step changes land a tick later, as URL navigation does. */
function Harness({ start, onReady }: { start: number; onReady: (api: { index: () => number; pressPlay: () => void }) => void }) {
  const [index, setIndex] = useState(start);
  const goTo = (i: number) => setTimeout(() => setIndex(i), 0);
  usePlayback(index, 3, goTo);
  const playing = usePlayerStore((s) => s.playing);
  onReady({
    index: () => index,
    pressPlay: () => commands.play.run(testCommandContext({ index, first: 0, last: 3, playing, goTo, play: usePlayerStore.getState().play, pause: usePlayerStore.getState().pause })),
  });
  return null;
}

describe('usePlayback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPlayerStore();
  });
  afterEach(() => vi.useRealTimers());

  it('advances a step per dwell time and stops after the last step has had its time', () => {
    let api!: { index: () => number; pressPlay: () => void };
    render(<Harness start={2} onReady={(a) => (api = a)} />);
    act(() => api.pressPlay());
    act(() => vi.advanceTimersByTime(STEP_DWELL_MS + 1));
    expect(api.index()).toBe(3);
    expect(usePlayerStore.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(STEP_DWELL_MS + 1));
    expect(usePlayerStore.getState().playing).toBe(false);
    expect(api.index()).toBe(3);
  });

  it('Play at the last step starts again from the first and plays', () => {
    let api!: { index: () => number; pressPlay: () => void };
    render(<Harness start={3} onReady={(a) => (api = a)} />);
    act(() => api.pressPlay());
    act(() => vi.advanceTimersByTime(1));
    expect(api.index()).toBe(0);
    expect(usePlayerStore.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(STEP_DWELL_MS + 1));
    expect(api.index()).toBe(1);
  });
});
