// Board snapshot → journey (docs/architecture.md "Readback works by geometry"). Pure: the
// same snapshot always reads the same; nothing here touches a board.
import type { Journey, Lane, Note, Stage } from '../model/journey.ts';
import type { ValenceConflict } from '../model/valence.ts';
import { readLegendPalette } from '../model/header-text.ts';
import { frameOrigin } from '../snapshot/geometry.ts';
import { isShape, isSticky, type BoardSnapshot, type SnapshotFrame, type SnapshotSticky } from '../snapshot/snapshot.ts';
import { chooseFrame, frameRef, indexBoard, type BoardIndex } from './frames.ts';
import { bandIndex, contentLines, placeItem, type Placed } from './geometry.ts';
import { findGrid, indexCentres, isStructureCandidate, type Grid } from './grid.ts';
import { readHeader } from './header.ts';
import { inferTouchpoints, readLanes, titleName, type LaneReading } from './lanes.ts';
import { readNoteContent, readTagMeanings } from './notes.ts';
import type { Placement, ReadOptions, ReadResult } from './types.ts';
import { append } from '../model/arrays.ts';

interface FrameLayout {
  placed: Placed[];
  stickies: Placed[];
  grid: Grid | null;
}

function layoutFrame(index: BoardIndex, frame: SnapshotFrame): FrameLayout {
  const placed: Placed[] = [];
  for (const child of index.children.get(frame.id) ?? []) {
    const box = placeItem(child);
    if (box !== null) placed.push(box);
  }
  const stickies = placed.filter((box) => isSticky(box.item));
  const centres = indexCentres(stickies);
  // Workshops often title stages and lanes with stickies too: tried only when shapes and texts make no grid.
  const grid = findGrid(placed.filter(isStructureCandidate), centres) ?? findGrid(withText(stickies), centres);
  return { placed, stickies, grid };
}

/** Stickies with their text lines (their boxes carry none), those without text left out. */
function withText(stickies: readonly Placed[]): Placed[] {
  return stickies.map((box) => ({ ...box, lines: contentLines(box.item) })).filter((box) => box.lines.length > 0);
}

function insideGrid(grid: Grid | null, box: Placed): boolean {
  return grid !== null && bandIndex(grid.columns, box.cx) >= 0 && bandIndex(grid.rows, box.cy) >= 0;
}

function structureOf(grid: Grid | null, metadata: BoardSnapshot['metadata']): { stages: Stage[]; lanes: LaneReading } {
  if (grid === null) return { stages: [], lanes: { lanes: [], warnings: [], hinted: false } };
  return {
    stages: grid.headers.map((box, order) => ({ id: box.item.id, name: titleName(box), order })),
    lanes: readLanes(grid.labels, metadata),
  };
}

/** Lanes read by hint and name, then the touchpoint lane guessed from where stickies and the curve are. */
function laneKinds(reading: LaneReading, { grid, inCells, placed }: { grid: Grid | null; inCells: readonly InCell[]; placed: readonly Placed[] }): LaneReading & { curveLaneIds: string[] } {
  if (grid === null) return { ...reading, curveLaneIds: [] };
  const withStickies = new Set(inCells.map((cell) => cell.lane.id));
  const curvePoints = placed.filter((box) => isShape(box.item) && box.item.shape === 'circle' && bandIndex(grid.columns, box.cx) >= 0);
  const withCurve = new Set(curvePoints.map((box) => grid.rows[bandIndex(grid.rows, box.cy)]?.id).filter((id) => id !== undefined));
  return { ...inferTouchpoints(reading, { withStickies, withCurve }), curveLaneIds: [...withCurve] };
}

interface Cells {
  grid: Grid | null;
  stages: Stage[];
  lanes: Lane[];
  /** Stickies that are stage or lane titles themselves. */
  skip: ReadonlySet<string>;
}

interface InCell {
  sticky: SnapshotSticky;
  stage: Stage;
  lane: Lane;
}

/** Each sticky into the cell holding its centre, or onto the stray list. */
function assignCells(stickies: readonly Placed[], { grid, stages, lanes, skip }: Cells): { inCells: InCell[]; strays: Placed[] } {
  const inCells: InCell[] = [];
  const strays: Placed[] = [];
  for (const box of stickies) {
    const sticky = box.item;
    if (!isSticky(sticky) || skip.has(sticky.id)) continue;
    const stage = grid === null ? undefined : stages[bandIndex(grid.columns, box.cx)];
    const lane = grid === null ? undefined : lanes[bandIndex(grid.rows, box.cy)];
    if (stage === undefined || lane === undefined) strays.push(box);
    else inCells.push({ sticky, stage, lane });
  }
  return { inCells, strays };
}

/** Stages, lanes (kinds by hint, name, inference) and each sticky in its cell or on the stray list. */
function readCells(index: BoardIndex, { layout, warnings }: { layout: FrameLayout; warnings: string[] }) {
  const { grid, placed, stickies } = layout;
  const structure = structureOf(grid, index.metadata);
  const structureIds = new Set([...structure.stages.map((stage) => stage.id), ...structure.lanes.lanes.map((lane) => lane.id)]);
  const cells = assignCells(stickies, { grid, stages: structure.stages, lanes: structure.lanes.lanes, skip: structureIds });
  const reading = laneKinds(structure.lanes, { grid, inCells: cells.inCells, placed });
  append(warnings, reading.warnings);
  const laneById = new Map(reading.lanes.map((lane) => [lane.id, lane]));
  const inCells = cells.inCells.map((cell) => ({ ...cell, lane: laneById.get(cell.lane.id) ?? cell.lane }));
  return { stages: structure.stages, lanes: reading.lanes, inCells, strays: cells.strays, structureIds, curveLaneIds: reading.curveLaneIds };
}

function readFrame(index: BoardIndex, { frame, layout }: { frame: SnapshotFrame; layout: FrameLayout }): { journey: Journey; warnings: string[]; placement: Placement } {
  const { grid, placed } = layout;
  const warnings: string[] = [];
  if (grid === null) warnings.push(`frame ${frame.id}: no header row of stage titles with lane labels to their left; no sticky could be placed`);
  const { stages, lanes, inCells, strays, structureIds, curveLaneIds } = readCells(index, { layout, warnings });
  const headerItems = placed.filter((box) => !isSticky(box.item) && box.lines.length > 0 && !structureIds.has(box.item.id) && !insideGrid(grid, box));
  // A sticky outside the grid saying "Persona: …" or "Goals: …" is header text, not a stray.
  const header = readHeader([...headerItems, ...withText(strays)], { frameTitle: frame.title, lanes });
  const conflicts: ValenceConflict[] = [];
  const context = { palette: header.palette, tags: readTagMeanings(index.tagTitles), warnings, conflicts };
  const notes: Note[] = inCells.map(({ sticky, stage, lane }) => ({ id: sticky.id, stageId: stage.id, laneId: lane.id, ...readNoteContent({ sticky, laneKind: lane.kind }, context) }));
  const strayItemIds = strays.map((box) => box.item.id).filter((id) => !header.itemIds.includes(id));
  if (grid !== null) append(warnings, strayItemIds.map((id) => `sticky ${id}: in the frame but in no cell of the map; not read as a note`));
  const journey: Journey = {
    id: frame.id,
    title: frame.title,
    kind: header.kind,
    palette: header.palette,
    persona: header.persona,
    objectives: header.objectives,
    stages,
    lanes,
    notes,
    review: header.review,
  };
  const placement: Placement = {
    frameOrigin: frameOrigin(frame) ?? { x: 0, y: 0 },
    stageHeaderIds: stages.map((stage) => stage.id),
    laneLabelIds: lanes.map((lane) => lane.id),
    noteItemIds: notes.map((note) => note.id),
    strayItemIds,
    headerTextIds: header.itemIds,
    columns: grid?.columns ?? [],
    rows: grid?.rows ?? [],
    valenceConflicts: conflicts,
    curveLaneIds,
  };
  return { journey, warnings, placement };
}

/**
 * The lane labels of every frame that shows a grid: the items whose metadata
 * may hold a kind hint (the board reader fetches only theirs, a few calls a map).
 */
export function laneLabelIds(snapshot: BoardSnapshot): string[] {
  const index = indexBoard(snapshot);
  return index.frames.flatMap((frame) => layoutFrame(index, frame).grid?.labels.map((box) => box.item.id) ?? []);
}

/** Reads the chosen frame of a snapshot back into a journey, with warnings for whatever it could not place. */
export function readJourney(snapshot: BoardSnapshot, options: ReadOptions = {}): ReadResult {
  const index = indexBoard(snapshot);
  const layouts = new Map<string, FrameLayout>();
  const layoutOf = (frame: SnapshotFrame): FrameLayout => {
    let layout = layouts.get(frame.id);
    if (layout === undefined) {
      layout = layoutFrame(index, frame);
      layouts.set(frame.id, layout);
    }
    return layout;
  };
  const holdsJourney = (frame: SnapshotFrame): boolean => {
    const { grid, stickies, placed } = layoutOf(frame);
    // The legend the app draws is its mark on the board itself (no metadata: Miro has none for frames), so a
    // one-stage map with no notes yet still counts; a hand-made map counts by its grid and notes.
    return grid !== null && (grid.headers.length >= 2 || stickies.some((box) => insideGrid(grid, box)) || placed.some((box) => readLegendPalette(box.lines.join('\n')) !== null));
  };
  const choice = chooseFrame(index, { ...options, holdsJourney });
  if (!choice.ok) return choice;
  return { ok: true, frame: frameRef(choice.frame), ...readFrame(index, { frame: choice.frame, layout: layoutOf(choice.frame) }) };
}
