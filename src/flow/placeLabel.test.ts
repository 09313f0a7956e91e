import { describe, expect, it } from 'vitest';
import type { Box } from './layout.ts';
import { labelCandidates, overlapArea, placeLabel } from './placeLabel.ts';

const size = { width: 120, height: 30 };
const box = (x: number, y: number, width = 100, height = 60): Box => ({ x, y, width, height });

describe('placeLabel', () => {
  it('puts the label beside its message, not on the line, when there is room', () => {
    const points = [{ x: 0, y: 100 }, { x: 400, y: 100 }];
    const placed = placeLabel(labelCandidates({ points }, size), [])!;
    expect(placed.x + placed.width / 2).toBeCloseTo(200);
    expect(placed.y + placed.height <= 100 || placed.y >= 100).toBe(true);
  });

  it('moves past participants and other labels in the way', () => {
    const points = [{ x: 100, y: 100 }, { x: 260, y: 100 }];
    // The two ends of a short message, and a pill right above its middle.
    const obstacles = [box(0, 70), box(260, 70), box(150, 40, 60, 22)];
    const placed = placeLabel(labelCandidates({ points }, size), obstacles)!;
    for (const o of obstacles) expect(overlapArea(placed, o)).toBe(0);
  });

  it('places a self step around its participant', () => {
    const node = box(100, 100);
    const placed = placeLabel(labelCandidates({ box: node }, size), [node])!;
    expect(overlapArea(placed, node)).toBe(0);
    expect(placed.y).toBeGreaterThanOrEqual(160); // below first
  });

  it('falls back to the candidate that covers least when every one is blocked', () => {
    const points = [{ x: 0, y: 0 }, { x: 10, y: 0 }];
    const wall = box(-1000, -1000, 2000, 2000);
    const partial = box(-1000, -1000, 2000, 1000);
    expect(placeLabel(labelCandidates({ points }, size), [wall])).toBeDefined();
    const placed = placeLabel(labelCandidates({ points }, size), [partial])!;
    expect(placed.y).toBeGreaterThanOrEqual(0); // below the line, clear of the block above
  });
});

describe('placeLabel with a framing score', () => {
  it('prefers, among free places, the one that keeps the step compact, and the earlier one on a tie', () => {
    const points = [{ x: 100, y: 0 }, { x: 100, y: 400 }];
    const candidates = labelCandidates({ points }, size);
    const first = placeLabel(candidates, [])!;
    expect(placeLabel(candidates, [], () => 1)).toEqual(first);
    // A score that favours labels far to the left picks one.
    const leftmost = placeLabel(candidates, [], (c) => -c.x)!;
    expect(leftmost.x).toBeLessThan(first.x);
  });
});

describe('placeLabel on a bent route', () => {
  it('keeps the label off every stretch of its own message, so the token stays visible', () => {
    // Down, right, down: a place beside the middle stretch can lie across the last one.
    const points = [{ x: 0, y: 0 }, { x: 0, y: 100 }, { x: 200, y: 100 }, { x: 200, y: 200 }];
    const placed = placeLabel(labelCandidates({ points }, { width: 260, height: 40 }), [])!;
    const crosses = points.slice(1).some((b, i) => {
      const a = points[i];
      const stretch = { x: Math.min(a.x, b.x) - 1, y: Math.min(a.y, b.y) - 1, width: Math.abs(b.x - a.x) + 2, height: Math.abs(b.y - a.y) + 2 };
      return overlapArea(placed, stretch) > 0;
    });
    expect(crosses).toBe(false);
  });
});
