// The Insert tab: start from a kind and a preset (or an imported file), edit
// the map, see a preview, and insert it on the board as one frame.
import { useId, useReducer, useState } from 'react';
import { KIND_LABELS } from '../../model/header-text.ts';
import { JOURNEY_KINDS, journeyKindSchema, type Journey } from '../../model/journey.ts';
import { PRESETS, presetJourney, withKind } from '../../templates/index.ts';
import { useBoard } from '../BoardContext.tsx';
import { plural } from '../plural.ts';
import { ProgressBar } from '../ProgressBar.tsx';
import { StatusMessage } from '../StatusMessage.tsx';
import { draftReducer } from './draft.ts';
import { ImportField } from './ImportField.tsx';
import { JourneyFields } from './JourneyFields.tsx';
import { ListEditor } from './ListEditor.tsx';
import { Preview } from './Preview.tsx';
import { useInsert } from './useInsert.ts';
import { DraggablePresets } from './DraggablePresets.tsx';
import { useDropInsert } from './useDropInsert.ts';
import './insert.css';

const FIRST_PRESET = PRESETS[1]?.id ?? 'blank';

function startJourney(): Journey {
  const journey = presetJourney(FIRST_PRESET);
  if (journey === undefined) throw new Error(`no preset ${FIRST_PRESET}`);
  return journey;
}

export default function InsertTab() {
  const board = useBoard();
  const kindId = useId();
  const presetId = useId();
  const [journey, dispatch] = useReducer(draftReducer, undefined, startJourney);
  const [preset, setPreset] = useState(FIRST_PRESET);
  // Bumped on every wholesale change, so the one-per-line fields reload their text.
  const [version, setVersion] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const { state, insert, cancel } = useInsert(board);
  const running = state.phase === 'running';
  useDropInsert({
    board,
    draft: journey, insert: (dropped, at) => {
      // One insert at a time, as with the button.
      if (!running) void insert(dropped, at);
    },
  });

  const reset = (next: Journey, message: string | null) => {
    dispatch({ type: 'reset', journey: next });
    setVersion((value) => value + 1);
    setNotice(message);
  };

  return (
    <section className="jm-insert" aria-label="Insert a journey map">
      <div className="form-group">
        <label htmlFor={presetId}>Start from</label>
        <select
          id={presetId}
          className="select"
          value={preset}
          disabled={running}
          onChange={(event) => {
            const next = presetJourney(event.target.value);
            if (next === undefined) return;
            setPreset(event.target.value);
            reset(next, null);
          }}
        >
          {PRESETS.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {entry.label}
            </option>
          ))}
        </select>
      </div>
      <div className="form-group">
        <label htmlFor={kindId}>Map kind</label>
        <select
          id={kindId}
          className="select"
          value={journey.kind}
          disabled={running}
          onChange={(event) => {
            const kind = journeyKindSchema.safeParse(event.target.value);
            if (kind.success) reset(withKind(journey, kind.data), null);
          }}
        >
          {JOURNEY_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div key={version}>
        <JourneyFields journey={journey} dispatch={dispatch} />
      </div>
      <ListEditor list="stages" entries={journey.stages} dispatch={dispatch} />
      <ListEditor list="lanes" entries={journey.lanes} dispatch={dispatch} />
      <ImportField onImport={(imported, fileName) => reset(imported, `Imported ${fileName}: ${plural(imported.stages.length, 'stage')}, ${plural(imported.lanes.length, 'lane')}, ${plural(imported.notes.length, 'note')}.`)} />
      {notice !== null && <StatusMessage kind="info" text={notice} />}
      <Preview journey={journey} draggable={!running} />
      <DraggablePresets disabled={running} />
      <div className="jm-insert-footer">
        <div className="jm-insert-actions">
          <button type="button" className="button button-primary" disabled={running} onClick={() => void insert(journey)}>
            Insert journey map
          </button>
          {running && (
            <button type="button" className="button button-secondary" onClick={cancel}>
              Cancel
            </button>
          )}
        </div>
        {state.phase === 'running' && <ProgressBar done={state.done} total={state.total} label="Inserting the map" />}
        {state.phase === 'done' && <StatusMessage kind="success" text={state.message} />}
        {state.phase === 'failed' && <StatusMessage kind="error" text={state.message} />}
      </div>
    </section>
  );
}
