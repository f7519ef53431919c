// Which stickies a recolour acts on: the selected ones, or every sticky of the
// journey frame (the selected frame, or the frame holding the selection). The
// frame choice is readback's, so the panel, the CLI and the gap check agree.
import { isSticky, type BoardSnapshot, type SnapshotItem, type SnapshotSticky } from '../snapshot/snapshot.ts';
import { chooseFrame, frameRef, indexBoard } from '../readback/frames.ts';
import type { FrameRef } from '../readback/types.ts';
import { findLegend, type Legend } from './legend.ts';

/** `board`: every sticky on the board (a snapshot without frames, in the CLI). */
export type RecolourScope = 'selection' | 'frame' | 'board';

export interface TargetOptions {
  scope: RecolourScope;
  selectedIds: readonly string[];
  frameId?: string;
}

export type Targets =
  | {
      ok: true;
      stickies: SnapshotSticky[];
      /** The frame acted on, when there is one; its legend gives the palette. */
      frame: FrameRef | null;
      legend: Legend;
      /** Tag id → title, to read `emotion: …` tags. */
      tagTitles: ReadonlyMap<string, string>;
      /** Every child of the frame (for the legend), or the stickies alone. */
      frameItems: SnapshotItem[];
    }
  | { ok: false; message: string; /** The maps to choose from, when the frame was ambiguous. */ candidates: FrameRef[] };

export function recolourTargets(snapshot: BoardSnapshot, options: TargetOptions): Targets {
  const index = indexBoard(snapshot);
  if (options.scope === 'selection') {
    const stickies = options.selectedIds.map((id) => index.byId.get(id)).filter((item): item is SnapshotSticky => item !== undefined && isSticky(item));
    if (stickies.length === 0) return { ok: false, message: 'No sticky note is selected: select some, or recolour the whole journey frame.', candidates: [] };
    const frameChoice = chooseFrame(index, { selectedIds: options.selectedIds, holdsJourney: () => false });
    const frameItems = frameChoice.ok ? (index.children.get(frameChoice.frame.id) ?? []) : [];
    const frame = frameChoice.ok ? frameRef(frameChoice.frame) : null;
    return { ok: true, stickies, frame, legend: findLegend(frameItems), tagTitles: index.tagTitles, frameItems };
  }
  if (options.scope === 'board') {
    const stickies = snapshot.items.filter(isSticky);
    return { ok: true, stickies, frame: null, legend: findLegend(snapshot.items), tagTitles: index.tagTitles, frameItems: snapshot.items };
  }
  const holdsStickies = (frame: { id: string }) => (index.children.get(frame.id) ?? []).some(isSticky);
  const choice = chooseFrame(index, { selectedIds: options.selectedIds, ...(options.frameId === undefined ? {} : { frameId: options.frameId }), holdsJourney: holdsStickies });
  // The wording the Gaps tab uses too: nothing to choose from is not a question.
  if (!choice.ok) return { ok: false, message: choice.reason === 'no-frame' ? `No journey map found: ${choice.message}.` : `Which frame? ${choice.message}.`, candidates: choice.candidates };
  const frameItems = index.children.get(choice.frame.id) ?? [];
  return {
    ok: true,
    stickies: frameItems.filter(isSticky),
    frame: frameRef(choice.frame),
    legend: findLegend(frameItems),
    tagTitles: index.tagTitles,
    frameItems,
  };
}
