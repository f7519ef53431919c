// The demo's view of the board IS the board's viewport (`viewport.get()`):
// panning and zooming set it, and when the app calls `viewport.zoomTo` the view
// follows. Rects here are top-left based, as the SDK's viewport `Rect` is.
import type { Rect } from '@mirohq/websdk-types';

export interface Size {
  width: number;
  height: number;
}

export interface Point {
  x: number;
  y: number;
}

export const MIN_VIEW_WIDTH = 50;
export const MAX_VIEW_WIDTH = 200_000;

/** The part of the board an element of `size` shows: `rect` grown to the element's aspect ratio, same centre. */
export function visibleRect(rect: Rect, size: Size): Rect {
  if (size.width <= 0 || size.height <= 0 || rect.width <= 0 || rect.height <= 0) return rect;
  const scale = Math.max(rect.width / size.width, rect.height / size.height);
  const width = size.width * scale;
  const height = size.height * scale;
  return { x: rect.x + (rect.width - width) / 2, y: rect.y + (rect.height - height) / 2, width, height };
}

/** The board point under an element pixel, for a visible rect as given by `visibleRect`. */
export function toBoardPoint(visible: Rect, size: Size, pixel: Point): Point {
  return {
    x: visible.x + (pixel.x / size.width) * visible.width,
    y: visible.y + (pixel.y / size.height) * visible.height,
  };
}

/** Moves the view by a distance in element pixels (dragging right shows what is to the left). */
export function panBy(visible: Rect, size: Size, pixels: Point): Rect {
  const scale = visible.width / size.width;
  return { ...visible, x: visible.x - pixels.x * scale, y: visible.y - pixels.y * scale };
}

/** Zooms by `factor` (> 1 zooms in) keeping the board point `anchor` where it is on screen. */
export function zoomAt(visible: Rect, factor: number, anchor: Point): Rect {
  const width = clamp(visible.width / factor, MIN_VIEW_WIDTH, MAX_VIEW_WIDTH);
  const applied = visible.width / width;
  const height = visible.height / applied;
  return {
    x: anchor.x - (anchor.x - visible.x) / applied,
    y: anchor.y - (anchor.y - visible.y) / applied,
    width,
    height,
  };
}

export function centreOf(rect: Rect): Point {
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}

/** A view of `bounds` (centre-based, as board items are) with a margin around it. */
export function fitBounds(bounds: { x: number; y: number; width: number; height: number }): Rect {
  const margin = Math.max(bounds.width, bounds.height) * 0.05 + 40;
  return {
    x: bounds.x - bounds.width / 2 - margin,
    y: bounds.y - bounds.height / 2 - margin,
    width: bounds.width + 2 * margin,
    height: bounds.height + 2 * margin,
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The view moved (not zoomed) to centre `box` (centre-based) when any part of it is out of sight; otherwise the same view. */
export function reveal(visible: Rect, box: { x: number; y: number; width: number; height: number }): Rect {
  const inside =
    box.x - box.width / 2 >= visible.x &&
    box.x + box.width / 2 <= visible.x + visible.width &&
    box.y - box.height / 2 >= visible.y &&
    box.y + box.height / 2 <= visible.y + visible.height;
  return inside ? visible : { ...visible, x: box.x - visible.width / 2, y: box.y - visible.height / 2 };
}
