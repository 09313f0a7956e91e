import { createBrowserHistory, type RouterHistory } from '@tanstack/react-router';
import { afterNextPaint } from './afterNextPaint';

interface Write {
  push: boolean;
  state: unknown;
  url: string;
}

/**
 * The browser history the router uses, with one difference: the address bar is written after the frame that shows
 * the change, not before it. `history.replaceState` is a synchronous call into the browser that takes 1–6 ms here
 * (with a long tail), and a step change would otherwise pay it between the key press and its paint.
 *
 * The router's own location (what the app renders from) changes at once, so the URL stays the one source of truth;
 * only the browser's copy of it lags by a frame. Writes that would be lost are made first: before back/forward/go, and
 * when the page is hidden or left.
 */
export function createDeferredBrowserHistory(win: Window = window): RouterHistory {
  let pending: Write | undefined;
  let cancelScheduled: (() => void) | undefined;

  const write = () => {
    cancelScheduled?.();
    cancelScheduled = undefined;
    const next = pending;
    if (!next) return;
    pending = undefined;
    (next.push ? win.history.pushState : win.history.replaceState).call(win.history, next.state, '', next.url);
  };
  const schedule = () => {
    cancelScheduled ??= afterNextPaint(write, win);
  };
  const queue = (push: boolean, state: unknown, url?: string | URL | null) => {
    // A second new entry needs the first one in place; a replace only changes the entry that is pending.
    if (pending && push) write();
    const href = url === undefined || url === null ? (pending?.url ?? win.location.href) : String(url);
    pending = { push: pending?.push || push, state, url: href };
    schedule();
  };

  const facadeHistory = {
    get state() {
      return pending ? pending.state : win.history.state;
    },
    get length() {
      return win.history.length + (pending?.push ? 1 : 0);
    },
    pushState: (state: unknown, _title: string, url?: string | URL | null) => queue(true, state, url),
    replaceState: (state: unknown, _title: string, url?: string | URL | null) => queue(false, state, url),
    back: () => {
      write();
      win.history.back();
    },
    forward: () => {
      write();
      win.history.forward();
    },
    go: (delta?: number) => {
      write();
      win.history.go(delta);
    },
  };

  // The browser moved to another entry before the pending write reached the one it left: that write belonged to
  // the old entry, and making it now would overwrite the new one.
  win.addEventListener('popstate', () => (pending = undefined), { capture: true });
  win.addEventListener('pagehide', write, { capture: true });
  win.document.addEventListener('visibilitychange', () => win.document.visibilityState === 'hidden' && write());

  const facade = {
    history: facadeHistory,
    get location() {
      return win.location;
    },
    document: win.document,
    addEventListener: win.addEventListener.bind(win),
    removeEventListener: win.removeEventListener.bind(win),
  };
  return createBrowserHistory({ window: facade as unknown as Window });
}
