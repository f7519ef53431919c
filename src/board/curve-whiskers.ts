// Carrying out the range whiskers of a curve refresh (src/emotion/curve-whiskers.ts
// plans them): thin empty rectangles created inside the frame, or moved (one of
// another length is replaced, as a shape cannot be resized). What is created or changed is recorded for the refresh's rollback.
import { WHISKER_STYLE, type WhiskerBox } from '../layout/curve-range.ts';
import { WHISKER_WIDTH } from '../layout/geometry.ts';
import type { BoardItem, BoardPort, FrameItem } from './port.ts';
import { mapBounded } from './calls.ts';

/** A whisker as it was before a move: put back on rollback. */
export interface WhiskerBefore {
  item: BoardItem & { x: number; y: number; sync(): Promise<unknown> };
  x: number;
  y: number;
}

interface WhiskerStep {
  frame: FrameItem;
  frameOrigin: { x: number; y: number };
  created: BoardItem[];
  moved: WhiskerBefore[];
  call: <T>(work: () => Promise<T>) => Promise<T>;
  limit: number;
}

/** Creates the missing whiskers, then moves the others; a whisker deleted meanwhile is left for the next refresh. */
export async function applyWhiskers(board: BoardPort, whiskers: { creates: WhiskerBox[]; moves: ({ id: string } & WhiskerBox)[] }, step: WhiskerStep): Promise<void> {
  const { frame, frameOrigin, created, call, limit } = step;
  await mapBounded(whiskers.creates, limit, async (box) => {
    const shape = await call(() =>
      board.createShape({
        shape: 'rectangle',
        content: '',
        x: frameOrigin.x + box.x,
        y: frameOrigin.y + box.y,
        width: WHISKER_WIDTH,
        height: box.height,
        style: { ...WHISKER_STYLE },
      }),
    );
    created.push(shape);
    await call(() => frame.add(shape));
  });
  if (whiskers.moves.length === 0) return;
  const items = await call(() => board.get({ id: whiskers.moves.map((move) => move.id) }));
  await mapBounded(whiskers.moves, limit, async (move) => {
    const item = items.find((entry) => entry.id === move.id) as WhiskerBefore['item'] | undefined;
    if (item === undefined) return;
    const before = { item, x: item.x, y: item.y };
    Object.assign(item, { x: move.x, y: move.y });
    await call(() => item.sync());
    step.moved.push(before);
  });
}
