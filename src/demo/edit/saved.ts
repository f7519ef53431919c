// Deleting an item and making it again (undo of a delete, redo of an add).
// The SDK has no "restore": undo creates the item anew from what it held,
// in the same place and frame, and the new id stands for the old one (ids.ts).
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import type { BoardItem, BoardPort, ShapeProps, StickyNoteProps, TextProps } from '../../board/port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import type { IdMap } from './ids.ts';
import { moveTo, placeOf, type Place } from './places.ts';

export interface Saved {
  id: string;
  item: SnapshotItem;
  place: Place;
}

/** Item types the demo can delete and bring back. */
const RESTORABLE = new Set(['sticky_note', 'shape', 'text']);

export function canDelete(board: MemoryBoard, id: string): boolean {
  return RESTORABLE.has(board.item(id)?.type ?? '');
}

export function save(board: MemoryBoard, id: string): Saved | undefined {
  const item = board.item(id);
  const place = placeOf(board, id);
  return item === undefined || place === undefined || !RESTORABLE.has(item.type) ? undefined : { id, item, place };
}

type Fields = Record<string, unknown>;

function create(port: BoardPort, item: SnapshotItem, at: { x: number; y: number }): Promise<BoardItem> {
  const fields = item as Fields;
  const common = { content: fields.content, x: at.x, y: at.y, style: fields.style };
  if (item.type === 'sticky_note') return port.createStickyNote({ ...common, shape: fields.shape, width: fields.width, tagIds: fields.tagIds } as StickyNoteProps);
  if (item.type === 'shape') return port.createShape({ ...common, shape: fields.shape, width: fields.width, height: fields.height } as ShapeProps);
  return port.createText({ ...common, width: fields.width } as TextProps);
}

/** Makes the saved item again where it was; its new id stands for the old one from now on. */
export async function restore({ board, port, ids }: { board: MemoryBoard; port: BoardPort; ids: IdMap }, saved: Saved): Promise<void> {
  const made = await create(port, saved.item, saved.place.centre);
  ids.alias(saved.id, made.id);
  const frameId = saved.place.frameId === undefined ? undefined : ids.resolve(saved.place.frameId);
  if (frameId !== undefined) await moveTo({ board, port, id: made.id, place: { ...saved.place, frameId } });
}

export async function removeSaved(port: BoardPort, ids: IdMap, saved: Saved): Promise<void> {
  await port.remove({ id: ids.resolve(saved.id), type: saved.item.type });
}
