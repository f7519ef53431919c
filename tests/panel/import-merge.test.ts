// Importing keeps what the person typed unless the file has it.
import { describe, expect, it } from 'vitest';
import { mergeImport } from '../../src/panel/insert/import-merge.ts';
import { importJourneyCsv } from '../../src/io/import-csv.ts';
import { sampleJourney } from '../support/journeys.ts';

async function csvJourney(text: string) {
  const result = await importJourneyCsv(text, { title: 'notes' });
  if (!result.ok) throw new Error(result.errors.join('; '));
  return result.value;
}

describe('mergeImport', () => {
  const typed = sampleJourney();

  it('a CSV fills stages, lanes and notes and keeps title, persona, objectives, review and palette', async () => {
    const file = await csvJourney('stage,lane,text,valence\nBrowse,Touchpoints,Opens the site,1\nPay,Pain points,Card declined,\n');
    const merged = mergeImport(typed, file, { format: 'csv' });
    expect(merged.stages.map((stage) => stage.name)).toEqual(['Browse', 'Pay']);
    expect(merged.notes.map((note) => note.text)).toEqual(['Opens the site', 'Card declined']);
    expect({ title: merged.title, persona: merged.persona, objectives: merged.objectives, review: merged.review, palette: merged.palette, kind: merged.kind }).toEqual({
      title: typed.title,
      persona: typed.persona,
      objectives: typed.objectives,
      review: typed.review,
      palette: typed.palette,
      kind: typed.kind,
    });
  });

  it('a CSV whose lanes make a service blueprint sets the kind', async () => {
    const file = await csvJourney('stage,lane,text\nVisit,Frontstage,Greets\nVisit,Backstage,Checks the form\n');
    expect(mergeImport(typed, file, { format: 'csv' }).kind).toBe('service-blueprint');
  });

  it('a JSON file wins where it has a value and keeps the typed value where it is empty', () => {
    const file = { ...sampleJourney(), title: 'From file', palette: 'colour-blind' as const, persona: { name: 'Ada', description: '', goals: [], motivations: ['Speed'], frustrations: [] }, objectives: [] };
    const merged = mergeImport(typed, file, { format: 'json' });
    expect(merged.title).toBe('From file');
    expect(merged.palette).toBe('colour-blind');
    expect(merged.persona).toEqual({ name: 'Ada', description: typed.persona.description, goals: typed.persona.goals, motivations: ['Speed'], frustrations: typed.persona.frustrations });
    expect(merged.objectives).toEqual(typed.objectives);
  });
});
