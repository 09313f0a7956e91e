// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeferredBrowserHistory } from './deferredHistory';

// The router's history hands writes to the browser in a microtask; this lets it.
const microtask = () => Promise.resolve();
const address = () => window.location.pathname + window.location.search;

describe('createDeferredBrowserHistory', () => {
  beforeEach(() => {
    window.history.replaceState(null, '', '/start');
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('changes its own location at once and the address bar after the frame', async () => {
    const history = createDeferredBrowserHistory();
    history.replace('/flows/a?step=two');
    await microtask();
    expect(history.location.href).toBe('/flows/a?step=two');
    expect(address()).toBe('/start');
    vi.advanceTimersByTime(100);
    expect(address()).toBe('/flows/a?step=two');
    expect((window.history.state as Record<string, unknown>).__TSR_key).toBe(history.location.state.__TSR_key);
  });

  it('writes only the last of several replacements made before the frame', async () => {
    const history = createDeferredBrowserHistory();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    for (const step of ['two', 'three', 'four']) {
      history.replace(`/flows/a?step=${step}`);
      await microtask();
    }
    vi.advanceTimersByTime(100);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(address()).toBe('/flows/a?step=four');
  });

  it('keeps every new entry: a push is written before the next push', async () => {
    const history = createDeferredBrowserHistory();
    const before = window.history.length;
    history.push('/flows/a');
    await microtask();
    expect(history.length).toBe(before + 1);
    history.push('/flows/b');
    await microtask();
    history.replace('/flows/b?step=two');
    await microtask();
    vi.advanceTimersByTime(100);
    expect(window.history.length).toBe(before + 2);
    expect(address()).toBe('/flows/b?step=two');
  });

  it('writes what is pending before going back, and when the page is hidden or left', async () => {
    const history = createDeferredBrowserHistory();
    const back = vi.spyOn(window.history, 'back').mockImplementation(() => undefined);
    history.push('/flows/a?step=two');
    await microtask();
    history.back();
    expect(address()).toBe('/flows/a?step=two');
    expect(back).toHaveBeenCalledTimes(1);

    history.replace('/flows/a?step=three');
    await microtask();
    window.dispatchEvent(new Event('pagehide'));
    expect(address()).toBe('/flows/a?step=three');
  });

  it('drops a pending write when the browser has moved to another entry', async () => {
    const history = createDeferredBrowserHistory();
    const replaceState = vi.spyOn(window.history, 'replaceState');
    history.replace('/flows/a?step=two');
    await microtask();
    window.dispatchEvent(new PopStateEvent('popstate', { state: window.history.state }));
    vi.advanceTimersByTime(100);
    expect(replaceState).not.toHaveBeenCalledWith(expect.anything(), '', '/flows/a?step=two');
    expect(address()).toBe('/start');
  });
});
