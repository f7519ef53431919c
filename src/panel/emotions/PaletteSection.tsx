// Palettes: switch the map between classic and colour-blind safe colours; the
// legend on the board records the choice.
import { useId, useState } from 'react';
import { PALETTES, type Palette } from '../../model/journey.ts';
import { useBoard } from '../BoardContext.tsx';
import { paletteChoiceLabel } from '../palette-label.ts';
import { switchPalette } from './actions.ts';
import type { BoardWork } from './useBoardWork.ts';

export function PaletteSection({ work }: { work: BoardWork }) {
  const board = useBoard();
  const id = useId();
  const [palette, setPalette] = useState<Palette>('colour-blind');
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
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={work.busy}
        onClick={() =>
          void work.run('Switching palette', async (report) => {
            const result = await switchPalette(board, { to: palette, report });
            if (result.applied.length > 0) work.setLastRun({ label: 'Undo palette switch', applied: result.applied });
            return result.message;
          })
        }
      >
        Switch the map to this palette
      </button>
    </section>
  );
}
