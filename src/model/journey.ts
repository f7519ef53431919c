// The journey model: schemas first, types inferred from them (docs/architecture.md, "Style").
import { JOURNEY_KINDS, LANE_KINDS } from './lane-kinds.ts';
import { z } from './zod.ts';

// Map kinds and lane kinds come from their one registry (lane-kinds.ts).
export { JOURNEY_KINDS, LANE_KINDS };
export const REVIEW_CADENCES = ['quarterly', 'biannual', 'annual'] as const;
export const PALETTES = ['classic', 'colour-blind'] as const;

export const journeyKindSchema = z.enum(JOURNEY_KINDS);
export const laneKindSchema = z.enum(LANE_KINDS);
export const reviewCadenceSchema = z.enum(REVIEW_CADENCES);
export const paletteSchema = z.enum(PALETTES);

const idSchema = z.string().check(z.minLength(1));

/** −2 … +2, or null for "unrated" (the default sticky colour, no marker). */
export const valenceSchema = z.nullable(z.int().check(z.gte(-2), z.lte(2)));

export const personaSchema = z.object({
  name: z.string(),
  description: z.string(),
  goals: z.array(z.string()),
  motivations: z.array(z.string()),
  frustrations: z.array(z.string()),
});

export const stageSchema = z.object({ id: idSchema, name: z.string(), order: z.int() });

export const laneSchema = z.object({ id: idSchema, name: z.string(), kind: laneKindSchema });

export const noteSchema = z.object({
  id: idSchema,
  stageId: idSchema,
  laneId: idSchema,
  text: z.string(),
  valence: valenceSchema,
  channel: z.nullable(z.string()),
  owner: z.nullable(z.string()),
  evidence: z.nullable(z.string()),
  momentOfTruth: z.boolean(),
});

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a `YYYY-MM-DD` text names a day that exists (2026-02-30 does not). */
function isRealDate(text: string): boolean {
  const time = Date.parse(`${text}T00:00:00Z`);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(text);
}

/** A calendar date, `YYYY-MM-DD`, that exists. A text of the wrong form gets one error, not two. */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE, 'expected a date as YYYY-MM-DD'),
  z.refine((text) => !ISO_DATE.test(text) || isRealDate(text), 'not a real calendar date'),
);

export const reviewSchema = z.object({
  lastReviewed: z.nullable(isoDateSchema),
  cadence: z.nullable(reviewCadenceSchema),
  /** Who keeps the map alive ("Owner: CX team" on the review line); absent when the line names nobody. */
  owner: z.optional(z.string()),
});

export const journeySchema = z
  .object({
    id: idSchema,
    title: z.string(),
    kind: journeyKindSchema,
    palette: paletteSchema,
    persona: personaSchema,
    objectives: z.array(z.string()),
    stages: z.array(stageSchema),
    lanes: z.array(laneSchema),
    notes: z.array(noteSchema),
    review: reviewSchema,
  })
  .check(
    z.superRefine((journey, ctx) => {
      reportDuplicateIds(journey.stages, 'stages', ctx);
      reportDuplicateIds(journey.lanes, 'lanes', ctx);
      reportDuplicateIds(journey.notes, 'notes', ctx);
      const stageIds = new Set(journey.stages.map((stage) => stage.id));
      const laneIds = new Set(journey.lanes.map((lane) => lane.id));
      journey.notes.forEach((note, index) => {
        if (!stageIds.has(note.stageId)) {
          ctx.addIssue({ code: 'custom', path: ['notes', index, 'stageId'], message: `no stage has id "${note.stageId}"`, input: note.stageId });
        }
        if (!laneIds.has(note.laneId)) {
          ctx.addIssue({ code: 'custom', path: ['notes', index, 'laneId'], message: `no lane has id "${note.laneId}"`, input: note.laneId });
        }
      });
    }),
  );

function reportDuplicateIds(
  entries: readonly { id: string }[],
  field: string,
  ctx: { addIssue: (issue: { code: 'custom'; path: (string | number)[]; message: string; input: unknown }) => void },
): void {
  const seen = new Set<string>();
  entries.forEach((entry, index) => {
    if (seen.has(entry.id)) {
      ctx.addIssue({ code: 'custom', path: [field, index, 'id'], message: `duplicate id "${entry.id}"`, input: entry.id });
    }
    seen.add(entry.id);
  });
}

export type JourneyKind = z.infer<typeof journeyKindSchema>;
export type LaneKind = z.infer<typeof laneKindSchema>;
export type ReviewCadence = z.infer<typeof reviewCadenceSchema>;
export type Palette = z.infer<typeof paletteSchema>;
export type Valence = z.infer<typeof valenceSchema>;
export type Persona = z.infer<typeof personaSchema>;
export type Stage = z.infer<typeof stageSchema>;
export type Lane = z.infer<typeof laneSchema>;
export type Note = z.infer<typeof noteSchema>;
export type Review = z.infer<typeof reviewSchema>;
export type Journey = z.infer<typeof journeySchema>;
