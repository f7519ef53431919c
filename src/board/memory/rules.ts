// The documented rules of the Web SDK (MIRO-SDK.md) that the in-memory board
// enforces, each with the exact error text the tests check. Where the real
// SDK's rule is unverified, the stricter reading is taken, so code that passes
// here passes on either answer.
import { STICKY_COLORS, isStickyColor } from '../../model/valence.ts';

export * from '../limits.ts';
import { MAX_APP_DATA_BYTES, MAX_CONTENT_LENGTH, MAX_ITEM_METADATA_BYTES, MAX_TAG_TITLE_LENGTH, MAX_TAGS_PER_BOARD, MAX_TAGS_PER_ITEM, MIN_FRAME_SIDE } from '../limits.ts';

export const STICKY_DEFAULT_WIDTH = { square: 199, rectangle: 350 } as const;
export const STICKY_DEFAULT_HEIGHT = 228;
/** The style the SDK gives an item created without one (a stored item missing a field reads back with it too). */
export const STICKY_DEFAULT_STYLE = { fillColor: 'light_yellow', textAlign: 'center', textAlignVertical: 'middle' } as const;
export const FRAME_DEFAULT_STYLE = { fillColor: '#ffffff' } as const;

export const TAG_COLORS = [
  'red',
  'magenta',
  'violet',
  'light_green',
  'green',
  'dark_green',
  'cyan',
  'blue',
  'dark_blue',
  'yellow',
  'gray',
  'black',
  'dark_gray',
] as const;

export class BoardRuleError extends Error {
  override name = 'BoardRuleError';
}

export const ruleText = {
  stickyColor: (color: string) => `Invalid sticky note fillColor "${color}": use one of ${STICKY_COLORS.join(', ')}`,
  stickySize: 'Set either width or height of a sticky note, not both',
  contentLength: (length: number) => `Content is too long: ${length} characters (fewer than 6000 allowed)`,
  itemMetadata: (bytes: number) => `Item metadata is too large: ${bytes} bytes (the limit is ${MAX_ITEM_METADATA_BYTES} bytes)`,
  appData: (bytes: number) => `App data is too large: ${bytes} bytes (the limit is ${MAX_APP_DATA_BYTES} bytes)`,
  storageLimit: (featureName: string) => `The data storage limit for "${featureName}" has been exceeded.`,
  notFound: (id: string) => `Item not found: ${id}`,
  frameSize: `A frame must be at least ${MIN_FRAME_SIDE}×${MIN_FRAME_SIDE}`,
  notAFrameChild: (type: string) => `Items of type ${type} cannot be added to a frame`,
  notAChild: (childId: string, frameId: string) => `Item ${childId} is not a child of frame ${frameId}`,
  frameCycle: (childId: string, frameId: string) => `Frame ${childId} cannot be added to ${frameId}: it is that frame or holds it`,
  tagTitleTaken: (title: string) => `A tag titled "${title}" already exists on this board`,
  tagTitleLength: (length: number) => `Tag title is too long: ${length} characters (at most ${MAX_TAG_TITLE_LENGTH})`,
  tagTitleEmpty: 'A tag needs a title',
  tagColor: (color: string) => `Invalid tag color "${color}": use one of ${TAG_COLORS.join(', ')}`,
  tagsPerBoard: `A board holds at most ${MAX_TAGS_PER_BOARD} tags`,
  tagsPerItem: `An item holds at most ${MAX_TAGS_PER_ITEM} tags`,
  unknownTag: (id: string) => `Tag not found: ${id}`,
  connectorEnds: 'A connector needs both start and end attached to an item',
  rateLimit: (limit: number, window: string) =>
    `Rate limit exceeded: the app used its ${limit} credits per ${window}; wait for new credits before calling again`,
  injected: (index: number, method: string) => `Injected failure on call #${index} (${method})`,
  readonly: (field: string) => `${field} is read-only`,
  invalidNumber: (field: string) => `${field} must be a finite number`,
  hexColor: (field: string, value: string) => `Invalid ${field} "${value}": use a hex colour such as #1a2b3c`,
} as const;

export function checkStickyColor(color: unknown): void {
  if (color !== undefined && !isStickyColor(color)) throw new BoardRuleError(ruleText.stickyColor(String(color)));
}

export function checkContent(content: unknown): void {
  if (typeof content === 'string' && content.length > MAX_CONTENT_LENGTH) {
    throw new BoardRuleError(ruleText.contentLength(content.length));
  }
}

export function checkFinite(field: string, value: unknown): void {
  if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value))) {
    throw new BoardRuleError(ruleText.invalidNumber(field));
  }
}

// MIRO-SDK.md: "Shapes, frames, text take hex colours". Whether the SDK also
// takes colour names there is unverified: the stricter reading, hex only (plus
// `transparent`, which shapes use for "no fill").
const HEX_COLOR = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;
const COLOR_FIELDS = ['fillColor', 'color', 'borderColor'] as const;

export function checkHexColors(style: unknown): void {
  if (typeof style !== 'object' || style === null) return;
  for (const field of COLOR_FIELDS) {
    const value = (style as Record<string, unknown>)[field];
    if (value !== undefined && !(typeof value === 'string' && (HEX_COLOR.test(value) || value === 'transparent'))) {
      throw new BoardRuleError(ruleText.hexColor(field, String(value)));
    }
  }
}

export function checkConnectorEnds(start: unknown, end: unknown, exists: (id: string) => void): void {
  const startId = connectorEndItem(start);
  const endId = connectorEndItem(end);
  if (startId === undefined || endId === undefined) throw new BoardRuleError(ruleText.connectorEnds);
  exists(startId);
  exists(endId);
}

/** The id of the item a connector end is attached to, if it is attached. */
export function connectorEndItem(end: unknown): string | undefined {
  if (typeof end !== 'object' || end === null) return undefined;
  const item = (end as Record<string, unknown>).item;
  return typeof item === 'string' && item !== '' ? item : undefined;
}

export function jsonBytes(value: unknown): number {
  return new TextEncoder().encode(JSON.stringify(value)).length;
}
