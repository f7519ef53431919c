// The versioned JSON form of a journey: what the panel imports and the CLI exports.
import { journeySchema, type Journey } from './journey.ts';
import { describeIssues, z } from './zod.ts';

export const JOURNEY_SCHEMA_VERSION = 1;

export const journeyFileSchema = z.object({
  schemaVersion: z.literal(JOURNEY_SCHEMA_VERSION),
  journey: journeySchema,
});

export type JourneyFile = z.infer<typeof journeyFileSchema>;

/** Just the version, read first: a file of another version gets one clear error, not the schema's. */
const versionSchema = z.looseObject({ schemaVersion: z.optional(z.unknown()) });

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: string[] };

export function toJourneyFile(journey: Journey): JourneyFile {
  return { schemaVersion: JOURNEY_SCHEMA_VERSION, journey };
}

/** Parses the text of a journey file; every error is one "path: reason" line. */
export function parseJourneyFile(text: string): ParseResult<Journey> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`(root): not valid JSON (${(error as Error).message})`] };
  }
  return parseJourneyFileData(data);
}

export function parseJourneyFileData(data: unknown): ParseResult<Journey> {
  const version = versionSchema.safeParse(data).data?.schemaVersion;
  if (version !== undefined && version !== JOURNEY_SCHEMA_VERSION) {
    return { ok: false, errors: [`schemaVersion: this app reads version ${JOURNEY_SCHEMA_VERSION}, the file is version ${JSON.stringify(version)}`] };
  }
  const result = journeyFileSchema.safeParse(data);
  if (!result.success) return { ok: false, errors: describeIssues(result.error) };
  return { ok: true, value: result.data.journey };
}
