// Loads a board fixture and reads it, failing the test on any parse problem it did not expect.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSnapshotText, type BoardSnapshot } from '../../src/snapshot/snapshot.ts';
import type { Note } from '../../src/model/journey.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import type { ReadOptions, ReadResult } from '../../src/readback/types.ts';

export const FIXTURES = join(import.meta.dirname, '../fixtures/readback');

export function loadFixture(name: string): { snapshot: BoardSnapshot; warnings: string[] } {
  const parsed = parseSnapshotText(readFileSync(join(FIXTURES, `${name}.json`), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed;
}

export function readFixture(name: string, options: ReadOptions = {}): Extract<ReadResult, { ok: true }> {
  const result = readJourney(loadFixture(name).snapshot, options);
  if (!result.ok) throw new Error(result.message);
  return result;
}

/** A note as a short row, for tables of expected readings: [stage name, lane name, text, valence]. */
export function noteRows(result: Extract<ReadResult, { ok: true }>): Record<string, [string, string, string, Note['valence']]> {
  const { journey } = result;
  const stageName = new Map(journey.stages.map((stage) => [stage.id, stage.name]));
  const laneName = new Map(journey.lanes.map((lane) => [lane.id, lane.name]));
  return Object.fromEntries(journey.notes.map((note) => [note.id, [stageName.get(note.stageId) ?? '?', laneName.get(note.laneId) ?? '?', note.text, note.valence]]));
}
