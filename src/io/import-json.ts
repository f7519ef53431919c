// Import a journey from the model's versioned JSON form (what `export` writes).
import { parseJourneyFile, type ParseResult } from '../model/journey-file.ts';
import type { Journey } from '../model/journey.ts';
import { byteLength, sizeError, stripBom } from './import-common.ts';

/** Parses a journey file's text; errors are "path: reason" lines, and nothing is returned on error. */
export function importJourneyJson(text: string): ParseResult<Journey> {
  const tooBig = sizeError(byteLength(text));
  if (tooBig !== null) return { ok: false, errors: [tooBig] };
  return parseJourneyFile(stripBom(text));
}
