import { boundsOf, NAME_PX, type Box, type FlowLayout, type LayoutVariantName } from './layout.ts';

/** React Flow's viewport: a canvas point p is drawn on screen at p × zoom + (x, y). */
export interface Viewport { x: number; y: number; zoom: number }
export interface Size { width: number; height: number }

/**
 * Where a camera move from `from` to `to` is at `progress` (its eased progress, 0–1): the browser interpolates a
 * `translate(…) scale(…)` transform function by function, so each of x, y and zoom moves linearly in it.
 */
export const viewportBetween = (from: Viewport, to: Viewport, progress: number): Viewport => ({
  x: from.x + (to.x - from.x) * progress,
  y: from.y + (to.y - from.y) * progress,
  zoom: from.zoom + (to.zoom - from.zoom) * progress,
});

export type CameraMode = 'follow' | 'whole';

export interface CameraLimits {
  /** Below this zoom participant names would be too small to read. */
  minZoom: number;
  maxZoom: number;
  /** Screen pixels kept free around what is framed. */
  padding: number;
}

/** The zoom at which participant names render at `px` CSS pixels on screen. */
export const zoomForNamePx = (px: number) => px / NAME_PX;

/** Reading at a desk or in a docs page: names ≥ 12 px. Presenting: ≥ 18 px, for the back of the room. */
export const READING: CameraLimits = { minZoom: zoomForNamePx(12), maxZoom: zoomForNamePx(18), padding: 48 };
export const PRESENTING: CameraLimits = { minZoom: zoomForNamePx(18), maxZoom: zoomForNamePx(26), padding: 40 };

/** The largest zoom at which `box` fits the view with `padding` around it. */
export function fitZoom(box: Box, view: Size, padding: number): number {
  const w = Math.max(1, view.width - 2 * padding);
  const h = Math.max(1, view.height - 2 * padding);
  return Math.min(w / Math.max(1, box.width), h / Math.max(1, box.height));
}

function centreOn(box: Box, view: Size, zoom: number): Viewport {
  return { x: view.width / 2 - (box.x + box.width / 2) * zoom, y: view.height / 2 - (box.y + box.height / 2) * zoom, zoom };
}

/** Shifts the viewport as little as possible so `box` is fully on screen (when it can be). */
function keepInView(viewport: Viewport, box: Box, view: Size, padding: number): Viewport {
  const shift = (start: number, size: number, offset: number, length: number) => {
    const lo = start * viewport.zoom + offset;
    const hi = (start + size) * viewport.zoom + offset;
    if (hi - lo > length - 2 * padding) return offset + (length / 2 - (lo + hi) / 2);
    if (lo < padding) return offset + (padding - lo);
    if (hi > length - padding) return offset - (hi - (length - padding));
    return offset;
  };
  return { ...viewport, x: shift(box.x, box.width, viewport.x, view.width), y: shift(box.y, box.height, viewport.y, view.height) };
}

/** Where the drawing is larger than the view, shows no empty space beyond its edges. */
function clampToDrawing(viewport: Viewport, whole: Box, view: Size, padding: number): Viewport {
  const clamp = (offset: number, start: number, size: number, length: number) => {
    const lo = start * viewport.zoom + offset;
    const hi = (start + size) * viewport.zoom + offset;
    if (hi - lo <= length - 2 * padding) return offset;
    if (lo > padding) return offset - (lo - padding);
    if (hi < length - padding) return offset + (length - padding - hi);
    return offset;
  };
  return { ...viewport, x: clamp(viewport.x, whole.x, whole.width, view.width), y: clamp(viewport.y, whole.y, whole.height, view.height) };
}

export interface CameraShot {
  viewport: Viewport;
  /** What the camera did: the whole flow fitted, or the step framed (asked for, or because the whole would be unreadable). */
  framing: 'whole' | 'step';
}

/**
 * Where the camera looks. `focus` is the current step (sender, receiver, label); `priority` must stay on screen even
 * when the focus is too large to fit at a readable zoom (the step's label). The zoom never drops below
 * `limits.minZoom`: when the whole flow cannot fit at that size, the camera follows the step instead.
 */
export function cameraShot(mode: CameraMode, whole: Box, focus: Box, priority: Box, view: Size, limits: CameraLimits, insets: Insets = NO_INSETS): CameraShot {
  // Frame within the part of the view that overlays (toolbars, a presenter's pill) leave free.
  const inner = { width: Math.max(1, view.width - insets.left - insets.right), height: Math.max(1, view.height - insets.top - insets.bottom) };
  const shot = frameIn(mode, whole, focus, priority, inner, limits);
  return { ...shot, viewport: { ...shot.viewport, x: shot.viewport.x + insets.left, y: shot.viewport.y + insets.top } };
}

export interface Insets { top: number; right: number; bottom: number; left: number }
export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/** Padding shrinks on small screens, where every pixel of the stage counts. */
export const paddingFor = (view: Size, limits: CameraLimits) => Math.min(limits.padding, 0.08 * Math.min(view.width, view.height));

/**
 * How well a place for the step's label keeps the step framed: the zoom at which sender, receiver and that label fit
 * the view, up to the camera's largest zoom (beyond which every place is as good).
 */
export function framingScore(participants: Box[], view: Size, limits: CameraLimits, insets: Insets = NO_INSETS) {
  const inner = { width: view.width - insets.left - insets.right, height: view.height - insets.top - insets.bottom };
  // Called for every candidate place of the label: the participants' bounds are the same for all of them.
  const people = participants.length > 0 ? [boundsOf(participants)] : [];
  const padding = paddingFor(inner, limits);
  return (label: Box) => Math.min(limits.maxZoom, fitZoom(boundsOf([...people, label]), inner, padding));
}

function frameIn(mode: CameraMode, whole: Box, focus: Box, priority: Box, view: Size, given: CameraLimits): CameraShot {
  const limits = { ...given, padding: paddingFor(view, given) };
  if (mode === 'whole') {
    const zoom = Math.min(limits.maxZoom, fitZoom(whole, view, limits.padding / 2));
    if (zoom >= limits.minZoom) return { viewport: centreOn(whole, view, zoom), framing: 'whole' };
    // Too big to read whole: as much of it as fits at the smallest readable size, around the step.
    const around = clampToDrawing(centreOn(focus, view, limits.minZoom), whole, view, limits.padding / 2);
    return { viewport: keepInView(around, priority, view, limits.padding / 2), framing: 'step' };
  }
  const zoom = Math.max(limits.minZoom, Math.min(limits.maxZoom, fitZoom(focus, view, limits.padding)));
  return { viewport: keepInView(centreOn(focus, view, zoom), priority, view, limits.padding / 2), framing: 'step' };
}

/** The arrangement that shows the flow largest in this view: left to right in wide views, top to bottom in tall ones. */
export function chooseVariant(layout: FlowLayout, view: Size, padding = 24): LayoutVariantName {
  if (layout.wide === layout.tall) return 'wide';
  const zoom = (name: LayoutVariantName) => fitZoom({ x: 0, y: 0, width: layout[name].width, height: layout[name].height }, view, padding);
  return zoom('tall') > zoom('wide') * 1.05 ? 'tall' : 'wide';
}
