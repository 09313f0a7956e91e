import { describe, expect, it } from 'vitest';
import { drawnAlong, edgeTrack } from './edgePath';

describe('edgeTrack', () => {
  it('measures a straight route exactly and clamps to its ends', () => {
    const track = edgeTrack([{ x: 0, y: 0 }, { x: 300, y: 400 }]);
    expect(track.length).toBe(500);
    expect(track.at(250)).toEqual({ x: 150, y: 200 });
    expect(track.at(-10)).toEqual({ x: 0, y: 0 });
    expect(track.at(900)).toEqual({ x: 300, y: 400 });
  });

  it('follows the rounded corner as drawn: a little shorter than the sharp one, never leaving the curve', () => {
    const track = edgeTrack([{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }]);
    // Sharp: 200. Rounded with radius 10: 180 + a quarter-circle-like curve of ~15.7.
    expect(track.length).toBeGreaterThan(195);
    expect(track.length).toBeLessThan(200);
    const corner = track.at(track.length / 2);
    expect(corner.x).toBeGreaterThan(90);
    expect(corner.x).toBeLessThan(100);
    expect(corner.y).toBeGreaterThan(0);
    expect(corner.y).toBeLessThan(10);
  });

  it('moves forward monotonically along the route', () => {
    const track = edgeTrack([{ x: 0, y: 0 }, { x: 50, y: 0 }, { x: 50, y: 80 }, { x: 200, y: 80 }]);
    let previous = -1;
    for (let d = 0; d <= track.length; d += track.length / 50) {
      const p = track.at(d);
      const progress = p.x + p.y;
      expect(progress).toBeGreaterThanOrEqual(previous - 1e-9);
      previous = progress;
    }
  });

  it('has no length for a route of fewer than two points', () => {
    expect(edgeTrack([]).length).toBe(0);
    expect(edgeTrack([{ x: 5, y: 5 }]).at(3)).toEqual({ x: 5, y: 5 });
  });
});

describe('drawnAlong', () => {
  it('is the distance along the line as drawn: less by what each rounded corner passed saves', () => {
    const route = [{ x: 0, y: 0 }, { x: 100, y: 0 }, { x: 100, y: 100 }, { x: 200, y: 100 }];
    const track = edgeTrack(route);
    // Before the first corner nothing is saved; past both, the drawn line is as much shorter as the whole track is.
    expect(drawnAlong(route, 50)).toBe(50);
    expect(drawnAlong(route, 300)).toBeCloseTo(track.length, 6);
    // Between the corners, one corner's saving: the point 150 units along (the middle of the second leg).
    const saving = (300 - track.length) / 2;
    expect(drawnAlong(route, 150)).toBeCloseTo(150 - saving, 6);
  });
});
