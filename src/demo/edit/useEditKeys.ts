// The board's editing keys: Ctrl/Cmd+Z undo, Shift+Ctrl/Cmd+Z (or Ctrl+Y)
// redo, anywhere on the page but in a text field or the panel; and, on the
// board, Delete or Backspace deletes the selection, Enter edits its text,
// Shift+arrows move it.
import { useEffect, useRef } from 'react';
import type { MemoryBoard } from '../../board/memory/memory-board.ts';
import type { BoardEdits } from './useBoardEdits.ts';

/** How far Shift+arrow moves the selection, in screen pixels. */
const KEY_MOVE_PIXELS = 20;

const ARROWS: Record<string, { x: number; y: number }> = {
  ArrowLeft: { x: -1, y: 0 },
  ArrowRight: { x: 1, y: 0 },
  ArrowUp: { x: 0, y: -1 },
  ArrowDown: { x: 0, y: 1 },
};

function typingIn(target: EventTarget | null): boolean {
  return target instanceof Element && (target.closest('input, textarea, select, [contenteditable], .demo-panel') !== null);
}

/** Undo and redo for the whole page. */
export function useUndoKeys(edits: BoardEdits): void {
  const latest = useRef(edits);
  useEffect(() => {
    latest.current = edits;
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || typingIn(event.target)) return;
      const key = event.key.toLowerCase();
      const redo = (key === 'z' && event.shiftKey) || (key === 'y' && !event.shiftKey);
      if (key !== 'z' && !redo) return;
      event.preventDefault();
      void (redo ? latest.current.redo() : latest.current.undo());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export interface BoardKeysOptions {
  board: MemoryBoard;
  edits: BoardEdits;
  unitsPerPixel: number;
  onEditText: (id: string) => void;
}

/** The keydown handler for the board's drawing. */
export function boardKeyHandler({ board, edits, unitsPerPixel, onEditText }: BoardKeysOptions) {
  return (event: { key: string; shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean; preventDefault(): void }) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const selected = board.selectedIds();
    if (selected.length === 0) return;
    const arrow = ARROWS[event.key];
    if (arrow !== undefined && event.shiftKey) {
      event.preventDefault();
      const step = KEY_MOVE_PIXELS * unitsPerPixel;
      void edits.move(selected, { x: arrow.x * step, y: arrow.y * step });
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      void edits.remove(selected);
    } else if (event.key === 'Enter' && selected.length === 1 && selected[0] !== undefined) {
      event.preventDefault();
      onEditText(selected[0]);
    }
  };
}
