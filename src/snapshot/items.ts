// The items of a board snapshot (docs/architecture.md): one zod schema per item type the
// app uses, with the Web SDK's field names, plus a catch-all for other types.
// Unknown fields are kept (loose objects); `snapshot.ts` parses whole snapshots.
import { z } from '../model/zod.ts';

const id = z.string().check(z.minLength(1));
const coordinate = z.number(); // zod 4 rejects NaN and ±Infinity
const size = z.number().check(z.gte(0));
const parentId = z.optional(z.nullable(z.string()));
const content = z._default(z.string(), '');
const styleSchema = z.optional(z.looseObject({ fillColor: z.optional(z.string()) }));
/** Centre, size and frame of an item with a place on the board. */
const placed = { x: coordinate, y: coordinate, width: size, height: size, parentId };

export const snapshotFrameSchema = z.looseObject({
  id,
  type: z.literal('frame'),
  title: z._default(z.string(), ''),
  ...placed,
  childrenIds: z.optional(z.array(z.string())),
  style: styleSchema,
});

export const snapshotShapeSchema = z.looseObject({
  id,
  type: z.literal('shape'),
  shape: z._default(z.string(), 'rectangle'),
  ...placed,
  content,
  style: styleSchema,
});

export const snapshotStickySchema = z.looseObject({
  id,
  type: z.literal('sticky_note'),
  shape: z._default(z.enum(['square', 'rectangle']), 'square'),
  ...placed,
  content,
  style: styleSchema,
  tagIds: z._default(z.array(z.string()), []),
});

export const snapshotTextSchema = z.looseObject({
  id,
  type: z.literal('text'),
  x: coordinate,
  y: coordinate,
  width: size,
  height: z.optional(size),
  parentId,
  content,
  style: styleSchema,
});

export const snapshotTagSchema = z.looseObject({
  id,
  type: z.literal('tag'),
  title: z.string(),
  color: z.optional(z.string()),
});

const endpointSchema = z.optional(
  z.looseObject({
    item: z.optional(z.string()),
    position: z.optional(z.looseObject({ x: coordinate, y: coordinate })),
    snapTo: z.optional(z.string()),
  }),
);

export const snapshotConnectorSchema = z.looseObject({
  id,
  type: z.literal('connector'),
  parentId,
  start: endpointSchema,
  end: endpointSchema,
  shape: z.optional(z.string()),
  style: z.optional(z.looseObject({})),
});

/** An item of a type this app does not use (image, card, embed, group…): kept as it is. */
export const snapshotOtherSchema = z.looseObject({ id, type: z.string(), parentId });

export type SnapshotFrame = z.infer<typeof snapshotFrameSchema>;
export type SnapshotShape = z.infer<typeof snapshotShapeSchema>;
export type SnapshotSticky = z.infer<typeof snapshotStickySchema>;
export type SnapshotText = z.infer<typeof snapshotTextSchema>;
export type SnapshotTag = z.infer<typeof snapshotTagSchema>;
export type SnapshotConnector = z.infer<typeof snapshotConnectorSchema>;
export type SnapshotOther = z.infer<typeof snapshotOtherSchema>;
export type SnapshotItem =
  | SnapshotFrame
  | SnapshotShape
  | SnapshotSticky
  | SnapshotText
  | SnapshotTag
  | SnapshotConnector
  | SnapshotOther;

/** Any JSON value (item metadata, app data). */
export type Json = z.infer<ReturnType<typeof z.json>>;

export const KNOWN_SCHEMAS = {
  frame: snapshotFrameSchema,
  shape: snapshotShapeSchema,
  sticky_note: snapshotStickySchema,
  text: snapshotTextSchema,
  tag: snapshotTagSchema,
  connector: snapshotConnectorSchema,
} as const;

export type KnownItemType = keyof typeof KNOWN_SCHEMAS;

export function isKnownItemType(type: string): type is KnownItemType {
  return Object.hasOwn(KNOWN_SCHEMAS, type);
}

export const isFrame = (item: SnapshotItem): item is SnapshotFrame => item.type === 'frame';
export const isShape = (item: SnapshotItem): item is SnapshotShape => item.type === 'shape';
export const isSticky = (item: SnapshotItem): item is SnapshotSticky => item.type === 'sticky_note';
export const isText = (item: SnapshotItem): item is SnapshotText => item.type === 'text';
export const isTag = (item: SnapshotItem): item is SnapshotTag => item.type === 'tag';
export const isConnector = (item: SnapshotItem): item is SnapshotConnector => item.type === 'connector';
