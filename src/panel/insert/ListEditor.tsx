// Stages or lanes: rename in place, add, remove, reorder with buttons (every
// control is a real button or input, so the keyboard reaches all of them).
import type { Dispatch } from 'react';
import type { DraftAction, ListName } from './draft.ts';

export interface ListEditorProps {
  list: ListName;
  /** Singular noun for labels: "stage", "lane". */
  noun: string;
  entries: readonly { id: string; name: string }[];
  dispatch: Dispatch<DraftAction>;
}

export function ListEditor({ list, noun, entries, dispatch }: ListEditorProps) {
  return (
    <fieldset className="jm-list">
      <legend>{noun === 'stage' ? 'Stages (left to right)' : 'Lanes (top to bottom)'}</legend>
      <ol>
        {entries.map((entry, index) => {
          const name = entry.name.trim() === '' ? `${noun} ${index + 1}` : entry.name;
          return (
            <li key={entry.id} className="jm-list-row">
              <input
                className="input input-small"
                aria-label={`${noun} ${index + 1} name`}
                value={entry.name}
                onChange={(event) => dispatch({ type: 'rename', list, id: entry.id, name: event.target.value })}
              />
              <button type="button" className="jm-icon-button" aria-label={`Move ${name} ${noun === 'stage' ? 'left' : 'up'}`} disabled={index === 0} onClick={() => dispatch({ type: 'move', list, id: entry.id, by: -1 })}>
                ↑
              </button>
              <button type="button" className="jm-icon-button" aria-label={`Move ${name} ${noun === 'stage' ? 'right' : 'down'}`} disabled={index === entries.length - 1} onClick={() => dispatch({ type: 'move', list, id: entry.id, by: 1 })}>
                ↓
              </button>
              <button type="button" className="jm-icon-button" aria-label={`Remove ${name}`} onClick={() => dispatch({ type: 'remove', list, id: entry.id })}>
                ✕
              </button>
            </li>
          );
        })}
      </ol>
      <button type="button" className="button button-secondary button-small" onClick={() => dispatch({ type: 'add', list })}>
        Add {noun}
      </button>
    </fieldset>
  );
}
