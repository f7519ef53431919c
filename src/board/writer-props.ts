// Plan items → SDK create props, at board coordinates: the item is created
// inside the frame's area, then `frame.add` links it without moving it.
import type { PlanConnector, PlanItem } from '../layout/plan.ts';
import type { BoardItem, BoardPort, ConnectorProps } from './port.ts';

/** Board coordinates of the frame's top-left corner. */
export interface Origin {
  x: number;
  y: number;
}

/** Creates one placed plan item; stickies carry the ids of their tags. */
export function createPlanItem(board: BoardPort, { item, origin, tagIds }: { item: PlanItem; origin: Origin; tagIds: string[] }): Promise<BoardItem> {
  const x = origin.x + item.box.x;
  const y = origin.y + item.box.y;
  switch (item.type) {
    case 'sticky_note':
      // Width only: the SDK refuses width and height together on a sticky.
      return board.createStickyNote({ content: item.content, x, y, width: item.box.width, shape: 'square', style: { fillColor: item.style.fillColor }, tagIds });
    case 'shape':
      return board.createShape({ content: item.content, shape: item.shape, x, y, width: item.box.width, height: item.box.height, style: { ...item.style, textAlignVertical: 'middle' } });
    case 'text':
      // A text item's height follows its content; only the width is set.
      return board.createText({ content: item.content, x, y, width: item.box.width, style: item.style });
    default: {
      const unexpected: never = item;
      throw new Error(`unknown plan item ${JSON.stringify(unexpected)}`);
    }
  }
}

/** A link from `start`'s right side to `end`'s left: straight, no arrowheads (the insert and the curve refresh draw links alike). */
export function linkProps(start: string, end: string, style: PlanConnector['style']): ConnectorProps {
  return { start: { item: start, snapTo: 'right' }, end: { item: end, snapTo: 'left' }, shape: 'straight', style: { ...style, startStrokeCap: 'none', endStrokeCap: 'none' } };
}
