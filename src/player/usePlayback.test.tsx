// @vitest-environment jsdom
import { act, render } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testCommandContext } from '../testing/factories';
import { commands } from './commands';
import { resetPlayerStore, usePlayerStore } from './playerStore';
import { usePlayback } from './usePlayback';

type Api = { index: () => number; pressPlay: () => void };
/** Each step's dwell at 1×, by index. */
const DWELLS = [4000, 10_000, 6000, 3000];

/** A page with steps 0..3 whose step changes land a tick later, as URL navigation does. */
function Harness({ start, loop = false, onReady }: { start: number; loop?: boolean; onReady: (api: Api) => void }) {
  const [index, setIndex] = useState(start);
  const goTo = (i: number) => setTimeout(() => setIndex(i), 0);
  usePlayback({ index, first: 0, last: 3, goTo, dwellMs: DWELLS[index], loop });
  const playing = usePlayerStore((s) => s.playing);
  onReady({
    index: () => index,
    pressPlay: () => commands.play.run(testCommandContext({ index, first: 0, last: 3, playing, goTo, play: usePlayerStore.getState().play, pause: usePlayerStore.getState().pause })),
  });
  return null;
}

function setup(start: number, loop = false): Api {
  let api!: Api;
  render(<Harness start={start} loop={loop} onReady={(a) => (api = a)} />);
  return new Proxy({} as Api, { get: (_, key: keyof Api) => api[key] });
}

describe('usePlayback', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    resetPlayerStore();
  });
  afterEach(() => vi.useRealTimers());

  it("stays on each step for that step's own dwell time", () => {
    const api = setup(0);
    act(() => api.pressPlay());
    act(() => vi.advanceTimersByTime(3999));
    expect(api.index()).toBe(0);
    act(() => vi.advanceTimersByTime(2));
    expect(api.index()).toBe(1);
    // Step 1 dwells 10 s: still there after 9.9 s.
    act(() => vi.advanceTimersByTime(9900));
    expect(api.index()).toBe(1);
    act(() => vi.advanceTimersByTime(101));
    expect(api.index()).toBe(2);
  });

  it('divides the dwell by the speed, a quarter speed taking four times as long', () => {
    usePlayerStore.getState().setSpeed(0.25);
    const api = setup(0);
    act(() => api.pressPlay());
    act(() => vi.advanceTimersByTime(4 * 4000 - 10));
    expect(api.index()).toBe(0);
    act(() => vi.advanceTimersByTime(11));
    expect(api.index()).toBe(1);
    act(() => usePlayerStore.getState().setSpeed(2));
    act(() => vi.advanceTimersByTime(10_000 / 2 + 1));
    expect(api.index()).toBe(2);
  });

  it('stops after the last step has had its time', () => {
    const api = setup(2);
    act(() => api.pressPlay());
    act(() => vi.advanceTimersByTime(6001));
    expect(api.index()).toBe(3);
    expect(usePlayerStore.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(3001));
    expect(usePlayerStore.getState().playing).toBe(false);
    expect(api.index()).toBe(3);
  });

  it('when looping, starts again from the first step and keeps playing', () => {
    const api = setup(3, true);
    act(() => usePlayerStore.getState().play());
    act(() => vi.advanceTimersByTime(3001));
    expect(api.index()).toBe(0);
    expect(usePlayerStore.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(4001));
    expect(api.index()).toBe(1);
  });

  it('Play at the last step starts again from the first and plays', () => {
    const api = setup(3);
    act(() => api.pressPlay());
    act(() => vi.advanceTimersByTime(1));
    expect(api.index()).toBe(0);
    expect(usePlayerStore.getState().playing).toBe(true);
    act(() => vi.advanceTimersByTime(4001));
    expect(api.index()).toBe(1);
  });
});
