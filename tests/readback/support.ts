// Shared by the readback tests: put a journey on an in-memory board the way the
// app does (layout → writer), and compare journeys modulo ids (readback gives
// board item ids, the model its own).
import type { Journey } from '../../src/model/journey.ts';
import { layoutJourney } from '../../src/layout/layout.ts';
import { MemoryBoard } from '../../src/board/memory/memory-board.ts';
import { writePlan } from '../../src/board/writer.ts';

const UNLIMITED = Number.MAX_SAFE_INTEGER;

export async function boardWith(journey: Journey): Promise<{ board: MemoryBoard; frameId: string; itemIds: Record<string, string> }> {
  const board = new MemoryBoard({ creditsPerMinute: UNLIMITED, creditsPerHour: UNLIMITED });
  const { frameId, itemIds } = await writePlan(board, layoutJourney(journey));
  return { board, frameId, itemIds };
}

export interface Comparable {
  title: string;
  kind: Journey['kind'];
  palette: Journey['palette'];
  persona: Journey['persona'];
  objectives: string[];
  review: Journey['review'];
  stages: string[];
  lanes: string[];
  /** One line per note: stage index, lane index, text, valence and tags; sorted. */
  notes: string[];
}

/** A journey with ids replaced by positions. */
export function comparable(journey: Journey): Comparable {
  const stages = [...journey.stages].sort((a, b) => a.order - b.order);
  const stageIndex = new Map(stages.map((stage, index) => [stage.id, index]));
  const laneIndex = new Map(journey.lanes.map((lane, index) => [lane.id, index]));
  const notes = journey.notes
    .map((note) => JSON.stringify([stageIndex.get(note.stageId), laneIndex.get(note.laneId), note.text, note.valence, note.channel, note.owner, note.evidence, note.momentOfTruth]))
    .sort();
  return {
    title: journey.title,
    kind: journey.kind,
    palette: journey.palette,
    persona: journey.persona,
    objectives: journey.objectives,
    review: journey.review,
    stages: stages.map((stage) => stage.name),
    lanes: journey.lanes.map((lane) => `${lane.name} (${lane.kind})`),
    notes,
  };
}

/** A journey as board ids and values, notes sorted: for comparing readings that keep board ids. */
export function exact(journey: Journey) {
  return {
    stages: journey.stages.map((stage) => [stage.id, stage.name]),
    lanes: journey.lanes.map((lane) => [lane.id, lane.name, lane.kind]),
    notes: journey.notes.map((note) => JSON.stringify([note.id, note.stageId, note.laneId, note.text, note.valence, note.channel, note.owner, note.evidence, note.momentOfTruth])).sort(),
  };
}
