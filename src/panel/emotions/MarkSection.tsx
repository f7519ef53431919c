// Mark the selection: five buttons set the selected stickies' emotion by hand.
import { useId, useState } from 'react';
import { VALENCE_EMOJI, VALENCE_LABELS, VALENCE_LEVELS } from '../../model/valence.ts';
import { useBoard } from '../BoardContext.tsx';
import { markSelection } from './actions.ts';
import type { BoardWork } from './useBoardWork.ts';

export function MarkSection({ work }: { work: BoardWork }) {
  const board = useBoard();
  const id = useId();
  const [addMarker, setAddMarker] = useState(true);
  return (
    <section className="jm-emotion-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Mark the selection</h2>
      <div className="jm-mark-buttons" role="group" aria-label="Set the emotion of the selected stickies">
        {[...VALENCE_LEVELS].map((level) => (
          <button
            key={level}
            type="button"
            className="button button-secondary button-small jm-mark-button"
            disabled={work.busy}
            onClick={() =>
              void work.run('Marking stickies', async (report) => {
                const result = await markSelection(board, { level, addMarker, report });
                work.setLastRun({ label: 'Undo marking', applied: result.applied });
                return result.message;
              })
            }
          >
            <span aria-hidden="true">{VALENCE_EMOJI[`${level}`]}</span> {VALENCE_LABELS[`${level}`]}
          </button>
        ))}
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={addMarker} onChange={(event) => setAddMarker(event.currentTarget.checked)} />
        <span>Add the emoji marker to the text</span>
      </label>
    </section>
  );
}
