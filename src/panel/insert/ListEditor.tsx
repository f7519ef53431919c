// Stages or lanes: rename in place, add, remove, reorder with buttons (every
// control is a real button or input, so the keyboard reaches all of them).
import type { Dispatch } from 'react';
import type { DraftAction, ListName } from './draft.ts';

export interface ListEditorProps {
  list: ListName;
  entries: readonly { id: string; name: string }[];
  dispatch: Dispatch<DraftAction>;
}

/** Each list's wording: its singular noun, its heading, and which ways its entries move. */
const WORDS: Record<ListName, { noun: string; legend: string; back: string; forward: string }> = {
  stages: { noun: 'stage', legend: 'Stages (left to right)', back: 'left', forward: 'right' },
  lanes: { noun: 'lane', legend: 'Lanes (top to bottom)', back: 'up', forward: 'down' },
};

export function ListEditor({ list, entries, dispatch }: ListEditorProps) {
  const { noun, legend, back, forward } = WORDS[list];
  return (
    <fieldset className="jm-list">
      <legend>{legend}</legend>
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
              <button type="button" className="jm-icon-button" aria-label={`Move ${name} ${back}`} disabled={index === 0} onClick={() => dispatch({ type: 'move', list, id: entry.id, by: -1 })}>
                ↑
              </button>
              <button type="button" className="jm-icon-button" aria-label={`Move ${name} ${forward}`} disabled={index === entries.length - 1} onClick={() => dispatch({ type: 'move', list, id: entry.id, by: 1 })}>
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
