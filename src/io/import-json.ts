// Import a journey from the model's versioned JSON form (what `export` writes).
import { parseJourneyFile, type ParseResult } from '../model/journey-file.ts';
import type { Journey } from '../model/journey.ts';
import { byteLength, sizeError, stripBom } from './import-common.ts';
import { journeyLimitErrors } from './import-limits.ts';

/** Parses a journey file's text; errors (the file's and the board's limits) are "path: reason" lines, and nothing is returned on error. */
export function importJourneyJson(text: string): ParseResult<Journey> {
  const tooBig = sizeError(byteLength(text));
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  const parsed = parseJourneyFile(stripBom(text));
  if (!parsed.ok) return parsed;
  const errors = journeyLimitErrors(parsed.value);
  return errors.length === 0 ? parsed : { ok: false, errors };
}
