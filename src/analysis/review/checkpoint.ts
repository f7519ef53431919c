// A checkpoint: the map as it was at a review, a milestone, or just before a
// bulk change (docs/compare-review.md, "Review and history"). Kept in the app's
// storage collection per frame and downloadable as a JSON file; "what changed
// since the last review" compares the last one with the board now.
import { journeySchema, type Journey } from '../../model/journey.ts';
import { describeIssues, z } from '../../model/zod.ts';
import { SEVERITIES, type Finding, type Severity } from '../types.ts';

export const CHECKPOINT_KINDS = ['review', 'milestone', 'safety'] as const;
export type CheckpointKind = (typeof CHECKPOINT_KINDS)[number];
export const CHECKPOINT_FORMAT = 'journey-map-checkpoint';

const countSchema = z.int().check(z.gte(0));

export const checkpointSchema = z.object({
  format: z.literal(CHECKPOINT_FORMAT),
  version: z.literal(1),
  at: z.iso.datetime(),
  by: z.string(),
  note: z.string(),
  kind: z.enum(CHECKPOINT_KINDS),
  frameId: z.string().check(z.minLength(1)),
  journey: journeySchema,
  findings: z.object({ error: countSchema, warning: countSchema, info: countSchema }),
  /** The data check's summary, when one ran (its own shape; kept as it is). */
  dataCheck: z.optional(z.json()),
  /**
   * Item id → its `modifiedAt` when the checkpoint was taken, after the app's
   * own writes (the header's review line): those are not counted as changes.
   */
  modified: z.record(z.string(), z.string()),
});

export type Checkpoint = z.infer<typeof checkpointSchema>;

export function findingCounts(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((severity) => [severity, 0])) as Record<Severity, number>;
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}

export interface CheckpointFields {
  at: string;
  by: string;
  note: string;
  kind: CheckpointKind;
  frameId: string;
  journey: Journey;
  findings: readonly Finding[];
  modified: Readonly<Record<string, string>>;
}

export function makeCheckpoint(fields: CheckpointFields): Checkpoint {
  return { format: CHECKPOINT_FORMAT, version: 1, ...fields, findings: findingCounts(fields.findings), modified: Object.fromEntries(Object.entries(fields.modified)) };
}

/** A checkpoint from outside data (storage, a file); the error is one line. */
export function parseCheckpoint(data: unknown): { ok: true; checkpoint: Checkpoint } | { ok: false; error: string } {
  const parsed = checkpointSchema.safeParse(data);
  return parsed.success ? { ok: true, checkpoint: parsed.data } : { ok: false, error: `not a checkpoint (${describeIssues(parsed.error).slice(0, 3).join('; ')})` };
}

/** Whether JSON data claims to be a checkpoint (to tell it from a snapshot before parsing it as one). */
export function looksLikeCheckpoint(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === CHECKPOINT_FORMAT;
}
