// An imported file fills the draft's stages, lanes and notes; what the person
// already typed (title, persona, objectives, review, palette) stays unless the
// file has it. A CSV of notes has none of those, so they all stay (its kind
// only when its lanes say service blueprint).
import type { Journey, Persona } from '../../model/journey.ts';

const given = (text: string): boolean => text.trim() !== '';

function mergePersona(typed: Persona, file: Persona): Persona {
  return {
    name: given(file.name) ? file.name : typed.name,
    description: given(file.description) ? file.description : typed.description,
    goals: file.goals.length > 0 ? file.goals : typed.goals,
    motivations: file.motivations.length > 0 ? file.motivations : typed.motivations,
    frustrations: file.frustrations.length > 0 ? file.frustrations : typed.frustrations,
  };
}

export function mergeImport(typed: Journey, file: Journey, { format }: { format: 'json' | 'csv' }): Journey {
  const fromJson = format === 'json';
  return {
    ...file,
    title: fromJson && given(file.title) ? file.title : typed.title,
    kind: fromJson || file.kind === 'service-blueprint' ? file.kind : typed.kind,
    palette: fromJson ? file.palette : typed.palette,
    persona: mergePersona(typed.persona, file.persona),
    objectives: file.objectives.length > 0 ? file.objectives : typed.objectives,
    review: { lastReviewed: file.review.lastReviewed ?? typed.review.lastReviewed, cadence: file.review.cadence ?? typed.review.cadence },
  };
}
