// The documented rules of the Web SDK (docs/miro-board.md) that the in-memory
// board enforces, each with its error text: Miro's own wording where its
// reference publishes one, this board's where it does not. What the reference
// leaves open is a parameter of the board (unverified.ts), not a rule here.
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
  stickySize: 'Change either "width", or "height". It\'s not possible to change both properties at the same time.',
  contentLength: (length: number) => `Content is too long: ${length} characters (fewer than 6000 allowed)`,
  // Over a limit Miro names the feature (docs/miro-board.md "Metadata and storage"); the byte counts are this board's addition.
  itemMetadata: (bytes: number) => `The data storage limit for "metadata" has been exceeded. (${bytes} bytes; the limit is ${MAX_ITEM_METADATA_BYTES})`,
  appData: (bytes: number) => `The data storage limit for "appData" has been exceeded. (${bytes} bytes; the limit is ${MAX_APP_DATA_BYTES})`,
  // Not documented word for word: the reference says only that these items have no metadata.
  metadataUnavailable: (type: string) => `Cannot use item metadata on a ${type}: getMetadata and setMetadata aren't available for frames, groups and unsupported items.`,
  notFound: (id: string) => `Cannot find the item with ID: ${id}.`,
  getByIdNotFound: (id: string) => `Can not retrieve item with id ${id}`,
  noValidId: 'The specified item has no valid ID. Cannot perform actions on items with no valid ID.',
  cannotRemove: (type: string, id: string) => `Cannot remove the ${type} item (id=${id}).`,
  locked: (id: string) => `Cannot commit the update, because item ${id} is locked by another client.`,
  notInsideFrame: (id: string) => `Cannot set item ${id} as a child, because the item isn't inside the parent frame.`,
  childMissing: (id: string) => `Cannot set item ${id} as a child, because the item doesn't exist.`,
  textHeight: 'Unsupported: during creation you can set "width", but not "height".',
  // Undocumented wording; the reference says only that these calls throw with a frame.
  frameZOrder: (method: string) => `Frames are always at the back: ${method} can't be used with a frame.`,
  tagsFilter: 'get({ tags }) is refused by this in-memory board: whether Miro filters by tag ids or titles is unverified; read tagIds instead.',
  storageLimit: (featureName: string) => `The data storage limit for "${featureName}" has been exceeded.`,
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
  rateLimit: (limit: number, window: 'minute' | 'hour') => `The API rate limit was exceeded. Requests can use up to ${limit} credits in total per ${window}.`,
  injected: (index: number, method: string) => `Injected failure on call #${index} (${method})`,
  readonly: (field: string) => `Cannot change this property, because it's read-only: "${field}"`,
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

// docs/miro-board.md: "Shapes, frames, text take hex colours". Whether the SDK also
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
