// Plan items → SDK create props, at board coordinates: the item is created
// inside the frame's area, then `frame.add` links it without moving it.
import type { PlanItem } from '../layout/plan.ts';
import type { BoardItem, BoardPort } from './port.ts';

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
