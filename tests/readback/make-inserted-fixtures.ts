// Writes tests/fixtures/readback/inserted-*.json (run with `npx tsx
// tests/readback/make-inserted-fixtures.ts`): the sample journey inserted by the
// app on the in-memory board, then edited by hand in one way each. Item ids are
// the board's (deterministic); inserted-ids.json maps the plan's keys to them.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { serializeSnapshot } from '../../src/snapshot/snapshot.ts';
import type { Journey } from '../../src/model/journey.ts';
import { readJourney } from '../../src/readback/read-journey.ts';
import { sampleJourney } from '../support/journeys.ts';
import { applyEdit, type Edit } from './edits.ts';
import { boardWith } from './support.ts';

const OUT = join(import.meta.dirname, '../fixtures/readback');

const noteAt = (truth: Journey, text: string) => truth.notes.findIndex((note) => note.text === text);
const stageAt = (truth: Journey, name: string) => truth.stages.findIndex((stage) => stage.name === name);
const laneAt = (truth: Journey, name: string) => truth.lanes.findIndex((lane) => lane.name === name);

const EDITS: Record<string, (truth: Journey) => Edit[]> = {
  original: () => [],
  moved: (truth) => [{ kind: 'move', note: noteAt(truth, "Sees a friend's post"), stage: stageAt(truth, 'First box'), lane: laneAt(truth, 'Touchpoints') }],
  recoloured: (truth) => [
    { kind: 'recolour', note: noteAt(truth, 'Box arrives <on time>'), color: 11 }, // red, but its 😍 marker wins
    { kind: 'recolour', note: noteAt(truth, 'Will the next roast be as good?'), color: 3 }, // orange: −1
  ],
  deleted: (truth) => [{ kind: 'delete', note: noteAt(truth, 'Sign up with email only') }],
  added: (truth) => [{ kind: 'add', stage: stageAt(truth, 'First box'), lane: laneAt(truth, 'Opportunities'), text: 'Free sample in the box', color: 4 }],
  renamed: (truth) => [{ kind: 'rename', stage: stageAt(truth, 'Sign up'), name: 'Register' }],
  'stage-added': () => [{ kind: 'add-stage', name: 'Renew' }],
  resized: () => [{ kind: 'resize', grow: 1200 }],
  'lanes-reordered': (truth) => [{ kind: 'swap-lanes', lane: laneAt(truth, 'Thoughts') }],
};

for (const [name, edits] of Object.entries(EDITS)) {
  const { board, frameId, itemIds } = await boardWith(sampleJourney());
  const first = readJourney(board.toSnapshot());
  if (!first.ok) throw new Error(first.message);
  const truth = structuredClone(first.journey);
  for (const edit of edits(truth)) await applyEdit(board, frameId, truth, edit);
  writeFileSync(join(OUT, `inserted-${name}.json`), serializeSnapshot(board.toSnapshot()));
  if (name === 'original') writeFileSync(join(OUT, 'inserted-ids.json'), `${JSON.stringify({ frame: frameId, ...itemIds }, null, 2)}\n`);
}
