// The board plan: what the layout decides and the writer carries out. Pure data.
// Every child's geometry is relative to the frame's top-left corner, centre
// x/y as the SDK reports children of a frame.
import type { StickyColor } from '../model/valence.ts';

/** Centre and size, relative to the frame's top-left corner. */
export interface PlanBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

interface PlanItemBase {
  /** Stable across runs of the layout for the same journey: `stage:<id>`, `note:<id>`, … */
  key: string;
  box: PlanBox;
  /** Item metadata the writer sets after creating the item (a lane label's kind hint, an annex's map). */
  metadata?: Record<string, string>;
}

export interface PlanText extends PlanItemBase {
  type: 'text';
  kind: 'persona' | 'objectives' | 'review' | 'legend' | 'data-check' | 'comparison';
  content: string;
  style: { fontSize: number; textAlign: 'left' | 'center'; color: string };
}

export interface PlanShape extends PlanItemBase {
  type: 'shape';
  kind: 'stage-header' | 'lane-label' | 'curve-point' | 'curve-whisker' | 'legend-swatch' | 'data-bar';
  shape: 'rectangle' | 'round_rectangle' | 'circle';
  content: string;
  style: { fillColor: string; borderColor: string; color: string; fontSize: number; textAlign: 'left' | 'center'; fillOpacity?: number };
}

export interface PlanSticky extends PlanItemBase {
  type: 'sticky_note';
  kind: 'sticky';
  content: string;
  style: { fillColor: StickyColor };
  /** Titles of the tags the sticky carries (`channel: email`, `owner: sales`, …). */
  tagTitles: string[];
  noteId: string;
  stageId: string;
  laneId: string;
}

export interface PlanConnector {
  type: 'connector';
  kind: 'curve-link';
  key: string;
  /** Plan keys of the items at its ends. */
  from: string;
  to: string;
  /** Dashed marks the current state's curve in the comparison frame (a channel beside colour). */
  style: { strokeColor: string; strokeWidth: number; strokeStyle?: 'normal' | 'dashed' };
}

export type PlanItem = PlanText | PlanShape | PlanSticky;
export type PlanChild = PlanItem | PlanConnector;

export interface BoardPlan {
  frame: { title: string; width: number; height: number };
  /** In creation order: items with a place first, connectors after the items they join. */
  children: PlanChild[];
}

export function isPlacedChild(child: PlanChild): child is PlanItem {
  return child.type !== 'connector';
}
