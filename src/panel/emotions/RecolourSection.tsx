// Recolour by emotion: choose what, preview the plan, apply it with progress.
import { useId, useState } from 'react';
import { summarisePlan } from '../../emotion/recolour.ts';
import type { RecolourScope } from '../../emotion/targets.ts';
import { useBoard } from '../BoardContext.tsx';
import { applyRecolour, previewRecolour, type Preview } from './actions.ts';
import { PlanPreview } from './PlanPreview.tsx';
import { onMap, type BoardWork } from './useBoardWork.ts';

export function RecolourSection({ work }: { work: BoardWork }) {
  const board = useBoard();
  const id = useId();
  const [scope, setScope] = useState<RecolourScope>('frame');
  const [recompute, setRecompute] = useState(false);
  const [everyLane, setEveryLane] = useState(false);
  const [preview, setPreview] = useState<Preview | null>(null);

  const onPreview = () =>
    work.run('Reading the board', async () => {
      setPreview(null);
      const next = await previewRecolour(board, { scope, lanes: everyLane ? 'all' : 'touchpoints', recompute, ...onMap(work) });
      setPreview(next);
      return next.recolour.updates.length === 0 ? 'Nothing to change: every sticky already has its colour.' : 'Plan ready: check it, then apply.';
    });

  const onApply = (current: Preview) =>
    work.run('Recolouring stickies', async (report) => {
      const done = `Recoloured ${summarisePlan(current.recolour.plan)}`;
      const result = await applyRecolour(board, current, { report, done });
      work.setLastRun({ label: 'Undo recolour', applied: result.applied });
      setPreview(null);
      return result.message;
    });

  return (
    <section className="jm-emotion-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Recolour by emotion</h2>
      <fieldset className="jm-emotion-choices">
        <legend>Which stickies</legend>
        {(['frame', 'selection'] as const).map((value) => (
          <label key={value} className="radiobutton">
            <input type="radio" name={`${id}-scope`} value={value} checked={scope === value} onChange={() => setScope(value)} />
            <span>{value === 'frame' ? 'Every sticky in the selected journey frame' : 'The selected stickies'}</span>
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" checked={everyLane} onChange={(event) => setEveryLane(event.currentTarget.checked)} />
        <span>Every lane: pains, ideas, thoughts, backstage and support too (their colours are usually categories)</span>
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={recompute} onChange={(event) => setRecompute(event.currentTarget.checked)} />
        <span>Recompute stickies already coloured, from their text</span>
      </label>
      <div className="jm-emotion-buttons">
        <button type="button" className="button button-secondary button-small" disabled={work.busy} onClick={() => void onPreview()}>
          Preview recolour
        </button>
        {preview !== null && preview.recolour.updates.length > 0 && (
          <button type="button" className="button button-primary button-small" disabled={work.busy} onClick={() => void onApply(preview)}>
            Apply recolour
          </button>
        )}
      </div>
      {preview !== null && <PlanPreview plan={preview.recolour.plan} coverage={preview.coverage} />}
    </section>
  );
}
