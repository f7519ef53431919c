// The Emotions tab: recolour stickies by emotion (with a preview and undo),
// mark the selection by hand, switch palette, refresh the emotion curve.
import { FrameChooser } from '../FrameChooser.tsx';
import { useFocusResult } from '../useFocusResult.ts';
import { ProgressBar } from '../ProgressBar.tsx';
import { StatusMessage } from '../StatusMessage.tsx';
import { useBoard } from '../BoardContext.tsx';
import { CurveSection } from './CurveSection.tsx';
import { MarkSection } from './MarkSection.tsx';
import { PaletteSection } from './PaletteSection.tsx';
import { RecolourSection } from './RecolourSection.tsx';
import { undoLast } from './actions.ts';
import { useBoardWork } from './useBoardWork.ts';
import './emotions.css';

export default function EmotionsTab() {
  const board = useBoard();
  const work = useBoardWork();
  const last = work.lastRun;
  const result = useFocusResult(work.status);
  return (
    <div className="jm-emotions">
      <div ref={result} tabIndex={-1} className="jm-emotions-feedback jm-result" data-testid="emotions-result">
        {work.progress !== null && <ProgressBar {...work.progress} />}
        {work.status !== null && <StatusMessage kind={work.status.kind} text={work.status.text} />}
        <FrameChooser candidates={work.candidates} busy={work.busy} verb="Use" onChoose={work.choose} />
        {last !== null && last.applied.length > 0 && (
          <button
            type="button"
            className="button button-secondary button-small jm-undo"
            disabled={work.busy}
            onClick={() =>
              void work.run('Undoing', async (report) => {
                const result = await undoLast(board, last.applied, report);
                work.setLastRun(null);
                return result.message;
              })
            }
          >
            {last.label}
          </button>
        )}
      </div>
      <RecolourSection work={work} />
      <MarkSection work={work} />
      <PaletteSection work={work} />
      <CurveSection work={work} />
    </div>
  );
}
