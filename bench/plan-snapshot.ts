// Big boards for the readback benchmark, built straight from the layout's plan
// as data: writing 50,000 stickies through the in-memory board would measure
// the board, not the readback. The items are what the writer leaves on a board
// (tags, the frame, its children with frame-relative centres, as the SDK
// reports them); run.ts checks that both read back the same on a small map.
import type { BoardPlan, PlanChild } from '../src/layout/layout.ts';
import { SNAPSHOT_VERSION, type BoardSnapshot, type SnapshotItem } from '../src/snapshot/snapshot.ts';

const FRAME_ID = 'frame-1';

interface Ids {
  /** The board id of the item made for this child. */
  id: string;
  itemIdOf(key: string): string;
  tagIdOf(title: string): string;
}

function childItem(child: PlanChild, ids: Ids): SnapshotItem {
  const { id } = ids;
  const parentId = FRAME_ID;
  switch (child.type) {
    case 'connector':
      return { id, type: 'connector', parentId, shape: 'curved', start: { item: ids.itemIdOf(child.from) }, end: { item: ids.itemIdOf(child.to) }, style: { ...child.style } };
    case 'sticky_note':
      return { id, type: 'sticky_note', parentId, shape: 'square', ...child.box, content: child.content, style: { ...child.style }, tagIds: child.tagTitles.map((title) => ids.tagIdOf(title)) };
    case 'shape':
      return { id, type: 'shape', parentId, shape: child.shape, ...child.box, content: child.content, style: { ...child.style } };
    case 'text':
      return { id, type: 'text', parentId, ...child.box, content: child.content, style: { ...child.style } };
  }
}

/** The snapshot of an empty board after inserting `plan`. */
export function snapshotFromPlan(plan: BoardPlan): BoardSnapshot {
  const tagTitles = [...new Set(plan.children.flatMap((child) => (child.type === 'sticky_note' ? child.tagTitles : [])))];
  const tagIds = new Map(tagTitles.map((title, index) => [title, `tag-${index + 1}`]));
  const itemIds = new Map(plan.children.map((child, index) => [child.key, `item-${index + 1}`]));
  const lookup = (ids: Map<string, string>, key: string) => {
    const found = ids.get(key);
    if (found === undefined) throw new Error(`the plan names an item it does not hold: ${key}`);
    return found;
  };
  const children = plan.children.map((child) =>
    childItem(child, { id: lookup(itemIds, child.key), itemIdOf: (key) => lookup(itemIds, key), tagIdOf: (title) => lookup(tagIds, title) }),
  );
  const frame: SnapshotItem = {
    id: FRAME_ID,
    type: 'frame',
    title: plan.frame.title,
    x: plan.frame.width / 2,
    y: plan.frame.height / 2,
    width: plan.frame.width,
    height: plan.frame.height,
    parentId: null,
    childrenIds: children.map((child) => child.id),
    style: { fillColor: '#ffffff' },
  };
  const tags: SnapshotItem[] = tagTitles.map((title) => ({ id: lookup(tagIds, title), type: 'tag', title, color: 'blue' }));
  return { version: SNAPSHOT_VERSION, items: [...tags, frame, ...children], metadata: {} };
}
