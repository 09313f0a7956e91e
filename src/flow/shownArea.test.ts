import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { viewportBetween } from './camera';
import { boxesMeet, clipRoute, moveArea, routeMeets, viewportArea } from './shownArea';

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

describe('clipRoute', () => {
  const area = { x: 0, y: 0, width: 100, height: 100 };

  it('keeps a route inside the area whole, from its first point to its last', () => {
    const route = [{ x: 10, y: 10 }, { x: 90, y: 10 }, { x: 90, y: 90 }];
    expect(clipRoute(route, area)).toEqual([{ points: route, along: 0, first: true, last: true }]);
  });

  it('cuts a leg where it crosses the border, and says how far along the route the cut part starts', () => {
    expect(clipRoute([{ x: -100, y: 50 }, { x: 50, y: 50 }, { x: 50, y: 300 }], area)).toEqual([
      { points: [{ x: 0, y: 50 }, { x: 50, y: 50 }, { x: 50, y: 100 }], along: 100, first: false, last: false },
    ]);
  });

  it('gives one part per visit when the route leaves the area and comes back', () => {
    const parts = clipRoute([{ x: 20, y: 20 }, { x: 20, y: 200 }, { x: 80, y: 200 }, { x: 80, y: 20 }], area);
    expect(parts.map((p) => [p.points, p.along, p.first, p.last])).toEqual([
      [[{ x: 20, y: 20 }, { x: 20, y: 100 }], 0, true, false],
      [[{ x: 80, y: 100 }, { x: 80, y: 20 }], 180 + 60 + 100, false, true],
    ]);
  });

  it('leaves out a route that only passes by, and keeps a route along the border', () => {
    expect(clipRoute([{ x: -50, y: -10 }, { x: 150, y: -10 }], area)).toEqual([]);
    expect(clipRoute([{ x: -50, y: 0 }, { x: 150, y: 0 }], area)).toEqual([{ points: [{ x: 0, y: 0 }, { x: 100, y: 0 }], along: 50, first: false, last: false }]);
  });

  it('never draws outside the area, and what it keeps lies on the route', () => {
    const point = fc.record({ x: fc.integer({ min: -300, max: 300 }), y: fc.integer({ min: -300, max: 300 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 2, maxLength: 8 }), (route) => {
        for (const part of clipRoute(route, area)) {
          for (const p of part.points) {
            expect(p.x).toBeGreaterThanOrEqual(-1e-9);
            expect(p.x).toBeLessThanOrEqual(100 + 1e-9);
            expect(p.y).toBeGreaterThanOrEqual(-1e-9);
            expect(p.y).toBeLessThanOrEqual(100 + 1e-9);
          }
        }
        if (!routeMeets(route, area)) expect(clipRoute(route, area)).toEqual([]);
      }),
    );
  });
});
