// What readback hands back: the journey as the board shows it, where each part
// sits on the board (for the gap check, zooming and fix-its), and what it could
// not read.
import type { Journey } from '../model/journey.ts';
import type { ValenceConflict } from '../model/valence.ts';

export interface FrameRef {
  id: string;
  title: string;
}

/** A stage column or lane row, in frame-relative coordinates: [start, end). */
export interface Band {
  id: string;
  start: number;
  end: number;
}

export interface Placement {
  /** The frame's top-left corner on the board: add it to a band to get board coordinates. */
  frameOrigin: { x: number; y: number };
  stageHeaderIds: string[];
  laneLabelIds: string[];
  noteItemIds: string[];
  /** Stickies in the frame whose centre is in no cell. */
  strayItemIds: string[];
  /** The items the persona, objectives and review line were read from. */
  headerTextIds: string[];
  columns: Band[];
  rows: Band[];
  /** Notes whose marker and colour disagree: read by colour, reported by the gap check. */
  valenceConflicts: ValenceConflict[];
  /** Lanes holding an emotion curve point (a small circle), so an emotions lane with a curve is not empty. */
  curveLaneIds: string[];
}

export interface ReadOptions {
  frameId?: string;
  selectedIds?: readonly string[];
}

export type ReadFailureReason = 'no-frame' | 'ambiguous' | 'not-found';

export type ReadResult =
  | { ok: true; frame: FrameRef; journey: Journey; warnings: string[]; placement: Placement }
  | { ok: false; reason: ReadFailureReason; candidates: FrameRef[]; message: string };
