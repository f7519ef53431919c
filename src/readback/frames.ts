// The board indexed once (no scan per frame or per sticky), and which frame
// readback reads: the selected one, else the one frame holding a journey, else ask.
import { isFrame, isTag, type BoardSnapshot, type SnapshotFrame, type SnapshotItem } from '../snapshot/snapshot.ts';
import type { FrameRef, ReadFailureReason, ReadOptions } from './types.ts';

export interface BoardIndex {
  byId: ReadonlyMap<string, SnapshotItem>;
  frames: SnapshotFrame[];
  /** Frame id → its children (by `parentId`, or listed in the frame's `childrenIds`). */
  children: ReadonlyMap<string, SnapshotItem[]>;
  tagTitles: ReadonlyMap<string, string>;
  /** Items' own metadata (lane labels' kind hints); never a frame's. */
  metadata: BoardSnapshot['metadata'];
}

export function indexBoard(snapshot: BoardSnapshot): BoardIndex {
  const byId = new Map<string, SnapshotItem>();
  const frames: SnapshotFrame[] = [];
  const tagTitles = new Map<string, string>();
  for (const item of snapshot.items) {
    byId.set(item.id, item);
    if (isFrame(item)) frames.push(item);
    else if (isTag(item)) tagTitles.set(item.id, item.title);
  }
  const children = new Map<string, SnapshotItem[]>(frames.map((frame) => [frame.id, []]));
  for (const item of snapshot.items) {
    const list = typeof item.parentId === 'string' ? children.get(item.parentId) : undefined;
    if (list !== undefined && item.id !== item.parentId) list.push(item);
  }
  // A child listed by a frame but without parentId (an older export) still belongs to it, once.
  const adopted = new Set<string>();
  for (const frame of frames) {
    for (const childId of frame.childrenIds ?? []) {
      const child = byId.get(childId);
      if (child !== undefined && !adopted.has(childId) && (child.parentId === undefined || child.parentId === null)) {
        children.get(frame.id)?.push(child);
        adopted.add(childId);
      }
    }
  }
  return { byId, frames, children, tagTitles, metadata: snapshot.metadata };
}

export const frameRef = (frame: SnapshotFrame): FrameRef => ({ id: frame.id, title: frame.title });

export type FrameChoice = { ok: true; frame: SnapshotFrame } | { ok: false; reason: ReadFailureReason; candidates: FrameRef[]; message: string };

function describe(frames: readonly SnapshotFrame[]): string {
  return frames.map((frame) => `${frame.id} "${frame.title}"`).join(', ');
}

function frameOfItem(index: BoardIndex, id: string): SnapshotFrame | undefined {
  const item = index.byId.get(id);
  if (item === undefined) return undefined;
  if (isFrame(item)) return item;
  const parent = typeof item.parentId === 'string' ? index.byId.get(item.parentId) : undefined;
  if (parent !== undefined && isFrame(parent)) return parent;
  return index.frames.find((frame) => frame.childrenIds?.includes(id));
}

/** The frames a selection points at, in selection order, each once. */
function selectedFrames(index: BoardIndex, selectedIds: readonly string[]): SnapshotFrame[] {
  const frames = new Map<string, SnapshotFrame>();
  for (const id of selectedIds) {
    const frame = frameOfItem(index, id);
    if (frame !== undefined) frames.set(frame.id, frame);
  }
  return [...frames.values()];
}

export interface FrameChoiceOptions extends ReadOptions {
  /** Which frames count when nothing is selected (the recolour asks for frames with stickies). */
  holdsJourney: (frame: SnapshotFrame) => boolean;
}

export function chooseFrame(index: BoardIndex, options: FrameChoiceOptions): FrameChoice {
  const { holdsJourney } = options;
  if (options.frameId !== undefined) {
    const item = index.byId.get(options.frameId);
    if (item !== undefined && isFrame(item)) return { ok: true, frame: item };
    const candidates = index.frames.filter(holdsJourney);
    return { ok: false, reason: 'not-found', candidates: candidates.map(frameRef), message: `no frame has id "${options.frameId}"${candidates.length > 0 ? `; journey frames: ${describe(candidates)}` : ''}` };
  }
  const selected = selectedFrames(index, options.selectedIds ?? []);
  if (selected.length === 1 && selected[0] !== undefined) return { ok: true, frame: selected[0] };
  if (selected.length > 1) {
    return { ok: false, reason: 'ambiguous', candidates: selected.map(frameRef), message: `the selection spans ${selected.length} frames (${describe(selected)}): select one journey frame` };
  }
  const journeys = index.frames.filter(holdsJourney);
  if (journeys.length === 1 && journeys[0] !== undefined) return { ok: true, frame: journeys[0] };
  if (journeys.length === 0) {
    const count = index.frames.length;
    const what = count === 0 ? 'the board has no frame' : `${count === 1 ? 'the only frame holds no' : `none of the ${count} frames holds a`} journey map (a header row of stage titles above a column of lane labels)`;
    return { ok: false, reason: 'no-frame', candidates: [], message: what };
  }
  return { ok: false, reason: 'ambiguous', candidates: journeys.map(frameRef), message: `${journeys.length} frames hold a journey map (${describe(journeys)}): select one, or pass its id` };
}
