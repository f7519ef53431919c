// Presets are written as compact specs (stage by stage, lane kind by lane kind)
// and built into journeys here, so the data files read like a workshop wall.
import type { Journey, JourneyKind, LaneKind, Persona, Review, Valence } from '../model/journey.ts';
import { lanesForKind } from './lanes.ts';

export interface NoteSpec {
  text: string;
  valence?: Valence;
  channel?: string;
  owner?: string;
  evidence?: string;
  moment?: boolean;
}

export interface StageSpec {
  name: string;
  notes?: Partial<Record<LaneKind, ReadonlyArray<NoteSpec | string>>>;
}

export interface PresetSpec {
  id: string;
  title: string;
  kind: JourneyKind;
  persona: Persona;
  objectives: string[];
  review: Review;
  stages: StageSpec[];
}

export function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'item';
}

export function buildJourney(spec: PresetSpec): Journey {
  const lanes = lanesForKind(spec.kind);
  const laneIdOf = new Map(lanes.map((lane) => [lane.kind, lane.id]));
  const stages = spec.stages.map((stage, index) => ({ id: `${slug(stage.name)}-${index + 1}`, name: stage.name, order: index }));
  const notes: Journey['notes'] = [];
  spec.stages.forEach((stage, stageIndex) => {
    for (const [laneKind, entries] of Object.entries(stage.notes ?? {})) {
      const laneId = laneIdOf.get(laneKind as LaneKind);
      if (laneId === undefined) throw new Error(`preset ${spec.id}: the ${spec.kind} map has no ${laneKind} lane`);
      for (const entry of entries ?? []) {
        const note = typeof entry === 'string' ? { text: entry } : entry;
        notes.push({
          id: `n${notes.length + 1}`,
          stageId: stages[stageIndex]?.id ?? '',
          laneId,
          text: note.text,
          valence: note.valence ?? null,
          channel: note.channel ?? null,
          owner: note.owner ?? null,
          evidence: note.evidence ?? null,
          momentOfTruth: note.moment ?? false,
        });
      }
    }
  });
  return {
    id: spec.id,
    title: spec.title,
    kind: spec.kind,
    palette: 'classic',
    persona: spec.persona,
    objectives: spec.objectives,
    stages,
    lanes,
    notes,
    review: spec.review,
  };
}
