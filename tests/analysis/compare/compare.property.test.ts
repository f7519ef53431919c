// The comparison's invariants: a map compared with itself shows no change, and
// a copy edited by a known random list of edits shows exactly those edits,
// whether the copy keeps the board ids (a checkpoint of the same frame) or has
// fresh ids with their lineage (a future state the app copied).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareJourneys, type ChangeKind, type Comparison, type CompareInput } from '../../../src/analysis/compare/compare.ts';
import type { Journey, Note } from '../../../src/model/journey.ts';
import { CHANNELS, journeyArbitrary, OWNERS, textArbitrary } from '../../support/journeys.ts';

const RUNS = 150;

type Edit =
  | { kind: 'valence'; at: number; value: Note['valence'] }
  | { kind: 'channel'; at: number; value: Note['channel'] }
  | { kind: 'owner'; at: number; value: Note['owner'] }
  | { kind: 'text'; at: number; value: string }
  | { kind: 'move'; at: number; stage: number }
  | { kind: 'remove'; at: number }
  | { kind: 'add'; stage: number; lane: number; text: string; valence: Note['valence'] };

const index = fc.nat({ max: 1000 });
const editArbitrary: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant('valence' as const), at: index, value: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }) }),
  fc.record({ kind: fc.constant('channel' as const), at: index, value: fc.option(fc.constantFrom(...CHANNELS), { nil: null }) }),
  fc.record({ kind: fc.constant('owner' as const), at: index, value: fc.option(fc.constantFrom(...OWNERS), { nil: null }) }),
  fc.record({ kind: fc.constant('text' as const), at: index, value: textArbitrary(6) }),
  fc.record({ kind: fc.constant('move' as const), at: index, stage: index }),
  fc.record({ kind: fc.constant('remove' as const), at: index }),
  fc.record({ kind: fc.constant('add' as const), stage: index, lane: index, text: textArbitrary(6), valence: fc.option(fc.integer({ min: -2, max: 2 }), { nil: null }) }),
);

const pick = <T>(list: readonly T[], at: number): T | undefined => (list.length === 0 ? undefined : list[at % list.length]);

/** Applies the edits to a copy; added notes get ids `new-1`, `new-2`… */
function applyEdits(journey: Journey, edits: readonly Edit[]): Journey {
  const copy = structuredClone(journey);
  let added = 0;
  for (const edit of edits) {
    if (edit.kind === 'add') {
      const stage = pick(copy.stages, edit.stage);
      const lane = pick(copy.lanes, edit.lane);
      if (stage === undefined || lane === undefined) continue;
      copy.notes.push({ id: `new-${++added}`, stageId: stage.id, laneId: lane.id, text: edit.text, valence: edit.valence, channel: null, owner: null, evidence: null, momentOfTruth: false });
      continue;
    }
    const note = pick(copy.notes.filter((entry) => !entry.id.startsWith('new-')), edit.at);
    if (note === undefined) continue;
    if (edit.kind === 'remove') copy.notes = copy.notes.filter((entry) => entry !== note);
    else if (edit.kind === 'move') note.stageId = pick(copy.stages, edit.stage)?.id ?? note.stageId;
    else if (edit.kind === 'text') note.text = edit.value;
    else note[edit.kind] = edit.value as never;
  }
  return copy;
}

/** What the edits did, read off the two journeys by id: before id → changes, removed ids, added ids. */
function expectedChanges(before: Journey, after: Journey) {
  const changed: Record<string, ChangeKind[]> = {};
  const removed: string[] = [];
  for (const note of before.notes) {
    const now = after.notes.find((entry) => entry.id === note.id);
    if (now === undefined) {
      removed.push(note.id);
      continue;
    }
    const kinds: ChangeKind[] = [];
    if (note.text !== now.text) kinds.push('text');
    if (note.valence !== now.valence) kinds.push('valence');
    if (note.channel !== now.channel) kinds.push('channel');
    if (note.owner !== now.owner) kinds.push('owner');
    if (note.stageId !== now.stageId) kinds.push('moved');
    if (kinds.length > 0) changed[note.id] = kinds;
  }
  const added = after.notes.filter((note) => note.id.startsWith('new-')).map((note) => note.id);
  return { changed, removed: removed.sort(), added: added.sort() };
}

function actualChanges(comparison: Comparison, afterToBefore: (id: string) => string) {
  const changed: Record<string, ChangeKind[]> = {};
  for (const change of comparison.changes.filter((entry) => entry.change === 'changed')) changed[change.beforeId as string] = change.changes;
  const ids = (kind: 'added' | 'removed', side: 'afterId' | 'beforeId') =>
    comparison.changes.filter((entry) => entry.change === kind).map((entry) => entry[side] as string).sort();
  return { changed, removed: ids('removed', 'beforeId'), added: ids('added', 'afterId').map(afterToBefore).sort() };
}

function compared(input: CompareInput): Comparison {
  const result = compareJourneys(input);
  if (!result.ok) throw new Error(result.message);
  return result.comparison;
}

describe('comparing a map', () => {
  it('with itself shows no change, no regression, every stage the same and every Δ zero', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        const comparison = compared({ before: journey, after: structuredClone(journey) });
        expect(comparison.changes).toEqual([]);
        expect(comparison.regressions).toEqual([]);
        expect(comparison.stages.map((row) => row.status)).toEqual(journey.stages.map(() => 'same'));
        for (const row of comparison.stages) expect(row.delta === null || row.delta === 0).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it('with an edited copy of the same frame (same ids) shows exactly the edits', () => {
    fc.assert(
      fc.property(journeyArbitrary(), fc.array(editArbitrary, { maxLength: 12 }), (journey, edits) => {
        const after = applyEdits(journey, edits);
        expect(actualChanges(compared({ before: journey, after }), (id) => id)).toEqual(expectedChanges(journey, after));
      }),
      { numRuns: RUNS },
    );
  });

  it('with an edited copy made by the app (fresh ids, lineage in metadata) shows exactly the edits', () => {
    fc.assert(
      fc.property(journeyArbitrary(), fc.array(editArbitrary, { maxLength: 12 }), (journey, edits) => {
        const edited = applyEdits(journey, edits);
        const fresh = (id: string) => (id.startsWith('new-') ? id : `copy-${id}`);
        const after = { ...edited, notes: edited.notes.map((note) => ({ ...note, id: fresh(note.id) })) };
        const lineage = Object.fromEntries(edited.notes.filter((note) => !note.id.startsWith('new-')).map((note) => [fresh(note.id), note.id]));
        const comparison = compared({ before: journey, after, links: { lineage } });
        expect(actualChanges(comparison, (id) => id)).toEqual(expectedChanges(journey, edited));
      }),
      { numRuns: RUNS },
    );
  });
});
