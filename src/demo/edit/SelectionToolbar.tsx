// The small toolbar over the selection, as on a Miro board: sticky colour,
// tags (add, remove), edit text, delete. Every button is reachable with Tab.
import { useState, type FormEvent } from 'react';
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import { STICKY_HEX } from '../../model/sticky-hex.ts';
import { STICKY_COLORS } from '../../model/valence.ts';
import type { Drawable } from '../scene.ts';
import type { BoardEdits } from './useBoardEdits.ts';
import type { PixelBox } from './pixels.ts';

export interface SelectionToolbarProps {
  board: MemoryBoard;
  selected: readonly Drawable[];
  /** Where the selection is on screen: the toolbar sits above it. */
  box: PixelBox;
  edits: BoardEdits;
  onEditText: (id: string) => void;
}

const colourName = (colour: string) => colour.replace(/_/g, ' ');

function tagsOf(board: MemoryBoard, id: string): { id: string; title: string }[] {
  const tagIds = (board.item(id) as { tagIds?: unknown } | undefined)?.tagIds;
  if (!Array.isArray(tagIds)) return [];
  return tagIds.flatMap((tagId) => {
    const title = (board.item(String(tagId)) as { title?: unknown } | undefined)?.title;
    return typeof title === 'string' ? [{ id: String(tagId), title }] : [];
  });
}

function TagEditor({ board, id, edits }: { board: MemoryBoard; id: string; edits: BoardEdits }) {
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void edits.addTag(id, title);
    setTitle('');
  };
  return (
    <form className="demo-tags" onSubmit={submit}>
      {tagsOf(board, id).map((tag) => (
        <button key={tag.id} type="button" className="demo-tag" aria-label={`Remove tag ${tag.title}`} onClick={() => void edits.removeTag(id, tag.id)}>
          {tag.title} ×
        </button>
      ))}
      <input className="demo-tag-input" aria-label="New tag" placeholder="tag, e.g. channel: email" value={title} onChange={(event) => setTitle(event.target.value)} />
      <button type="submit" className="demo-tool">
        Add tag
      </button>
    </form>
  );
}

export function SelectionToolbar({ board, selected, box, edits, onEditText }: SelectionToolbarProps) {
  const ids = selected.map((item) => item.id);
  const stickies = selected.every((item) => item.kind === 'sticky');
  const single = selected.length === 1 ? selected[0] : undefined;
  const editable = single !== undefined && (single.kind === 'sticky' || single.kind === 'shape');
  const movable = selected.some((item) => item.kind === 'sticky' || item.kind === 'shape' || item.kind === 'text');
  return (
    <div className="demo-selection-toolbar" role="toolbar" aria-label="Selection" style={{ left: Math.max(4, box.left), top: Math.max(4, box.top - 56) }}>
      {stickies && (
        <div className="demo-swatches" role="group" aria-label="Sticky colour">
          {STICKY_COLORS.map((colour) => (
            <button key={colour} type="button" className="demo-swatch" style={{ background: STICKY_HEX[colour] }} aria-label={`Colour ${colourName(colour)}`} title={colourName(colour)} onClick={() => void edits.setColour(ids, colour)} />
          ))}
        </div>
      )}
      {editable && (
        <button type="button" className="demo-tool" onClick={() => onEditText(single.id)}>
          Edit text
        </button>
      )}
      {single?.kind === 'sticky' && <TagEditor key={single.id} board={board} id={single.id} edits={edits} />}
      {movable && (
        <button type="button" className="demo-tool" onClick={() => void edits.remove(ids)}>
          Delete
        </button>
      )}
    </div>
  );
}
