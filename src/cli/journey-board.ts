// A journey (imported from the model JSON the panel downloads, or a CSV of
// notes) as the board snapshot the Insert tab would make of it: the same layout
// and writer, on the in-memory board. `template` and the file sources of
// `check`/`export` share it.
import { writePlan } from '../board/writer.ts';
import { MemoryBoard } from '../board/memory/memory-board.ts';
import { importJourneyCsv } from '../io/import-csv.ts';
import { importJourneyJson } from '../io/import-json.ts';
import { isCsvFileName, stripBom } from '../io/import-common.ts';
import { layoutJourney } from '../layout/layout.ts';
import type { Journey } from '../model/journey.ts';
import type { BoardSnapshot } from '../snapshot/snapshot.ts';
import { UsageError } from './io.ts';

/** The snapshot of an empty board after inserting `journey`; warnings name what Miro's limits left out. */
export async function journeySnapshot(journey: Journey): Promise<{ snapshot: BoardSnapshot; warnings: string[] }> {
  const board = new MemoryBoard();
  const result = await writePlan(board, layoutJourney(journey));
  return { snapshot: board.toSnapshot(), warnings: result.warnings };
}

/** Whether JSON text is a journey file (`{ schemaVersion, journey }`) rather than a board snapshot. */
export function isJourneyFileText(text: string): boolean {
  try {
    const data: unknown = JSON.parse(stripBom(text));
    return typeof data === 'object' && data !== null && !Array.isArray(data) && !Object.hasOwn(data, 'items') && (Object.hasOwn(data, 'schemaVersion') || Object.hasOwn(data, 'journey'));
  } catch {
    return false;
  }
}

const MAX_ERRORS = 5;

/** Parses a journey file's text (CSV by its name, else JSON) as the Insert tab's import does; problems are one UsageError line. */
export async function parseJourneyText(text: string, path: string): Promise<Journey> {
  const name = path.split(/[\\/]/).pop() ?? path;
  const result = isCsvFileName(name) ? await importJourneyCsv(text, { title: name.replace(/\.[^.]+$/, '') }) : importJourneyJson(text);
  if (result.ok) return result.value;
  const more = result.errors.length > MAX_ERRORS ? `; and ${result.errors.length - MAX_ERRORS} more` : '';
  throw new UsageError(`${path}: not a journey ${isCsvFileName(name) ? 'CSV' : 'file'} (${result.errors.slice(0, MAX_ERRORS).join('; ')}${more})`);
}
