// Title, palette, persona and objectives of the map being prepared.
import { useId, type Dispatch } from 'react';
import { PALETTES, paletteSchema, type Journey } from '../../model/journey.ts';
import { paletteChoiceLabel } from '../palette-label.ts';
import type { DraftAction } from './draft.ts';
import { LinesField } from './LinesField.tsx';

function TextField({ label, value, onChange }: { label: string; value: string; onChange(value: string): void }) {
  const id = useId();
  return (
    <div className="form-group">
      <label htmlFor={id}>{label}</label>
      <input id={id} className="input" value={value} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

export function JourneyFields({ journey, dispatch }: { journey: Journey; dispatch: Dispatch<DraftAction> }) {
  const paletteId = useId();
  const persona = journey.persona;
  return (
    <>
      <TextField label="Title" value={journey.title} onChange={(title) => dispatch({ type: 'title', title })} />
      <div className="form-group">
        <label htmlFor={paletteId}>Colours</label>
        <select
          id={paletteId}
          className="select"
          value={journey.palette}
          onChange={(event) => {
            const parsed = paletteSchema.safeParse(event.target.value);
            if (parsed.success) dispatch({ type: 'palette', palette: parsed.data });
          }}
        >
          {PALETTES.map((palette) => (
            <option key={palette} value={palette}>
              {paletteChoiceLabel(palette)}
            </option>
          ))}
        </select>
      </div>
      <details className="jm-details">
        <summary>Persona</summary>
        <TextField label="Name" value={persona.name} onChange={(value) => dispatch({ type: 'persona', field: 'name', value })} />
        <TextField label="Description" value={persona.description} onChange={(value) => dispatch({ type: 'persona', field: 'description', value })} />
        <LinesField label="Goals (one per line)" values={persona.goals} onChange={(values) => dispatch({ type: 'persona-list', field: 'goals', values })} />
        <LinesField label="Motivations (one per line)" values={persona.motivations} onChange={(values) => dispatch({ type: 'persona-list', field: 'motivations', values })} />
        <LinesField label="Frustrations (one per line)" values={persona.frustrations} onChange={(values) => dispatch({ type: 'persona-list', field: 'frustrations', values })} />
      </details>
      <details className="jm-details">
        <summary>Objectives ({journey.objectives.length})</summary>
        <LinesField label="Objectives, 3 to 5 (one per line)" values={journey.objectives} rows={5} onChange={(values) => dispatch({ type: 'objectives', values })} />
      </details>
    </>
  );
}
