// Turning create props and synced handles into stored items, enforcing the
// SDK's rules on the way (see rules.ts for the texts).
import type { BoardItem } from '../port.ts';
import type { SnapshotItem } from '../../snapshot/snapshot.ts';
import { copyData } from '../../model/copy-data.ts';
import {
  BoardRuleError,
  MAX_TAGS_PER_ITEM,
  MAX_TAG_TITLE_LENGTH,
  MIN_FRAME_SIDE,
  STICKY_DEFAULT_HEIGHT,
  STICKY_DEFAULT_WIDTH,
  TAG_COLORS,
  checkContent,
  checkConnectorEnds,
  checkFinite,
  checkHexColors,
  checkStickyColor,
  ruleText,
} from './rules.ts';
import { textHeight } from './text-height.ts';

export interface SyncContext {
  tags: TagRegistry;
  /** Throws "Item not found" unless the item is on the board (connector ends). */
  exists(id: string): void;
}

export interface TagRegistry {
  hasTag(id: string): boolean;
  titleTakenBy(title: string): string | undefined; // the id of the tag with that title
}

/** An item's or a handle's fields, as the in-memory board stores and checks them. */
export type Fields = Record<string, unknown>;
const fields = (value: unknown): Fields => (typeof value === 'object' && value !== null ? (value as Fields) : {});

export function checkPosition(props: Fields): void {
  checkFinite('x', props.x);
  checkFinite('y', props.y);
  checkFinite('width', props.width);
  checkFinite('height', props.height);
}

/** Width and height of a sticky from the one side given (it keeps its aspect ratio). */
export function stickySize(shape: 'square' | 'rectangle', width: unknown, height: unknown): { width: number; height: number } {
  const side = STICKY_DEFAULT_WIDTH[shape];
  if (typeof width === 'number' && typeof height === 'number') throw new BoardRuleError(ruleText.stickySize);
  // Multiply before dividing: 398 wide gives exactly 456 high, not 455.99999999999994.
  if (typeof width === 'number') return { width, height: (width * STICKY_DEFAULT_HEIGHT) / side };
  if (typeof height === 'number') return { width: (height * side) / STICKY_DEFAULT_HEIGHT, height };
  return { width: STICKY_DEFAULT_WIDTH[shape], height: STICKY_DEFAULT_HEIGHT };
}

export function checkTagIds(tagIds: unknown, tags: TagRegistry): string[] {
  if (tagIds === undefined) return [];
  if (!Array.isArray(tagIds)) throw new BoardRuleError(ruleText.unknownTag(String(tagIds)));
  if (tagIds.length > MAX_TAGS_PER_ITEM) throw new BoardRuleError(ruleText.tagsPerItem);
  for (const id of tagIds) {
    if (typeof id !== 'string' || !tags.hasTag(id)) throw new BoardRuleError(ruleText.unknownTag(String(id)));
  }
  return [...(tagIds as string[])];
}

export function checkTag(props: Fields, tags: TagRegistry, ownId?: string): { title: string; color: string } {
  const title = typeof props.title === 'string' ? props.title : '';
  if (title === '') throw new BoardRuleError(ruleText.tagTitleEmpty);
  if (title.length > MAX_TAG_TITLE_LENGTH) throw new BoardRuleError(ruleText.tagTitleLength(title.length));
  const holder = tags.titleTakenBy(title);
  if (holder !== undefined && holder !== ownId) throw new BoardRuleError(ruleText.tagTitleTaken(title));
  const color = typeof props.color === 'string' ? props.color : 'red';
  if (!(TAG_COLORS as readonly string[]).includes(color)) throw new BoardRuleError(ruleText.tagColor(color));
  return { title, color };
}

export function checkFrameSize(width: number, height: number): void {
  if (width < MIN_FRAME_SIDE || height < MIN_FRAME_SIDE) throw new BoardRuleError(ruleText.frameSize);
}

/**
 * Only what the app changed is checked against the rules: an item read from a
 * board may carry a colour Miro's UI picked (docs/miro-board.md: "unknown") or content
 * longer than the SDK accepts, and recolouring it must not fail on a field the
 * app never touched.
 */
function changedStyle(before: unknown, after: unknown): Fields {
  const old = fields(before);
  return Object.fromEntries(Object.entries(fields(after)).filter(([key, value]) => old[key] !== value));
}

function checkChangedContent(before: Fields, after: Fields): void {
  if (after.content !== before.content) checkContent(after.content);
}

function mergeSticky(before: Fields, h: Fields, tags: TagRegistry): Fields {
  checkPosition(h);
  checkStickyColor(changedStyle(before.style, h.style).fillColor);
  checkChangedContent(before, h);
  const shape = h.shape === 'rectangle' ? 'rectangle' : 'square';
  const widthChanged = h.width !== before.width;
  const heightChanged = h.height !== before.height;
  // A sticky keeps its aspect ratio: the one side changed sets the other.
  const size = widthChanged || heightChanged ? stickySize(shape, widthChanged ? h.width : undefined, heightChanged ? h.height : undefined) : {};
  // Tags the app did not touch are not checked either: a dangling tag id read from a file must not block a recolour.
  const tagIds = JSON.stringify(h.tagIds) === JSON.stringify(before.tagIds) ? before.tagIds : checkTagIds(h.tagIds, tags);
  return { ...size, x: h.x, y: h.y, shape, content: h.content, style: fields(h.style), tagIds };
}

function mergeShapeOrText(type: 'shape' | 'text', before: Fields, h: Fields): Fields {
  checkPosition(h);
  checkChangedContent(before, h);
  checkHexColors(changedStyle(before.style, h.style));
  const common = { x: h.x, y: h.y, content: h.content, style: fields(h.style), rotation: h.rotation };
  if (type === 'text') {
    const width = typeof h.width === 'number' ? h.width : Number(before.width);
    const grows = width !== before.width || h.content !== before.content || fields(h.style).fontSize !== fields(before.style).fontSize;
    return grows ? { ...common, width, height: textHeight({ content: h.content, width, fontSize: fields(h.style).fontSize }) } : { ...common, width };
  }
  if (h.width !== before.width || h.height !== before.height) throw new BoardRuleError(ruleText.readonly('width and height of a shape'));
  return { ...common, shape: h.shape };
}

function mergeFrame(before: Fields, h: Fields): Fields {
  checkPosition(h);
  checkHexColors(changedStyle(before.style, h.style));
  checkFrameSize(Number(h.width), Number(h.height));
  return { x: h.x, y: h.y, width: h.width, height: h.height, title: h.title, style: fields(h.style) };
}

/** The stored item after `handle.sync()`: the handle's editable fields over the stored ones. */
export function mergeSynced(stored: SnapshotItem, handle: BoardItem, context: SyncContext): SnapshotItem {
  const h = handle as unknown as Fields;
  const before = stored as Fields;
  const changes = ((): Fields => {
    switch (stored.type) {
      case 'sticky_note':
        return mergeSticky(before, h, context.tags);
      case 'shape':
      case 'text':
        return mergeShapeOrText(stored.type, before, h);
      case 'frame':
        return mergeFrame(before, h);
      case 'tag':
        return checkTag(h, context.tags, stored.id);
      case 'connector':
        checkConnectorEnds(h.start, h.end, context.exists);
        return { start: h.start, end: h.end, style: fields(h.style), shape: h.shape };
      default:
        // Other item types: only a move is carried over.
        if ('x' in h) checkPosition(h);
        return Object.fromEntries((['x', 'y'] as const).filter((key) => typeof h[key] === 'number').map((key) => [key, h[key]]));
    }
  })();
  // A copy: the handle stays the app's, and changing it after sync must not reach the board.
  return copyData({ ...stored, ...changes }) as SnapshotItem;
}
