// Each preset as a chip to drag onto the board (Miro's `miro-draggable`).
import { PRESETS } from '../../templates/index.ts';
import { PRESET_ATTRIBUTE } from './useDropInsert.ts';

export function DraggablePresets({ disabled }: { disabled: boolean }) {
  return (
    <div className="jm-presets" aria-label="Presets to drag onto the board" role="group">
      <p className="jm-hint">Drag the preview, or a preset, onto the board to insert it there.</p>
      <ul>
        {PRESETS.map((entry) => (
          <li key={entry.id} className={disabled ? 'jm-preset' : 'jm-preset miro-draggable'} {...{ [PRESET_ATTRIBUTE]: entry.id }} title={entry.label}>
            {entry.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
