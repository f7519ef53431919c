// The demo toolbar's editing buttons: add a sticky note, undo, redo.
import type { BoardEdits } from './useBoardEdits.ts';

export function EditTools({ edits, onAddSticky }: { edits: BoardEdits; onAddSticky: () => void }) {
  return (
    <span className="demo-edit-tools" role="group" aria-label="Editing">
      <button type="button" className="button button-secondary button-small" onClick={onAddSticky}>
        Add sticky
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void edits.undo()} disabled={!edits.canUndo} aria-keyshortcuts="Control+Z Meta+Z">
        Undo
      </button>
      <button type="button" className="button button-secondary button-small" onClick={() => void edits.redo()} disabled={!edits.canRedo} aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z">
        Redo
      </button>
    </span>
  );
}
