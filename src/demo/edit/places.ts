// Where an item is and where it goes: its centre in board coordinates and the
// frame holding it. Moving in or out of a frame goes through the board
// interface, as in Miro: `frame.remove(item)`, move, `item.sync()`, `frame.add(item)`.
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import { isFrameItem, type BoardItem, type BoardPort } from '../../board/port.ts';
import type { Point } from '../view.ts';

export interface Place {
  centre: Point;
  frameId: string | undefined;
}

/** The innermost frame holding `point`, leaving out `exclude` (the items being moved). */
export function frameAt(board: MemoryBoard, point: Point, exclude: ReadonlySet<string> = new Set()): string | undefined {
  let best: { id: string; area: number } | undefined;
  for (const item of board.allItems()) {
    if (item.type !== 'frame' || exclude.has(item.id)) continue;
    const box = board.absoluteBox(item.id);
    if (box === undefined || Math.abs(point.x - box.x) > box.width / 2 || Math.abs(point.y - box.y) > box.height / 2) continue;
    const area = box.width * box.height;
    if (best === undefined || area < best.area) best = { id: item.id, area };
  }
  return best?.id;
}

export function placeOf(board: MemoryBoard, id: string): Place | undefined {
  const box = board.absoluteBox(id);
  const parentId = board.item(id)?.parentId;
  return box === undefined ? undefined : { centre: { x: box.x, y: box.y }, frameId: typeof parentId === 'string' ? parentId : undefined };
}

async function frameById(port: BoardPort, id: string) {
  const frame = await port.getById(id);
  if (!isFrameItem(frame)) throw new Error(`Item ${id} is not a frame`);
  return frame;
}

type Placed = BoardItem & { x: number; y: number; parentId: string | null; sync(): Promise<unknown> };

async function placed(port: BoardPort, id: string): Promise<Placed> {
  const item = await port.getById(id);
  if (!('x' in item) || !('sync' in item)) throw new Error(`Item ${id} cannot be moved`);
  return item as Placed;
}

/** Moves item `id` so its centre is at `place.centre`, in `place.frameId` (or on the board itself). */
export async function moveTo({ board, port, id, place }: { board: MemoryBoard; port: BoardPort; id: string; place: Place }): Promise<void> {
  let item = await placed(port, id);
  if (item.parentId !== null && item.parentId !== place.frameId) {
    await (await frameById(port, item.parentId)).remove(item);
    item = await placed(port, id);
  }
  const origin = item.parentId === null ? { x: 0, y: 0 } : frameOrigin(board, item.parentId);
  item.x = place.centre.x - origin.x;
  item.y = place.centre.y - origin.y;
  await item.sync();
  if (place.frameId !== undefined && item.parentId !== place.frameId) await (await frameById(port, place.frameId)).add(item);
}

/** The top-left corner of a frame, board coordinates: its children's x/y are relative to it. */
function frameOrigin(board: MemoryBoard, frameId: string): Point {
  const box = board.absoluteBox(frameId);
  return box === undefined ? { x: 0, y: 0 } : { x: box.x - box.width / 2, y: box.y - box.height / 2 };
}
