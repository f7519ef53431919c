// Palettes: switch the map between classic and colour-blind safe colours; the
// legend on the board records the choice. The control starts on the palette the
// map's legend names; a map without a legend is asked before one is written, as
// without it the gap check would read the new colours as unrated.
import { useEffect, useId, useState } from 'react';
import { PALETTES, type Palette } from '../../model/journey.ts';
import { useBoard } from '../BoardContext.tsx';
import { paletteChoiceLabel } from '../palette-label.ts';
import { detectPalette, switchPalette } from './actions.ts';
import { onMap, type BoardWork } from './useBoardWork.ts';

export function PaletteSection({ work }: { work: BoardWork }) {
  const board = useBoard();
  const id = useId();
  const [palette, setPalette] = useState<Palette>('classic');
  const [asking, setAsking] = useState(false);

  const chosen = work.frameId;
  useEffect(() => {
    let live = true;
    // No map to read yet is fine: the control stays on classic, what such a map reads as.
    detectPalette(board, onMap({ frameId: chosen })).then(
      (found) => live && setPalette(found.palette),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [board, chosen]);

  const onSwitch = (addLegend: boolean) =>
    work.run('Switching palette', async (report) => {
      setAsking(false);
      if (!addLegend && !(await detectPalette(board, onMap(work))).hasLegend) {
        setAsking(true);
        return 'This map has no legend saying which palette it uses: switch and add one?';
      }
      const result = await switchPalette(board, { to: palette, report, addLegend, ...onMap(work) });
      if (result.applied.length > 0) work.setLastRun({ label: 'Undo palette switch', applied: result.applied });
      return result.message;
    });

  return (
    <section className="jm-emotion-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Palette</h2>
      <fieldset className="jm-emotion-choices">
        <legend>Colours of the selected map</legend>
        {PALETTES.map((value) => (
          <label key={value} className="radiobutton">
            <input type="radio" name={`${id}-palette`} value={value} checked={palette === value} onChange={() => setPalette(value)} />
            <span>{paletteChoiceLabel(value)}</span>
          </label>
        ))}
      </fieldset>
      {asking ? (
        <div className="jm-emotion-buttons" role="group" aria-label="No legend on this map">
          <button type="button" className="button button-primary button-small" disabled={work.busy} onClick={() => void onSwitch(true)}>
            Switch and add a legend
          </button>
          <button type="button" className="button button-secondary button-small" disabled={work.busy} onClick={() => setAsking(false)}>
            Keep the colours
          </button>
        </div>
      ) : (
        <button type="button" className="button button-secondary button-small" disabled={work.busy} onClick={() => void onSwitch(false)}>
          Switch the map to this palette
        </button>
      )}
    </section>
  );
}
