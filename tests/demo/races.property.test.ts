// Races on the demo board (docs/reliability.md "Races in the demo"): panel
// actions in flight while a person edits the board through the demo's own
// edit functions, with board calls landing in an order fast-check's scheduler
// picks, and now and then a call failing. Once all has settled: nothing a
// failed action made is left behind, the board's own rules hold, an insert is
// whole, nothing the person made or wrote is lost, and every action ended
// with one line. A failure prints the seed and path to replay it.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_UNVERIFIED, type Unverified } from '../../src/board/memory/unverified.ts';
import { errorMessage } from '../../src/board/errors.ts';
import { describeUnverified } from '../support/unverified.ts';
import { boardProblems, lostWorkProblems, messageProblems, orphanProblems, problemsAtSuccess, textProblems, type OpOutcome } from './races/invariants.ts';
import { PANEL_OP_NAMES, PANEL_OPS, type OpContext, type PanelOpName } from './races/panel-ops.ts';
import { person, personStep, type PersonRecord } from './races/person.ts';
import { actor, portOf, raceStart, world, type Start, type World } from './races/world.ts';

/** Runs per combination below (a run is up to a few hundred board calls); RACE_RUNS=2000 searches deeper. */
const RACE_RUNS = Number(process.env.RACE_RUNS ?? 30);
/** Replays a failure: the `seed` and `path` fast-check printed (docs/reliability.md). */
const REPLAY = process.env.RACE_SEED === undefined ? {} : { seed: Number(process.env.RACE_SEED), path: process.env.RACE_PATH, endOnFailure: true };

/** Calls whose failure ends an action late (a write's last step) or mid-way (a read, a link, a sync), with how many of them a run makes at most, about. */
const FAULT_METHODS: [string, number][] = [
  ['viewport.zoomTo', 2],
  ['findEmptySpace', 4],
  ['frame.add', 40],
  ['sync', 12],
  ['get', 12],
  ['getById', 12],
  ['remove', 12],
  ['setMetadata', 12],
  ['storage.set', 4],
];
const methodFault = fc.constantFrom(...FAULT_METHODS).chain(([method, most]) => fc.record({ method: fc.constant(method), at: fc.integer({ min: 1, max: most }) }));

/** The defaults, and two combinations that flip every unverified answer between them. */
const COMBINATIONS: Unverified[] = [
  DEFAULT_UNVERIFIED,
  { removeFrameRemovesChildren: false, order: { shuffleSeed: 7 }, syncNotFoundText: 'no-valid-id', selectAdds: true },
  { removeFrameRemovesChildren: true, order: { shuffleSeed: 11 }, syncNotFoundText: 'can-not-retrieve', selectAdds: false },
];

const scenario = fc.record({
  // Each action at most once (a tab is busy while its action runs; actions of other tabs, or of someone else's panel, overlap it).
  ops: fc.shuffledSubarray(PANEL_OP_NAMES, { minLength: 1, maxLength: 4 }),
  pick: fc.nat(50),
  // Which map the actions work on (the data check's are always on the coffee map, whose log it read).
  map: fc.constantFrom(0 as const, 1 as const),
  steps: fc.array(personStep, { maxLength: 6 }),
  // Calls that fail, none in half the runs: by their place among all calls, or among the calls of one method (the last steps of a write too).
  faults: fc.oneof(
    { weight: 1, arbitrary: fc.constant([]) },
    { weight: 1, arbitrary: fc.array(fc.oneof(fc.record({ at: fc.integer({ min: 1, max: 400 }) }), methodFault), { minLength: 1, maxLength: 2 }) },
  ),
});

/** Runs a panel action; an action of several clicks (`next`) ends as one outcome per click. */
async function runOp(name: PanelOpName, { world: stage, pick, person: record }: { world: World; pick: number; person: PersonRecord }): Promise<OpOutcome[]> {
  const done: OpOutcome[] = [];
  let who = actor(name);
  const succeeded = (message: string, inserted?: OpContext['inserted']): OpOutcome => {
    const outcome = { name: who.name, who, ok: true, message, ...(inserted === undefined ? {} : { inserted }) };
    return { ...outcome, atEnd: problemsAtSuccess(stage.board, outcome, record) };
  };
  const context: OpContext = {
    world: stage,
    port: portOf(stage.board, who),
    pick,
    next: (step) => {
      done.push(succeeded('done'));
      who = actor(`${name}: ${step}`);
      context.port = portOf(stage.board, who);
    },
  };
  try {
    const message = await PANEL_OPS[name](context);
    return [...done, succeeded(message, context.inserted)];
  } catch (error) {
    return [...done, { name: who.name, who, ok: false, message: error instanceof Error ? error.message : `not an Error: ${errorMessage(error)}`, atEnd: [] }];
  }
}

let start: Start;
beforeAll(async () => {
  start = await raceStart();
});

describe('races on the demo board: panel actions while a person edits', () => {
  it.each(COMBINATIONS.map((unverified) => [describeUnverified(unverified), unverified] as const))('%s', async (_, unverified) => {
    let inWindow = 0;
    let lostInWindow = 0;
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), scenario, async (scheduler, { ops, pick, map, steps, faults }) => {
        const stage = world(scheduler, { start, frameId: start.frameIds[map], unverified, faults });
        const someone = person(stage.board);
        const running = [
          ...ops.map((name) => scheduler.schedule(Promise.resolve(), `panel: ${name}`).then(() => runOp(name, { world: stage, pick, person: someone.record }))),
          ...steps.map((step) => scheduler.schedule(Promise.resolve(), `person: ${step.kind}`).then(() => someone.act(step))),
        ];
        const settled = await scheduler.waitFor(Promise.all(running));
        const outcomes = settled.flatMap((entry) => entry ?? []);
        const texts = textProblems({ board: stage.board, texts: stage.texts, person: someone.record, outcomes });
        const lost = lostWorkProblems({ board: stage.board, parents: stage.parents, outcomes, person: someone.record });
        inWindow += texts.inWindow;
        lostInWindow += lost.inWindow;
        const problems = [
          ...outcomes.flatMap((outcome) => outcome.atEnd),
          ...messageProblems(outcomes, someone.record),
          ...boardProblems(stage.board),
          ...orphanProblems(stage.board, outcomes),
          ...lost.problems,
          ...texts.problems,
        ];
        expect(problems, outcomes.map((outcome) => `${outcome.name}: ${outcome.message}`).join('\n')).toEqual([]);
      }),
      { numRuns: RACE_RUNS, ...REPLAY },
    );
    console.info(`demo races (${describeUnverified(unverified)}): ${RACE_RUNS} runs, ${inWindow} text edit(s) of the person overwritten by an action that had read the sticky before the edit landed, ${lostInWindow} sticky(ies) of theirs gone with a rolled-back frame they were put in after the rollback read its children`);
  });
});
