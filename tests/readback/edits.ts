// Human edits on an inserted map, applied to the in-memory board and to the
// truth they should read back as (ids are board item ids on both sides).
import fc from 'fast-check';
import type { Journey, Note } from '../../src/model/journey.ts';
import { STICKY_COLORS, valenceForColor, parseValenceMarker } from '../../src/model/valence.ts';
import { htmlToText, textToHtml } from '../../src/model/html.ts';
import type { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import type { FrameItem } from '../../src/board/port.ts';

export type Edit =
  | { kind: 'move'; note: number; stage: number; lane: number }
  | { kind: 'recolour'; note: number; color: number }
  | { kind: 'delete'; note: number }
  | { kind: 'add'; stage: number; lane: number; text: string; color: number }
  | { kind: 'rename'; stage: number; name: string }
  | { kind: 'add-stage'; name: string }
  | { kind: 'resize' ; grow: number }
  | { kind: 'swap-lanes'; lane: number };

const word = fc.stringMatching(/^[A-Za-z][a-z]{0,8}$/);
const index = fc.nat(1000);

export const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('move' as const), note: index, stage: index, lane: index }),
  fc.record({ kind: fc.constant('recolour' as const), note: index, color: fc.nat(STICKY_COLORS.length - 1) }),
  fc.record({ kind: fc.constant('delete' as const), note: index }),
  fc.record({ kind: fc.constant('add' as const), stage: index, lane: index, text: word, color: fc.nat(STICKY_COLORS.length - 1) }),
  fc.record({ kind: fc.constant('rename' as const), stage: index, name: word }),
  fc.record({ kind: fc.constant('add-stage' as const), name: word }),
  fc.record({ kind: fc.constant('resize' as const), grow: fc.integer({ min: 0, max: 2000 }) }),
  fc.record({ kind: fc.constant('swap-lanes' as const), lane: index }),
);

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
  x: number;
  y: number;
}

function boxOf(board: MemoryBoard, id: string): Box {
  const item = board.item(id) as { x: number; y: number; width: number; height: number };
  return { x: item.x, y: item.y, left: item.x - item.width / 2, right: item.x + item.width / 2, top: item.y - item.height / 2, bottom: item.y + item.height / 2 };
}

const pick = <T>(list: readonly T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length]);

/** A point inside the cell (stage, lane) by the current board geometry: under the header, beside the label. */
function cellPoint(board: MemoryBoard, stageId: string, laneId: string): { x: number; y: number } {
  return { x: boxOf(board, stageId).x, y: boxOf(board, laneId).y };
}

/**
 * A colour of the palette's levels wins over a marker (the recolour is the later
 * edit); a marker wins over the unrated colour and colours outside the palette.
 */
function colourValence(board: MemoryBoard, truth: Journey, note: Note, color: string): Note['valence'] {
  const content = (board.item(note.id) as { content: string }).content;
  const byColour = valenceForColor(color, truth.palette);
  const marker = parseValenceMarker(htmlToText(content));
  if (marker !== null && typeof byColour !== 'number') return marker.valence;
  return byColour ?? null;
}

export async function applyEdit(board: MemoryBoard, frameId: string, truth: Journey, edit: Edit): Promise<void> {
  switch (edit.kind) {
    case 'move': {
      const note = pick(truth.notes, edit.note);
      const stage = pick(truth.stages, edit.stage);
      const lane = pick(truth.lanes, edit.lane);
      if (note === undefined || stage === undefined || lane === undefined) return;
      board.externalUpdate(note.id, cellPoint(board, stage.id, lane.id));
      Object.assign(note, { stageId: stage.id, laneId: lane.id });
      return;
    }
    case 'recolour': {
      const note = pick(truth.notes, edit.note);
      const color = STICKY_COLORS[edit.color] ?? 'gray';
      if (note === undefined) return;
      board.externalUpdate(note.id, { style: { fillColor: color } });
      note.valence = colourValence(board, truth, note, color);
      return;
    }
    case 'delete': {
      const note = pick(truth.notes, edit.note);
      if (note === undefined) return;
      board.externalRemove(note.id);
      truth.notes = truth.notes.filter((entry) => entry.id !== note.id);
      return;
    }
    case 'add':
      return addSticky(board, frameId, truth, edit);
    case 'rename': {
      const stage = pick(truth.stages, edit.stage);
      if (stage === undefined) return;
      board.externalUpdate(stage.id, { content: textToHtml(edit.name) });
      stage.name = edit.name;
      return;
    }
    case 'add-stage':
      return addStage(board, frameId, truth, edit.name);
    case 'resize': {
      // Miro keeps children where they are on the board; here the frame grows right and down from its top-left corner.
      const frame = board.item(frameId) as { x: number; y: number; width: number; height: number };
      board.externalUpdate(frameId, { width: frame.width + edit.grow, height: frame.height + edit.grow, x: frame.x + edit.grow / 2, y: frame.y + edit.grow / 2 });
      return;
    }
    case 'swap-lanes':
      return swapLanes(board, truth, edit.lane);
  }
}

async function addSticky(board: MemoryBoard, frameId: string, truth: Journey, edit: Extract<Edit, { kind: 'add' }>): Promise<void> {
  const stage = pick(truth.stages, edit.stage);
  const lane = pick(truth.lanes, edit.lane);
  if (stage === undefined || lane === undefined) return;
  const point = cellPoint(board, stage.id, lane.id);
  const origin = board.absoluteBox(frameId) as { x: number; y: number; width: number; height: number };
  const color = STICKY_COLORS[edit.color] ?? 'gray';
  const sticky = await board.createStickyNote({ x: origin.x - origin.width / 2 + point.x, y: origin.y - origin.height / 2 + point.y, content: textToHtml(edit.text), style: { fillColor: color }, width: 150 });
  const frame = (await board.getById(frameId)) as FrameItem;
  await frame.add(sticky);
  truth.notes.push({ id: sticky.id, stageId: stage.id, laneId: lane.id, text: edit.text, valence: valenceForColor(color, truth.palette) ?? null, channel: null, owner: null, evidence: null, momentOfTruth: false });
}

async function addStage(board: MemoryBoard, frameId: string, truth: Journey, name: string): Promise<void> {
  const last = truth.stages[truth.stages.length - 1];
  if (last === undefined) return;
  const box = boxOf(board, last.id);
  const width = box.right - box.left;
  const origin = board.absoluteBox(frameId) as { x: number; y: number; width: number; height: number };
  const header = await board.createShape({ shape: 'round_rectangle', x: origin.x - origin.width / 2 + box.right + 20 + width / 2, y: origin.y - origin.height / 2 + box.y, width, height: box.bottom - box.top, content: textToHtml(name) });
  const frame = (await board.getById(frameId)) as FrameItem;
  await frame.add(header);
  truth.stages.push({ id: header.id, name, order: truth.stages.length });
}

/** Swaps a lane with the one below it: its label and everything in its band move down, the other's move up. */
function swapLanes(board: MemoryBoard, truth: Journey, at: number): void {
  if (truth.lanes.length < 2) return;
  const upper = at % (truth.lanes.length - 1);
  const [a, b] = [truth.lanes[upper], truth.lanes[upper + 1]];
  if (a === undefined || b === undefined) return;
  const next = truth.lanes[upper + 2];
  const topA = boxOf(board, a.id).top;
  const topB = boxOf(board, b.id).top;
  const end = next === undefined ? boxOf(board, b.id).bottom : boxOf(board, next.id).top;
  const children = board.allItems().filter((item) => item.parentId !== undefined && item.parentId !== null && typeof (item as { y?: unknown }).y === 'number');
  for (const item of children) {
    const y = (item as { y: number }).y;
    if (y >= topA && y < topB) board.externalUpdate(item.id, { y: y + (end - topB) });
    else if (y >= topB && y < end) board.externalUpdate(item.id, { y: y - (topB - topA) });
  }
  truth.lanes.splice(upper, 2, b, a);
}
