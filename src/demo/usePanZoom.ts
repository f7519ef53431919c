// Pan (drag, arrow keys), zoom (wheel, + and −), click-to-select and
// drag-to-move on the demo board. Each gesture reads the board's viewport when it happens and sets
// a new one, so the view and `viewport.get()` never disagree.
import { useEffect, useRef, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';
import type { MemoryBoard } from '../board/memory/memory-board.ts';
import { sceneBounds, type Drawable } from './scene.ts';
import { centreOf, panBy, reveal, toBoardPoint, visibleRect, zoomAt, type Point, type Size } from './view.ts';

/** A press that moves less than this many pixels is a click, not a drag. */
const CLICK_SLOP = 4;
export const ZOOM_STEP = 1.25;
const KEY_PAN_SHARE = 0.1;

interface Drag {
  pointerId: number;
  start: Point;
  last: Point;
  moved: boolean;
  itemId: string | undefined;
  /** Dragging moves the selection (the press was on a movable item), else it pans. */
  moving: boolean;
  /** The press itself selected the item, so the release leaves the selection alone. */
  selectedOnPress: boolean;
}

/** Moving the selection by dragging: a preview while the pointer moves, one edit on release. */
export interface ItemMoves {
  isMovable(itemId: string): boolean;
  /** The offset (board units) to draw the selection at, null when the drag ends. */
  preview(delta: Point | null): void;
  move(ids: readonly string[], delta: Point): void;
}

export interface PanZoomOptions {
  board: MemoryBoard;
  size: Size;
  svgRef: RefObject<SVGSVGElement | null>;
  onFit: () => void;
  /** The drawing, in order, for selecting with the keyboard. */
  scene: readonly Drawable[];
  moves: ItemMoves;
}

function pixelOf(event: { clientX: number; clientY: number }, element: Element): Point {
  const bounds = element.getBoundingClientRect();
  return { x: event.clientX - bounds.left, y: event.clientY - bounds.top };
}

/** Click selects an item, shift-click adds or removes it, a click on the background clears the selection. */
export function clickSelection(current: readonly string[], itemId: string | undefined, shift: boolean): string[] {
  if (itemId === undefined) return shift ? [...current] : [];
  if (!shift) return [itemId];
  return current.includes(itemId) ? current.filter((id) => id !== itemId) : [...current, itemId];
}

/** Keyboard selection: the item after (or before) the last selected one in drawing order, wrapping around. */
export function stepSelection(order: readonly string[], current: readonly string[], step: 1 | -1): string[] {
  const last = current.at(-1);
  const index = last === undefined ? -1 : order.indexOf(last);
  const from = index >= 0 ? index : step === 1 ? -1 : 0;
  const next = order[(from + step + order.length) % order.length];
  return next === undefined ? [] : [next];
}

const KEY_PAN: Record<string, Point> = {
  ArrowLeft: { x: 1, y: 0 },
  ArrowRight: { x: -1, y: 0 },
  ArrowUp: { x: 0, y: 1 },
  ArrowDown: { x: 0, y: -1 },
};

/** Pan and zoom of the board's viewport, for an element of `size`. */
function viewControl(board: MemoryBoard, size: Size) {
  const visible = () => visibleRect(board.viewportNow(), size);
  return {
    panPixels: (pixels: Point) => board.setViewport(panBy(visible(), size, pixels)),
    /** Selects the item after (or before) the current one and brings it into view. */
    step: (scene: readonly Drawable[], step: 1 | -1) => {
      const ids = stepSelection(scene.map((item) => item.id), board.selectedIds(), step);
      board.select(ids);
      const box = sceneBounds(scene.filter((item) => ids.includes(item.id)));
      if (box !== undefined) board.setViewport(reveal(visible(), box));
    },
    zoomBy: (factor: number, pixel?: Point) => {
      const view = visible();
      const anchor = pixel === undefined ? centreOf(view) : toBoardPoint(view, size, pixel);
      board.setViewport(zoomAt(view, factor, anchor));
    },
  };
}

// React's wheel listener is passive; zooming must stop the page from scrolling.
function useWheelZoom(svgRef: RefObject<SVGSVGElement | null>, control: ReturnType<typeof viewControl>) {
  const controlRef = useRef(control);
  useEffect(() => {
    controlRef.current = control;
  });
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      controlRef.current.zoomBy(Math.exp(-event.deltaY * 0.0015), pixelOf(event, svg));
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => svg.removeEventListener('wheel', onWheel);
  }, [svgRef]);
}

export function usePanZoom({ board, size, svgRef, onFit, scene, moves }: PanZoomOptions) {
  const drag = useRef<Drag | null>(null);
  const control = viewControl(board, size);
  useWheelZoom(svgRef, control);

  const onPointerDown = (event: PointerEvent<SVGSVGElement>) => {
    if (event.button !== 0) return;
    const target = event.target instanceof Element ? event.target.closest('[data-item-id]') : null;
    const pixel = pixelOf(event, event.currentTarget);
    const itemId = target?.getAttribute('data-item-id') ?? undefined;
    const moving = itemId !== undefined && moves.isMovable(itemId);
    // Like Miro, pressing an unselected item selects it, so the drag moves it.
    const selectedOnPress = moving && !board.selectedIds().includes(itemId);
    if (selectedOnPress) board.select(clickSelection(board.selectedIds(), itemId, event.shiftKey));
    drag.current = { pointerId: event.pointerId, start: pixel, last: pixel, moved: false, itemId, moving, selectedOnPress };
    event.currentTarget.setPointerCapture(event.pointerId);
  };

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (current === null || current.pointerId !== event.pointerId) return;
    const pixel = pixelOf(event, event.currentTarget);
    current.moved ||= Math.hypot(pixel.x - current.start.x, pixel.y - current.start.y) > CLICK_SLOP;
    if (!current.moved) return;
    if (current.moving) return moves.preview(boardDelta(current.start, pixel));
    control.panPixels({ x: pixel.x - current.last.x, y: pixel.y - current.last.y });
    current.last = pixel;
  };

  const onPointerUp = (event: PointerEvent<SVGSVGElement>) => {
    const current = drag.current;
    if (current === null || current.pointerId !== event.pointerId) return;
    drag.current = null;
    if (current.moving && current.moved) {
      moves.preview(null);
      moves.move(board.selectedIds(), boardDelta(current.start, pixelOf(event, event.currentTarget)));
    } else if (!current.moved && !current.selectedOnPress) board.select(clickSelection(board.selectedIds(), current.itemId, event.shiftKey));
  };

  const onPointerCancel = () => {
    if (drag.current?.moving) moves.preview(null);
    drag.current = null;
  };

  /** A pointer's travel in board units. */
  const boardDelta = (from: Point, to: Point): Point => {
    const scale = size.width > 0 ? visibleRect(board.viewportNow(), size).width / size.width : 1;
    return { x: (to.x - from.x) * scale, y: (to.y - from.y) * scale };
  };

  const keyActions: Record<string, () => void> = {
    '+': () => control.zoomBy(ZOOM_STEP),
    '=': () => control.zoomBy(ZOOM_STEP),
    '-': () => control.zoomBy(1 / ZOOM_STEP),
    '0': onFit,
    Escape: () => board.select([]),
    n: () => control.step(scene, 1),
    p: () => control.step(scene, -1),
  };

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    // Browser and system shortcuts (Ctrl+−, Cmd+N…) are not the board's.
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    // Shift + arrow moves the selection (useEditKeys.ts), it does not pan.
    if (event.shiftKey && event.key.startsWith('Arrow')) return;
    const direction = KEY_PAN[event.key];
    const action = direction === undefined ? keyActions[event.key] : () => control.panPixels({ x: direction.x * size.width * KEY_PAN_SHARE, y: direction.y * size.height * KEY_PAN_SHARE });
    if (action === undefined) return;
    event.preventDefault();
    action();
  };

  return { zoomBy: control.zoomBy, handlers: { onPointerDown, onPointerMove, onPointerUp, onPointerCancel, onKeyDown } };
}
