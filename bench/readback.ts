// Readback benchmark: readback + gap check, in Node, on generated boards of
// 1,000 to 50,000 stickies. The snapshots are built once, as data; only the
// pure readback and the gap check are timed (median of several runs).
import { checkJourney } from '../src/analysis/registry.ts';
import { MemoryBoard } from '../src/board/memory/memory-board.ts';
import { parseSnapshot, type BoardSnapshot } from '../src/snapshot/snapshot.ts';
import { writePlan } from '../src/board/writer.ts';
import { layoutJourney, type BoardPlan } from '../src/layout/layout.ts';
import type { Journey, Note } from '../src/model/journey.ts';
import { readJourney } from '../src/readback/read-journey.ts';
import { generateJourney } from './journeys.ts';
import { snapshotFromPlan } from './plan-snapshot.ts';
import { medianTiming, timeOnce, type Timing } from './stats.ts';

export const READBACK_SIZES = [1_000, 10_000, 50_000] as const;
const TODAY = '2026-11-22';

export interface ReadbackTiming {
  stickies: number;
  /** Median of readback + gap check: wall clock, and CPU time of this process. */
  ms: number;
  cpuMs: number;
  runs: number;
  /** Median of parsing the snapshot with its zod schema (not part of the goal: the adapter does it once per read). */
  parseMs: number;
  parseCpuMs: number;
  notesRead: number;
  findings: number;
}

/** The plan of a 12-stage, 8-lane service blueprint holding `stickies` stickies. */
function benchPlan(stickies: number): BoardPlan {
  return layoutJourney(generateJourney({ kind: 'service-blueprint', stages: 12, lanes: 8, notes: stickies }));
}

/** The snapshot of that plan inserted on an empty board. */
export function benchSnapshot(stickies: number): BoardSnapshot {
  return snapshotFromPlan(benchPlan(stickies));
}

/** Readback + gap check, as the Gaps tab and `journey-map check` run them. */
export function readAndCheck(snapshot: BoardSnapshot): { journey: Journey; findings: number } {
  const read = readJourney(snapshot);
  if (!read.ok) throw new Error(`readback failed: ${read.message}`);
  const findings = checkJourney(read.journey, { today: TODAY, strayItemIds: read.placement.strayItemIds, headerItemIds: read.placement.headerTextIds });
  return { journey: read.journey, findings: findings.length };
}

interface Case {
  stickies: number;
  snapshot: BoardSnapshot;
  raw: unknown;
  findings: number;
  reads: Timing[];
  parses: Timing[];
}

function prepare(stickies: number): Case {
  const snapshot = benchSnapshot(stickies);
  const result = readAndCheck(snapshot);
  if (result.journey.notes.length !== stickies) throw new Error(`readback found ${result.journey.notes.length} of ${stickies} stickies`);
  return { stickies, snapshot, raw: JSON.parse(JSON.stringify(snapshot)), findings: result.findings, reads: [], parses: [] };
}

/**
 * Times every size `runs` times, the sizes taking turns, so that a change in
 * the machine's load (it is shared) weighs on all sizes alike and their ratio.
 */
export function timeReadbacks(sizes: readonly number[], runs: number): ReadbackTiming[] {
  const cases = sizes.map(prepare);
  // Reads first, parses after: the parse's garbage must not be collected inside a timed read.
  for (let run = 0; run < runs; run++) for (const entry of cases) entry.reads.push(timeOnce(() => readAndCheck(entry.snapshot)));
  for (let run = 0; run < runs; run++) for (const entry of cases) entry.parses.push(timeOnce(() => parseSnapshot(entry.raw)));
  return cases.map((entry) => {
    const parse = medianTiming(entry.parses);
    return { stickies: entry.stickies, ...medianTiming(entry.reads), runs, parseMs: parse.ms, parseCpuMs: parse.cpuMs, notesRead: entry.stickies, findings: entry.findings };
  });
}

/** A note as the board shows it, without ids: two boards of the same map give the same keys. */
export function noteKeys(journey: Journey): string[] {
  const stage = new Map(journey.stages.map((entry) => [entry.id, entry.name]));
  const lane = new Map(journey.lanes.map((entry) => [entry.id, entry.name]));
  const key = (note: Note) => JSON.stringify([stage.get(note.stageId), lane.get(note.laneId), note.text, note.valence, note.channel, note.owner, note.evidence, note.momentOfTruth]);
  return journey.notes.map(key).sort();
}

/**
 * Whether the board the real writer leaves and the snapshot built from the
 * plan read back to the same notes: the plan-made boards stand in for the
 * writer's only if they do.
 */
export async function writerAndPlanReadTheSame(stickies: number): Promise<boolean> {
  const plan = benchPlan(stickies);
  const board = new MemoryBoard();
  await writePlan(board, plan);
  const fromWriter = readAndCheck(board.toSnapshot());
  const fromPlan = readAndCheck(snapshotFromPlan(plan));
  return fromWriter.journey.notes.length === stickies && JSON.stringify(noteKeys(fromWriter.journey)) === JSON.stringify(noteKeys(fromPlan.journey)) && fromWriter.findings === fromPlan.findings;
}
