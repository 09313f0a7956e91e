/**
 * Scripts the benchmark puts in the page before the app's own (page.addInitScript). Each is self-contained: it runs
 * in the browser, not here.
 */

declare global {
  interface Window {
    __bench: {
      drawnAt?: number;
      latencies: number[];
      complete: number[];
      eventDurations: Map<number, number>;
      pressedAt: number[];
      longTasks: Array<{ start: number; end: number }>;
      frames: number;
    };
  }
}

/**
 * Records when the step is drawn and its details filled (the frame in which both are first on screen), every step
 * change's latency from key press to the paint after the new step is in the DOM, Event Timing durations of key
 * presses, long tasks, and how many animation frames the page asks for.
 */
export function installProbes() {
  const bench: Window['__bench'] = { latencies: [], complete: [], eventDurations: new Map(), pressedAt: [], longTasks: [], frames: 0 };
  window.__bench = bench;

  const ownRaf = window.requestAnimationFrame.bind(window);
  window.requestAnimationFrame = (callback) => {
    bench.frames++;
    return ownRaf(callback);
  };

  const drawn = () =>
    document.querySelector('.react-flow__node') !== null &&
    document.querySelector('.react-flow__edge') !== null &&
    /Step \d+ of \d+/.test(document.querySelector('[aria-label="Step details"]')?.textContent ?? '');
  const watchLoad = () => {
    if (drawn()) bench.drawnAt = performance.now();
    else ownRaf(watchLoad);
  };
  ownRaf(watchLoad);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) bench.longTasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  // Event Timing reports only interactions of 16 ms or more (its smallest threshold): a press missing here was faster.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as PerformanceEventTiming[]) {
      if (entry.name === 'keydown') bench.eventDurations.set(Math.round(entry.startTime), entry.duration);
    }
  }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);

  // Key press → the step's new text is in the DOM → the frame that paints it starts (its requestAnimationFrame
  // callbacks; style, layout and paint follow in the same task). A task queued after that frame would also wait for
  // any deferred rendering React queued earlier, which delays later input but not this paint.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'ArrowRight') return;
      const pressed = event.timeStamp;
      bench.pressedAt.push(pressed);
      const status = document.querySelector('[role="status"]');
      if (!status) return;
      const before = status.textContent;
      let answered = false;
      // The whole step: the details (rendered with the diagram) name the step the status line names.
      const detailsEl = document.querySelector('[aria-label="Step details"]');
      const whole = () => {
        const n = /Step (\d+) of/.exec(status.textContent ?? '')?.[1];
        return n !== undefined && (detailsEl?.textContent ?? '').includes(`Step ${n} of`);
      };
      const observer = new MutationObserver(() => {
        if (!answered && status.textContent !== before) {
          answered = true;
          ownRaf(() => bench.latencies.push(performance.now() - pressed));
        }
        if (answered && whole()) {
          observer.disconnect();
          ownRaf(() => bench.complete.push(performance.now() - pressed));
        }
      });
      // Only the two places it reads: watching the whole page would cost the page time on every camera frame.
      for (const target of [status, detailsEl ?? document.body]) observer.observe(target, { childList: true, characterData: true, subtree: true });
    },
    true,
  );
}
