// Editing a sticky's or shape's text in place (double-click, or Enter on the
// selected item): a text box over the item. Enter keeps the text (Shift+Enter
// is a new line), Escape drops the change, leaving the box keeps it.
import { useState, type KeyboardEvent } from 'react';
import type { PixelBox } from './pixels.ts';

export interface TextEditorProps {
  box: PixelBox;
  initial: string;
  onDone: (text: string | null) => void;
}

export function TextEditor({ box, initial, onDone }: TextEditorProps) {
  const [text, setText] = useState(initial);
  const [finished, setFinished] = useState(false);
  const finish = (value: string | null) => {
    if (finished) return;
    setFinished(true);
    onDone(value === initial ? null : value);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    event.stopPropagation(); // the board's keys (Delete, arrows, undo) are not the text box's
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      finish(text);
    } else if (event.key === 'Escape') finish(null);
  };
  return (
    <textarea
      className="demo-text-editor"
      aria-label="Item text"
      style={{ left: box.left, top: box.top, width: Math.max(box.width, 120), height: Math.max(box.height, 60) }}
      value={text}
      autoFocus
      onFocus={(event) => event.currentTarget.select()}
      onChange={(event) => setText(event.target.value)}
      onKeyDown={onKeyDown}
      onBlur={() => finish(text)}
    />
  );
}
