import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewportBetween } from './camera';
import { boxesMeet, moveArea, routeMeets, viewportArea } from './shownArea';

const viewport = fc.record({
  x: fc.double({ min: -5000, max: 5000, noNaN: true }),
  y: fc.double({ min: -5000, max: 5000, noNaN: true }),
  zoom: fc.double({ min: 0.1, max: 3, noNaN: true }),
});
const size = fc.record({ width: fc.integer({ min: 1, max: 4000 }), height: fc.integer({ min: 1, max: 3000 }) });

describe('viewportArea', () => {
  it('is the canvas rectangle the stage shows', () => {
    // A canvas point p is drawn at p × zoom + (x, y): the stage's corners (0, 0) and (800, 600) come from these.
    expect(viewportArea({ x: -200, y: 100, zoom: 2 }, { width: 800, height: 600 })).toEqual({ x: 100, y: -50, width: 400, height: 300 });
  });
});

describe('moveArea', () => {
  it('holds every area the camera shows on its way, at any point of any move', () => {
    fc.assert(
      fc.property(viewport, viewport, size, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, stage, progress) => {
        const area = moveArea(from, to, stage);
        const shown = viewportArea(viewportBetween(from, to, progress), stage);
        const slack = 1e-6 * (1 + Math.abs(area.x) + Math.abs(area.y) + area.width + area.height);
        expect(shown.x).toBeGreaterThanOrEqual(area.x - slack);
        expect(shown.y).toBeGreaterThanOrEqual(area.y - slack);
        expect(shown.x + shown.width).toBeLessThanOrEqual(area.x + area.width + slack);
        expect(shown.y + shown.height).toBeLessThanOrEqual(area.y + area.height + slack);
      }),
    );
  });

  it('is the shown area itself, plus the margin, when the camera stays put', () => {
    expect(moveArea({ x: 0, y: 0, zoom: 1 }, { x: 0, y: 0, zoom: 1 }, { width: 100, height: 50 }, 10)).toEqual({ x: -10, y: -10, width: 120, height: 70 });
  });
});

describe('routeMeets', () => {
  const area = { x: 100, y: 100, width: 50, height: 50 };

  it('sees a leg that crosses the area with both its ends outside', () => {
    expect(routeMeets([{ x: 0, y: 120 }, { x: 1000, y: 120 }], area)).toBe(true);
  });

  it('does not see a route that goes around the area, though its bounding box covers it', () => {
    expect(routeMeets([{ x: 0, y: 0 }, { x: 300, y: 0 }, { x: 300, y: 300 }], area)).toBe(false);
  });

  it('sees a route that touches the area’s edge, and a single point inside it', () => {
    expect(routeMeets([{ x: 150, y: 0 }, { x: 150, y: 99 }, { x: 150, y: 100 }], area)).toBe(true);
    expect(routeMeets([{ x: 120, y: 120 }], area)).toBe(true);
    expect(routeMeets([], area)).toBe(false);
  });
});

describe('boxesMeet', () => {
  it('is true for overlapping or touching boxes only', () => {
    expect(boxesMeet({ x: 0, y: 0, width: 10, height: 10 }, { x: 10, y: 10, width: 5, height: 5 })).toBe(true);
    expect(boxesMeet({ x: 0, y: 0, width: 10, height: 10 }, { x: 11, y: 0, width: 5, height: 5 })).toBe(false);
  });
});
