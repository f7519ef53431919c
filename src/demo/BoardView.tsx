// The in-memory board drawn as SVG, in board coordinates: the SVG's viewBox is
// the board's viewport (grown to the element's shape), so the view follows
// `viewport.zoomTo` and every pan or zoom here is what `viewport.get()` reports.
import { useRef } from 'react';
import { plural } from '../panel/plural.ts';
import type { BoardStore, DemoBoardState } from './board-store.ts';
import { ArrowMarker } from './items/ConnectorLine.tsx';
import { Drawing } from './items/Drawing.tsx';
import { SelectionLayer } from './items/SelectionLayer.tsx';
import { Notifications } from './Notifications.tsx';
import { usePanZoom, ZOOM_STEP } from './usePanZoom.ts';
import { useElementSize } from './useElementSize.ts';
import { visibleRect } from './view.ts';
import { drawnItems } from './lod.ts';
import { ZoomControls } from './ZoomControls.tsx';

export interface BoardViewProps {
  store: BoardStore;
  /** Which board this is: a new one starts with no notifications shown. */
  generation: number;
  state: DemoBoardState;
  onFit: () => void;
}

export function BoardView({ store, generation, state, onFit }: BoardViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const svgRef = useRef<SVGSVGElement>(null);
  const size = useElementSize(containerRef);
  const { zoomBy, handlers } = usePanZoom({ board: store.board, size, svgRef, onFit, scene: state.scene });
  const visible = visibleRect(state.viewport, size);
  const unitsPerPixel = size.width > 0 ? visible.width / size.width : 1;
  return (
    <div className="demo-board" ref={containerRef}>
      <svg
        ref={svgRef}
        className="demo-svg"
        viewBox={`${visible.x} ${visible.y} ${visible.width} ${visible.height}`}
        tabIndex={0}
        role="group"
        aria-roledescription="board"
        aria-label={`Board, ${plural(state.itemCount, 'item')}, ${state.selected.size} selected. Drag or arrow keys to pan, wheel or + and − to zoom, 0 to fit; N and P select the next and previous item, Escape deselects.`}
        {...handlers}
      >
        <ArrowMarker />
        {drawnItems(state.scene, visible, unitsPerPixel).map((item) => (
          <Drawing key={item.id} item={item} visible={visible} unitsPerPixel={unitsPerPixel} />
        ))}
        <SelectionLayer scene={state.scene} selected={state.selected} unitsPerPixel={unitsPerPixel} />
      </svg>
      {state.itemCount === 0 && <p className="demo-empty">The board is empty: insert a journey map from the panel, or load a snapshot or the example.</p>}
      <ZoomControls percent={unitsPerPixel > 0 ? 100 / unitsPerPixel : 100} onZoomIn={() => zoomBy(ZOOM_STEP)} onZoomOut={() => zoomBy(1 / ZOOM_STEP)} onFit={onFit} />
      <Notifications key={generation} notifications={state.notifications} />
    </div>
  );
}
