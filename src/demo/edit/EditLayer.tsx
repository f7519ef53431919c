// The HTML over the board's drawing while editing: the selection toolbar and
// the text box of the item being edited.
import type { Rect } from '@mirohq/websdk-types';
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import { boundsOf } from '../../snapshot/geometry.ts';
import type { Drawable } from '../scene.ts';
import { toPixels } from './pixels.ts';
import { SelectionToolbar } from './SelectionToolbar.tsx';
import { TextEditor } from './TextEditor.tsx';
import type { BoardEdits } from './useBoardEdits.ts';

export interface EditLayerProps {
  board: MemoryBoard;
  scene: readonly Drawable[];
  selected: ReadonlySet<string>;
  visible: Rect;
  unitsPerPixel: number;
  edits: BoardEdits;
  /** The item whose text is being edited. */
  editing: string | null;
  onEditText: (id: string | null) => void;
}

export function EditLayer({ board, scene, selected, visible, unitsPerPixel, edits, editing, onEditText }: EditLayerProps) {
  // Every render walks the scene only when something is selected or edited: a 60,000-sticky scene is tens of milliseconds a walk.
  const chosen = selected.size === 0 ? [] : scene.filter((item): item is Exclude<Drawable, { kind: 'connector' }> => selected.has(item.id) && item.kind !== 'connector' && item.kind !== 'frame');
  const bounds = boundsOf(chosen.map((item) => item.box));
  const edited = editing === null ? undefined : scene.find((item) => item.id === editing);
  return (
    <>
      {bounds !== undefined && editing === null && <SelectionToolbar board={board} selected={chosen} box={toPixels(bounds, visible, unitsPerPixel)} edits={edits} onEditText={onEditText} />}
      {edited !== undefined && edited.kind !== 'connector' && (edited.kind === 'sticky' || edited.kind === 'shape') && (
        <TextEditor
          key={edited.id}
          box={toPixels(edited.box, visible, unitsPerPixel)}
          initial={edited.lines.join('\n')}
          onDone={(text) => {
            onEditText(null);
            if (text !== null) void edits.setText(edited.id, text);
          }}
        />
      )}
    </>
  );
}
