// The emotion curve: after the board was edited, move its points to the
// stages' current average valence.
import { useId } from 'react';
import { useBoard } from '../BoardContext.tsx';
import { refreshCurve } from './actions.ts';
import { onMap, type BoardWork } from './useBoardWork.ts';

export function CurveSection({ work }: { work: BoardWork }) {
  const board = useBoard();
  const id = useId();
  return (
    <section className="jm-emotion-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Emotion curve</h2>
      <p className="jm-hint">One point per stage in the emotion lane, at the average valence of its touchpoints.</p>
      <button type="button" className="button button-secondary button-small" disabled={work.busy} onClick={() => void work.run('Refreshing the curve', () => refreshCurve(board, onMap(work)))}>
        Refresh curve
      </button>
    </section>
  );
}
