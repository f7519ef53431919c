// What a person does on the demo board, each carried out through the board
// interface the app uses (so `items:create`, `items:delete` and
// `experimental:items:update` fire as they would in Miro), each returning
// how to undo and redo it.
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import { applyItemUpdates, undoUpdates, type ItemPatch, type ItemUpdate } from '../../board/item-updates.ts';
import type { BoardPort } from '../../board/port.ts';
import { textToHtml } from '../../model/html.ts';
import type { Point } from '../view.ts';
import type { IdMap } from './ids.ts';
import { frameAt, moveTo, placeOf, type Place } from './places.ts';
import { canDelete, removeSaved, restore, save, type Saved } from './saved.ts';

export interface Edit {
  /** What it did, for "Undid …" messages: "move 2 items". */
  label: string;
  undo(): Promise<void>;
  redo(): Promise<void>;
}

export interface EditContext {
  board: MemoryBoard;
  port: BoardPort;
  ids: IdMap;
}

const count = (n: number, what: string) => (n === 1 ? `1 ${what}` : `${n} ${what}s`);

/** Moves items by `delta`; each lands in the frame under its new centre (or leaves its frame). */
export async function moveItems(context: EditContext, ids: readonly string[], delta: Point): Promise<Edit | undefined> {
  const moving = new Set(ids);
  const moves = ids.flatMap((id) => {
    const from = placeOf(context.board, id);
    if (from === undefined || context.board.item(id)?.type === 'frame') return [];
    const centre = { x: from.centre.x + delta.x, y: from.centre.y + delta.y };
    return [{ id, from, to: { centre, frameId: frameAt(context.board, centre, moving) } }];
  });
  if (moves.length === 0) return undefined;
  const go = async (pick: (move: (typeof moves)[number]) => Place) => {
    for (const move of moves) await moveTo({ ...context, id: context.ids.resolve(move.id), place: resolvedPlace(context.ids, pick(move)) });
  };
  await go((move) => move.to);
  return { label: `move ${count(moves.length, 'item')}`, undo: () => go((move) => move.from), redo: () => go((move) => move.to) };
}

function resolvedPlace(ids: IdMap, place: Place): Place {
  return { ...place, frameId: place.frameId === undefined ? undefined : ids.resolve(place.frameId) };
}

async function patch(context: EditContext, label: string, updates: readonly ItemUpdate[]): Promise<Edit | undefined> {
  const resolved = (list: readonly ItemUpdate[]) => list.map((update) => ({ ...update, id: context.ids.resolve(update.id) }));
  const { applied } = await applyItemUpdates(context.port, resolved(updates));
  if (applied.length === 0) return undefined;
  const apply = async (list: ItemUpdate[]) => void (await applyItemUpdates(context.port, resolved(list)));
  return { label, undo: () => apply(undoUpdates(applied)), redo: () => apply(applied.map(({ id, after }) => ({ id, after }))) };
}

export function setText(context: EditContext, id: string, text: string): Promise<Edit | undefined> {
  return patch(context, 'text edit', [{ id, after: { content: textToHtml(text) } }]);
}

export function setColour(context: EditContext, ids: readonly string[], fillColor: string): Promise<Edit | undefined> {
  const after: ItemPatch = { fillColor };
  return patch(context, `colour of ${count(ids.length, 'sticky note')}`, ids.map((id) => ({ id, after })));
}

export async function deleteItems(context: EditContext, ids: readonly string[]): Promise<Edit | undefined> {
  const saved = ids.filter((id) => canDelete(context.board, id)).flatMap((id): Saved[] => { const entry = save(context.board, id); return entry === undefined ? [] : [entry]; });
  if (saved.length === 0) return undefined;
  const removeAll = async () => {
    for (const entry of saved) await removeSaved(context.port, context.ids, entry);
  };
  const restoreAll = async () => {
    for (const entry of saved) await restore(context, entry);
  };
  await removeAll();
  return { label: `delete ${count(saved.length, 'item')}`, undo: restoreAll, redo: removeAll };
}

/** A new empty sticky at `point`, in the frame under it; returns its id with the edit. */
export async function addSticky(context: EditContext, point: Point): Promise<{ id: string; edit: Edit }> {
  const sticky = await context.port.createStickyNote({ content: '', x: point.x, y: point.y });
  const frameId = frameAt(context.board, point);
  if (frameId !== undefined) await moveTo({ ...context, id: sticky.id, place: { centre: point, frameId } });
  const saved = save(context.board, sticky.id);
  if (saved === undefined) throw new Error(`Sticky note ${sticky.id} vanished`);
  return {
    id: sticky.id,
    edit: { label: 'add a sticky note', undo: () => removeSaved(context.port, context.ids, saved), redo: () => restore(context, saved) },
  };
}
