// The demo's side of Miro's drag and drop: a `miro-draggable` element in the
// panel, dragged with the pointer and released over the board, fires the
// in-memory board's `drop` event with the board point and the element, as
// Miro does for an app's panel. While dragging, a ghost follows the pointer.
import { useEffect, useState, type RefObject } from 'react';
import type { MemoryBoard } from '../board/memory/memory-board.ts';
import { toBoardPoint, visibleRect, type Point } from './view.ts';

/** A press that moves less than this many pixels is a click, not a drag. */
const DRAG_SLOP = 4;

export interface PanelDragOptions {
  board: MemoryBoard;
  /** The board's drawing: a release over it is a drop. */
  svgRef: RefObject<SVGSVGElement | null>;
}

/** The board point under a client point, or undefined when the point is not over the drawing. */
export function dropPoint(board: MemoryBoard, svg: SVGSVGElement, client: Point): Point | undefined {
  const bounds = svg.getBoundingClientRect();
  const pixel = { x: client.x - bounds.left, y: client.y - bounds.top };
  if (pixel.x < 0 || pixel.y < 0 || pixel.x > bounds.width || pixel.y > bounds.height) return undefined;
  const size = { width: bounds.width, height: bounds.height };
  return toBoardPoint(visibleRect(board.viewportNow(), size), size, pixel);
}

/** Where the ghost is drawn (client pixels) while an element is dragged; null when nothing is. */
export function usePanelDrag({ board, svgRef }: PanelDragOptions): Point | null {
  const [ghost, setGhost] = useState<Point | null>(null);
  useEffect(() => {
    let source: { element: HTMLElement; start: Point; moved: boolean } | null = null;
    const onDown = (event: PointerEvent) => {
      const element = event.target instanceof Element ? event.target.closest<HTMLElement>('.miro-draggable') : null;
      if (element === null || event.button !== 0) return;
      source = { element, start: { x: event.clientX, y: event.clientY }, moved: false };
      event.preventDefault(); // no text selection while dragging
    };
    const onMove = (event: PointerEvent) => {
      if (source === null) return;
      source.moved ||= Math.hypot(event.clientX - source.start.x, event.clientY - source.start.y) > DRAG_SLOP;
      if (source.moved) setGhost({ x: event.clientX, y: event.clientY });
    };
    const onUp = (event: PointerEvent) => {
      const dragged = source;
      source = null;
      setGhost(null);
      const svg = svgRef.current;
      if (dragged === null || !dragged.moved || svg === null) return;
      const at = dropPoint(board, svg, { x: event.clientX, y: event.clientY });
      if (at !== undefined) board.drop({ ...at, target: dragged.element });
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointermove', onMove);
    document.addEventListener('pointerup', onUp);
    return () => {
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointermove', onMove);
      document.removeEventListener('pointerup', onUp);
    };
  }, [board, svgRef]);
  return ghost;
}
