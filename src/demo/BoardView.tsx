// The in-memory board drawn as SVG, in board coordinates: the SVG's viewBox is
// the board's viewport (grown to the element's shape), so the view follows
// `viewport.zoomTo` and every pan or zoom here is what `viewport.get()` reports.
// Items are edited here as on a Miro board (edit/): drag to move,
// double-click to edit text or add a sticky, a toolbar on the selection.
import { useRef, useState, type MouseEvent } from 'react';
import { plural } from '../panel/plural.ts';
import type { BoardStore, DemoBoardState } from './board-store.ts';
import { EditLayer } from './edit/EditLayer.tsx';
import type { BoardEdits } from './edit/useBoardEdits.ts';
import { boardKeyHandler } from './edit/useEditKeys.ts';
import { ArrowMarker } from './items/ConnectorLine.tsx';
import { Drawing } from './items/Drawing.tsx';
import { SelectionLayer } from './items/SelectionLayer.tsx';
import { Notifications } from './Notifications.tsx';
import { usePanelDrag } from './usePanelDrag.ts';
import { usePanZoom, ZOOM_STEP } from './usePanZoom.ts';
import { useElementSize } from './useElementSize.ts';
import { toBoardPoint, visibleRect, type Point } from './view.ts';
import { ZoomControls } from './ZoomControls.tsx';
import './edit/edit.css';

export interface BoardViewProps {
  store: BoardStore;
  /** Which board this is: a new one starts with no notifications shown. */
  generation: number;
  state: DemoBoardState;
  edits: BoardEdits;
  onFit: () => void;
}

const MOVABLE = new Set(['sticky_note', 'shape', 'text']);
const TEXT_EDITABLE = new Set(['sticky', 'shape']);

export function BoardView({ store, generation, state, edits, onFit }: BoardViewProps) {
  const { board } = store;
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(containerRef);
  const [offset, setOffset] = useState<Point | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const moves = { isMovable: (id: string) => MOVABLE.has(board.item(id)?.type ?? ''), preview: setOffset, move: (ids: readonly string[], delta: Point) => void edits.move(ids, delta) };
  const { zoomBy, handlers } = usePanZoom({ board, size, svgRef, onFit, scene: state.scene, moves });
  const ghost = usePanelDrag({ board, svgRef });
  const visible = visibleRect(state.viewport, size);
  const unitsPerPixel = size.width > 0 ? visible.width / size.width : 1;
  const editText = (id: string | null) => {
    if (id === null) svgRef.current?.focus();
    setEditing(id !== null && TEXT_EDITABLE.has(state.scene.find((item) => item.id === id)?.kind ?? '') ? id : null);
  };
  const onDoubleClick = (event: MouseEvent<SVGSVGElement>) => {
    // The drawing captures the pointer while pressed (usePanZoom.ts), so the event's target is the drawing: ask what is under the pointer.
    const under = document.elementFromPoint(event.clientX, event.clientY);
    const itemId = under?.closest('[data-item-id]')?.getAttribute('data-item-id');
    const kind = state.scene.find((item) => item.id === itemId)?.kind;
    if (itemId && kind !== undefined && TEXT_EDITABLE.has(kind)) return editText(itemId);
    if (kind !== undefined && kind !== 'frame') return;
    // Double-click on the empty board (or a frame's background) adds a sticky there.
    const bounds = event.currentTarget.getBoundingClientRect();
    const point = toBoardPoint(visible, size, { x: event.clientX - bounds.left, y: event.clientY - bounds.top });
    void edits.addSticky(point).then((id) => id !== undefined && setEditing(id));
  };

  const shifted = (id: string) => offset !== null && state.selected.has(id);
  return (
    <div className="demo-board" ref={containerRef}>
      <svg
        ref={svgRef}
        className="demo-svg"
        viewBox={`${visible.x} ${visible.y} ${visible.width} ${visible.height}`}
        tabIndex={0}
        role="group"
        aria-roledescription="board"
        aria-label={`Board, ${plural(state.itemCount, 'item')}, ${state.selected.size} selected. Drag or arrow keys to pan, wheel or + and − to zoom, 0 to fit; N and P select the next and previous item, Escape deselects. Drag an item or Shift and arrows to move the selection, Enter or double-click to edit its text, Delete to delete it, double-click the board to add a sticky note, Ctrl+Z to undo.`}
        {...handlers}
        onKeyDown={(event) => {
          handlers.onKeyDown(event);
          if (!event.defaultPrevented) boardKeyHandler({ board, edits, unitsPerPixel, onEditText: editText })(event);
        }}
        onDoubleClick={onDoubleClick}
      >
        <ArrowMarker />
        {state.scene.map((item) =>
          shifted(item.id) && offset !== null ? (
            <g key={item.id} transform={`translate(${offset.x} ${offset.y})`}>
              <Drawing item={item} visible={visible} unitsPerPixel={unitsPerPixel} />
            </g>
          ) : (
            <Drawing key={item.id} item={item} visible={visible} unitsPerPixel={unitsPerPixel} />
          ),
        )}
        <g transform={offset === null ? undefined : `translate(${offset.x} ${offset.y})`}>
          <SelectionLayer scene={state.scene} selected={state.selected} unitsPerPixel={unitsPerPixel} />
        </g>
      </svg>
      {state.itemCount === 0 && <p className="demo-empty">The board is empty: drag a map from the panel onto it, insert one, or load a snapshot or the example. Double-click to add a sticky note.</p>}
      {offset === null && <EditLayer board={board} scene={state.scene} selected={state.selected} visible={visible} unitsPerPixel={unitsPerPixel} edits={edits} editing={editing} onEditText={editText} />}
      <ZoomControls percent={unitsPerPixel > 0 ? 100 / unitsPerPixel : 100} onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onFit={onFit} />
      <Notifications key={generation} notifications={state.notifications} />
      {ghost !== null && (
        <div className="demo-drag-ghost" style={{ left: ghost.x, top: ghost.y }} aria-hidden="true">
          Drop to insert the map here
        </div>
      )}
    </div>
  );
}
