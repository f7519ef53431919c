// When the board holds several journey maps and nothing says which one: a
// button per map, by its title. Shared by the Gaps and Emotions tabs, so both
// ask the same way.
import type { FrameRef } from '../readback/types.ts';

export interface FrameChooserProps {
  candidates: readonly FrameRef[];
  busy: boolean;
  /** The button's verb: "Check", "Use"… */
  verb: string;
  onChoose(frame: FrameRef): void;
}

export function FrameChooser({ candidates, busy, verb, onChoose }: FrameChooserProps) {
  if (candidates.length === 0) return null;
  return (
    <ul className="jm-frame-chooser" aria-label="Journey maps on this board">
      {candidates.map((frame) => (
        <li key={frame.id}>
          <button type="button" className="button button-secondary button-small" disabled={busy} onClick={() => onChoose(frame)}>
            {verb} “{frame.title || 'untitled map'}”
          </button>
        </li>
      ))}
    </ul>
  );
}
