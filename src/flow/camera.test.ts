import { describe, expect, it } from 'vitest';
import { cameraShot, chooseVariant, PRESENTING, READING, viewportBetween, zoomForNamePx, type Viewport } from './camera.ts';
import type { Box, FlowLayout, LayoutVariant } from './layout.ts';

const view = { width: 800, height: 600 };
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const onScreen = (b: Box, v: Viewport, size = view) =>
  b.x * v.zoom + v.x >= -0.5 && b.y * v.zoom + v.y >= -0.5 && (b.x + b.width) * v.zoom + v.x <= size.width + 0.5 && (b.y + b.height) * v.zoom + v.y <= size.height + 0.5;

describe('camera', () => {
  it('reads 12 px names at desk and in frames, 18 px when presenting', () => {
    expect(READING.minZoom * 16).toBeCloseTo(12);
    expect(PRESENTING.minZoom * 16).toBeCloseTo(18);
    expect(zoomForNamePx(16)).toBe(1);
  });

  it('frames the step, sender and receiver and label on screen', () => {
    const focus = box(1000, 1000, 400, 200);
    const label = box(1100, 1050, 150, 40);
    const shot = cameraShot('follow', box(0, 0, 3000, 3000), focus, label, view, READING);
    expect(shot.framing).toBe('step');
    expect(onScreen(focus, shot.viewport)).toBe(true);
    expect(shot.viewport.zoom).toBeGreaterThanOrEqual(READING.minZoom);
    expect(shot.viewport.zoom).toBeLessThanOrEqual(READING.maxZoom);
  });

  it('never zooms out below the readable size; the label stays on screen even then', () => {
    const focus = box(0, 0, 4000, 200);
    const label = box(3800, 220, 180, 40);
    const shot = cameraShot('follow', box(0, 0, 4000, 400), focus, label, view, READING);
    expect(shot.viewport.zoom).toBeCloseTo(READING.minZoom);
    expect(onScreen(label, shot.viewport)).toBe(true);
  });

  it('shows the whole flow when it is readable whole, and follows the step when it is not', () => {
    const small = cameraShot('whole', box(0, 0, 900, 500), box(0, 0, 300, 100), box(0, 0, 10, 10), view, READING);
    expect(small.framing).toBe('whole');
    expect(onScreen(box(0, 0, 900, 500), small.viewport)).toBe(true);
    const large = cameraShot('whole', box(0, 0, 3000, 2000), box(2000, 1500, 300, 100), box(2000, 1500, 100, 30), view, READING);
    expect(large.framing).toBe('step');
    expect(large.viewport.zoom).toBeCloseTo(READING.minZoom);
    expect(onScreen(box(2000, 1500, 100, 30), large.viewport)).toBe(true);
  });

  it('shows no empty space beyond the drawing when it is larger than the view', () => {
    const shot = cameraShot('whole', box(0, 0, 3000, 2000), box(0, 0, 200, 80), box(0, 0, 100, 30), view, READING);
    expect(shot.viewport.x).toBeLessThanOrEqual(READING.padding);
    expect(shot.viewport.y).toBeLessThanOrEqual(READING.padding);
  });

  it('picks the arrangement that fills the view: wide on a desk, tall on a phone', () => {
    const variant = (width: number, height: number): LayoutVariant => ({ width, height, nodes: {}, edges: {} });
    const layout: FlowLayout = { wide: variant(1400, 300), tall: variant(400, 1100) };
    expect(chooseVariant(layout, { width: 1200, height: 700 })).toBe('wide');
    expect(chooseVariant(layout, { width: 390, height: 600 })).toBe('tall');
  });
});

describe('viewportBetween', () => {
  it('is the start at 0, the end at 1, and moves x, y and zoom each in proportion between', () => {
    const from = { x: 100, y: -40, zoom: 0.5 };
    const to = { x: -300, y: 60, zoom: 1.5 };
    expect(viewportBetween(from, to, 0)).toEqual(from);
    expect(viewportBetween(from, to, 1)).toEqual(to);
    expect(viewportBetween(from, to, 0.25)).toEqual({ x: 0, y: -15, zoom: 0.75 });
  });
});
