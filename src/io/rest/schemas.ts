// Miro REST API v2 responses, as far as reading a board needs them (the
// "Miro Developer Platform v2.0" spec). Loose objects: fields the spec adds
// later are kept, and only what the conversion reads is checked. The list
// endpoints are parsed as an envelope first and item by item after, so one
// odd item costs that item, never the whole read.
import { z } from '../../model/zod.ts';

const id = z.string().check(z.minLength(1));
const objectOrNull = z.optional(z.nullable(z.looseObject({})));

/** A page of a list: `/items` and `/connectors` page by cursor, `/tags` and `/items?tag_id=` by offset. */
export const restPageSchema = z.looseObject({
  data: z.array(z.unknown()),
  cursor: z.optional(z.nullable(z.string())),
  total: z.optional(z.number()),
  size: z.optional(z.number()),
  offset: z.optional(z.number()),
  limit: z.optional(z.number()),
});

const positionSchema = z.looseObject({
  x: z.number(),
  y: z.number(),
  origin: z.optional(z.string()),
  relativeTo: z.optional(z.string()),
});

const geometrySchema = z.looseObject({
  width: z.optional(z.number()),
  height: z.optional(z.number()),
  rotation: z.optional(z.number()),
});

const userSchema = z.optional(z.nullable(z.looseObject({ id: z.optional(z.string()) })));

/** A board item from `/items`, or from a per-type read (`/sticky_notes/{id}`…), which adds `style`. */
export const restItemSchema = z.looseObject({
  id,
  type: z.string().check(z.minLength(1)),
  data: objectOrNull,
  style: objectOrNull,
  geometry: z.optional(z.nullable(geometrySchema)),
  position: z.optional(z.nullable(positionSchema)),
  parent: z.optional(z.nullable(z.looseObject({ id: z.optional(z.string()) }))),
  createdAt: z.optional(z.string()),
  modifiedAt: z.optional(z.string()),
  createdBy: userSchema,
  modifiedBy: userSchema,
});

/** A connector end: the item and where on it, as percentages ("50%"). */
const connectionSchema = z.optional(
  z.nullable(
    z.looseObject({
      id: z.optional(z.string()),
      position: z.optional(z.nullable(z.looseObject({ x: z.optional(z.union([z.string(), z.number()])), y: z.optional(z.union([z.string(), z.number()])) }))),
      snapTo: z.optional(z.string()),
    }),
  ),
);

export const restConnectorSchema = z.looseObject({
  id,
  type: z.optional(z.string()),
  startItem: connectionSchema,
  endItem: connectionSchema,
  shape: z.optional(z.string()),
  style: objectOrNull,
  captions: z.optional(z.nullable(z.array(z.unknown()))),
});

export const restTagSchema = z.looseObject({
  id,
  title: z.string(),
  fillColor: z.optional(z.string()),
});

/** What Miro sends with a failed request: `{ status, code, message, type: 'error' }`. */
export const restErrorSchema = z.looseObject({ message: z.optional(z.string()), code: z.optional(z.string()) });

export type RestPage = z.infer<typeof restPageSchema>;
export type RestItem = z.infer<typeof restItemSchema>;
export type RestConnector = z.infer<typeof restConnectorSchema>;
export type RestTag = z.infer<typeof restTagSchema>;
