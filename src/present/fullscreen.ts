import { useEffect, useRef } from 'react';

/**
 * Presenter mode asks for the Fullscreen API inside the key press or click that starts it (browsers refuse it
 * otherwise). When it is refused or unavailable (a deep link, an iframe), the presenter layout still fills the window.
 */
export function enterFullscreen() {
  const root = document.documentElement;
  if (document.fullscreenElement || !root.requestFullscreen) return;
  root.requestFullscreen().catch(() => {});
}

export function exitFullscreen() {
  if (document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
}

/** In fullscreen the browser keeps Esc to itself and just leaves fullscreen: leave presenter mode with it. */
export function useLeaveWithFullscreen(leave: () => void) {
  const latest = useRef(leave);
  latest.current = leave;
  useEffect(() => {
    let wasFullscreen = Boolean(document.fullscreenElement);
    const onChange = () => {
      const now = Boolean(document.fullscreenElement);
      if (wasFullscreen && !now) latest.current();
      wasFullscreen = now;
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
}
